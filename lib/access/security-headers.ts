/**
 * Headers every response carries. Pages get a Content-Security-Policy with a fresh nonce per
 * request: Next.js puts it on its own scripts (it reads the policy from the request), and
 * 'strict-dynamic' lets those load the chunks they need; no other script runs. Style
 * attributes stay allowed (React writes a few); they cannot run code. Not
 * upgrade-insecure-requests: a team server on plain HTTP in a LAN would break.
 */
export function pagePolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** JSON, downloads and files: nothing in them may load or run anything, nor be framed. */
export const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'";

export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};
