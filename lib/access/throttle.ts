/**
 * Failed sign-ins counted per key (a name, a client) in a sliding window. Past the limit the
 * key waits until its oldest failure leaves the window: the answer is 429 with Retry-After.
 * A success clears the key. Memory stays bounded: old keys are dropped as they expire.
 */
export interface ThrottleRule {
  limit: number;
  windowMs: number;
}

export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly rule: ThrottleRule,
    private readonly maxKeys = 10_000,
  ) {}

  /** Seconds to wait before another attempt for `key`, or 0 when it may try now. */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.rule.limit) return 0;
    const oldest = recent[recent.length - this.rule.limit]!;
    return Math.max(1, Math.ceil((oldest + this.rule.windowMs - now) / 1000));
  }

  recordFailure(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent.slice(-this.rule.limit));
    if (this.failures.size > this.maxKeys) this.prune(now);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => t > now - this.rule.windowMs);
    if (times.length === 0) this.failures.delete(key);
    return times;
  }

  private prune(now: number): void {
    for (const key of this.failures.keys()) this.recent(key, now);
    // Still too many live keys (a flood of names): forget the oldest rather than grow.
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.maxKeys) break;
      this.failures.delete(key);
    }
  }
}

/** Per name: 5 wrong passwords in 15 minutes. Per client: 20 (it may try several names). */
export const NAME_RULE: ThrottleRule = { limit: 5, windowMs: 15 * 60 * 1000 };
export const CLIENT_RULE: ThrottleRule = { limit: 20, windowMs: 15 * 60 * 1000 };
