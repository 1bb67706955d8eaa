/**
 * The one error type the engine throws on purpose. Faces map it: route handlers to an
 * HTTP status with `{ error: message }`, the CLI to stderr and an exit code.
 * Anything else that escapes is a bug and is answered with a generic 500, never a stack.
 */
export type ErrorCode =
  | 'bad-input'
  | 'unauthenticated'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  | 'too-large'
  | 'unreadable'
  | 'throttled'
  | 'unavailable'
  | 'insufficient-storage'
  | 'git-failed'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  'bad-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  unreadable: 422,
  throttled: 429,
  internal: 500,
  unavailable: 503,
  'insufficient-storage': 507,
  'git-failed': 502,
};

// Next.js bundles lib/ into each route and into the proxy separately, so an AppError made by a
// process-wide object (see processWide) may come from another copy of this class: a
// registered symbol marks it in every copy.
const APP_ERROR = Symbol.for('shenjiao.AppError');

export class AppError extends Error {
  readonly [APP_ERROR] = true;
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = STATUS[code];
    this.details = details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (value instanceof Error && (value as Partial<Record<typeof APP_ERROR, boolean>>)[APP_ERROR] === true);
}

/** CLI exit codes: 1 for a problem with the input or the corpus, 2 for a usage error. */
export function exitCodeFor(error: unknown): number {
  if (!isAppError(error)) return 70; // EX_SOFTWARE: a bug, not the user's fault
  return error.code === 'bad-input' ? 2 : 1;
}
