import { SESSION_COOKIE, SESSION_MAX_AGE_S } from '@/lib/access/access-control';

/** HTTPS as the browser sees it: directly, or through a proxy that says so. */
function overHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

/** The session cookie: HttpOnly (no script reads it), SameSite=Strict, Secure over HTTPS. */
export function sessionCookie(request: Request, token: string): string {
  const secure = overHttps(request) ? '; Secure' : '';
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; Max-Age=${SESSION_MAX_AGE_S}; HttpOnly; SameSite=Strict${secure}`;
}

export function clearedSessionCookie(request: Request): string {
  const secure = overHttps(request) ? '; Secure' : '';
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure}`;
}

/**
 * Who is asking, for throttling failed sign-ins. Next passes the socket address as
 * X-Forwarded-For unless the client sent one itself, so this key can be forged; the per-name
 * limit holds regardless.
 */
export function clientKey(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}
