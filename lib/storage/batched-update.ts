import { processWide } from '../process-wide';
import { enterWrite } from './write-gate';

/**
 * Group commit for one file: saves that arrive while a write is under way are applied
 * together, in arrival order, in the next single read-modify-write, with one fsync. Every
 * caller still learns its own outcome, and only once the write that holds it is durable.
 * Twenty reviewers saving at once then cost two writes, not twenty in a row.
 */
interface Job<S> {
  change: (state: S) => { state: S; result: unknown };
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Queue<S> {
  jobs: Job<S>[];
  running: boolean;
}

// Process-wide: every route that writes a file must join the same queue (see processWide).
const queues = processWide('batched updates', () => new Map<string, Queue<unknown>>());

export function batchedUpdate<S, T>(
  key: string,
  read: () => Promise<S>,
  write: (state: S) => Promise<void>,
  change: (state: S) => { state: S; result: T },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const queue = (queues.get(key) ?? { jobs: [], running: false }) as Queue<S>;
    queues.set(key, queue as Queue<unknown>);
    queue.jobs.push({ change, resolve: resolve as (value: unknown) => void, reject });
    if (!queue.running) void drain(key, queue, read, write);
  });
}

async function drain<S>(key: string, queue: Queue<S>, read: () => Promise<S>, write: (state: S) => Promise<void>): Promise<void> {
  queue.running = true;
  while (queue.jobs.length > 0) {
    const release = await enterWrite();
    const jobs = queue.jobs.splice(0);
    try {
      let state: S = await read();
      const outcomes = jobs.map((job) => {
        try {
          const next = job.change(state);
          state = next.state;
          return { ok: true as const, value: next.result };
        } catch (error) {
          return { ok: false as const, error };
        }
      });
      await write(state);
      outcomes.forEach((o, i) => (o.ok ? jobs[i]!.resolve(o.value) : jobs[i]!.reject(o.error)));
    } catch (error) {
      for (const job of jobs) job.reject(error);
    } finally {
      release();
    }
  }
  queue.running = false;
  queues.delete(key);
}
