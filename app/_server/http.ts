import type { ZodType } from 'zod';
import { cookieValue, serverAccess, SESSION_COOKIE, type Access } from '@/lib/access/access-control';
import { AppError, isAppError } from '@/lib/errors';
import { storageFault } from '@/lib/storage/faults';

const MAX_BODY_BYTES = 256 * 1024;

/**
 * Maps what a handler throws to a response: AppError to its status (429 with Retry-After),
 * a full or unwritable disk to 507/503 naming the cause, anything else to a bare 500.
 */
export function errorResponse(error: unknown): Response {
  const known = isAppError(error) ? error : storageFault(error, (error as NodeJS.ErrnoException)?.path ?? 'corpus/file');
  if (known) {
    const retryAfter = known.details?.retryAfter;
    const headers: HeadersInit = typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : {};
    return Response.json({ error: known.message, ...(known.details ?? {}) }, { status: known.status, headers });
  }
  console.error(error);
  return Response.json({ error: 'Something went wrong on the server; nothing was saved.' }, { status: 500 });
}

const accessByRequest = new WeakMap<Request, Access>();

/**
 * Wraps a route handler: first the permission table decides (401 without a session, 403
 * for a role too low, when a users file is in use), then every failure becomes a clear
 * JSON answer.
 */
export function handle<A extends [Request, ...unknown[]]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      const request = args[0];
      const token = cookieValue(request.headers.get('cookie'), SESSION_COOKIE);
      accessByRequest.set(request, await serverAccess().authorize(request.method, new URL(request.url).pathname, token));
      return await fn(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** What the permission table granted this request (set by handle()). */
export function accessOf(request: Request): Access {
  const access = accessByRequest.get(request);
  if (!access) throw new AppError('internal', 'Route handler not wrapped in handle().');
  return access;
}

/**
 * The name recorded on a write: the signed-in reviewer's, whatever the body says; without a
 * users file (one reviewer on their own machine), the name the page sends, as before.
 */
export function reviewerName(request: Request, fromBody: string | undefined): string {
  const access = accessOf(request);
  if (access.mode === 'signed-in') return access.name;
  if (!fromBody) throw new AppError('bad-input', 'reviewer: Give your name: it is recorded with every change.');
  return fromBody;
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
