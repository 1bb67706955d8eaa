import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A session is a signed value, `v1.<payload>.<signature>` (base64url, HMAC-SHA256 with the
 * users file's secret): the signed-in name, an expiry, a random id (so a sign-out can revoke
 * it) and a fingerprint of the password hash (so a password change ends older sessions).
 * Nothing in it is secret; changing any byte breaks the signature.
 */
export interface SessionClaims {
  name: string;
  /** Expiry, milliseconds since the epoch. */
  exp: number;
  sid: string;
  /** Fingerprint of the password hash the session was opened with. */
  pwd: string;
}

export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000; // a working day

function sign(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function passwordFingerprint(secret: string, passwordHash: string): string {
  return createHmac('sha256', secret).update(`password:${passwordHash}`).digest('base64url').slice(0, 16);
}

export function issueSessionToken(secret: string, name: string, passwordHash: string, now: number, lifetimeMs = SESSION_LIFETIME_MS): { token: string; claims: SessionClaims } {
  const claims: SessionClaims = { name, exp: now + lifetimeMs, sid: randomBytes(12).toString('base64url'), pwd: passwordFingerprint(secret, passwordHash) };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { token: `v1.${payload}.${sign(secret, payload).toString('base64url')}`, claims };
}

/** The claims of an authentic, unexpired token; null for anything else. */
export function readSessionToken(secret: string, token: string, now: number): SessionClaims | null {
  const [version, payload, signature] = token.split('.');
  if (version !== 'v1' || !payload || !signature || token.length > 2048) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = sign(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!isClaims(claims) || claims.exp <= now) return null;
  return claims;
}

function isClaims(value: unknown): value is SessionClaims {
  const c = value as SessionClaims;
  return Boolean(c) && typeof c.name === 'string' && typeof c.exp === 'number' && typeof c.sid === 'string' && typeof c.pwd === 'string';
}
