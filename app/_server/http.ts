import type { ZodType } from 'zod';
import { AppError, isAppError } from '@/lib/errors';

const MAX_BODY_BYTES = 256 * 1024;

/** Maps what a handler throws to a response: AppError to its status, anything else to a bare 500. */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    return Response.json({ error: error.message, ...(error.details ?? {}) }, { status: error.status });
  }
  console.error(error);
  return Response.json({ error: 'Something went wrong on the server; nothing was saved.' }, { status: 500 });
}

/** Wraps a route handler so every failure becomes a clear JSON answer. */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * Mutating requests must come from this app's own pages: a browser always sends Origin on
 * a cross-site POST/PUT/DELETE, so a foreign Origin is refused (CSRF). Tools like curl that
 * send no Origin are allowed: they are not a browser riding a reviewer's session.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  if (!origin) return;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError('forbidden', 'Malformed Origin header.');
  }
  if (originHost !== host) throw new AppError('forbidden', `Requests from ${origin} are not accepted.`);
}

/** Reads and validates a JSON body, with a size limit; bad input is a 400 naming the field. */
export async function readJsonBody<T>(request: Request, schema: ZodType<T>, maxBytes = MAX_BODY_BYTES): Promise<T> {
  const text = await request.text();
  if (text.length > maxBytes) throw new AppError('too-large', `Request body over ${maxBytes / 1024} KB.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('bad-input', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new AppError('bad-input', `${where}${issue?.message ?? 'invalid input'}`);
  }
  return parsed.data;
}
