import { statSync } from 'node:fs';
import { AppError } from '../errors';
import { processWide } from '../process-wide';
import { decoyHash, verifyPassword } from './password';
import { LEAD_ARTICLE_STATES, routeRequirement } from './permissions';
import { roleAllows, type Role } from './roles';
import { issueSessionToken, passwordFingerprint, readSessionToken, SESSION_LIFETIME_MS } from './session-token';
import { CLIENT_RULE, FailureThrottle, NAME_RULE } from './throttle';
import { findUser, readUsersFile, resolveUsersFile, type UsersFile } from './users-file';

export interface SignedIn {
  name: string;
  role: Role;
}

/** What a request may do: open (no users file: a single reviewer's local tool) or a signed-in reviewer. */
export type Access = { mode: 'open' } | ({ mode: 'signed-in' } & SignedIn);

/**
 * Sign-in, sessions and permissions for one users file. Once the users file has been seen
 * the server stays in signed-in mode: deleting the file locks everyone out rather than
 * opening the corpus to the network.
 */
export class AccessControl {
  private seen = false;
  private cache: { key: string; users: UsersFile | null } | null = null;
  private readonly byName = new FailureThrottle(NAME_RULE);
  private readonly byClient = new FailureThrottle(CLIENT_RULE);
  /** Session ids signed out before their expiry, with that expiry. */
  private readonly revoked = new Map<string, number>();

  constructor(
    readonly usersFile: string,
    private readonly clock: () => number = Date.now,
  ) {}

  /** True when sign-in is required: the users file exists, or existed since the server started. */
  usersInUse(): boolean {
    if (!this.seen) this.seen = fileStamp(this.usersFile) !== null;
    return this.seen;
  }

  /** The users file, re-read when it changes (`shenjiao user add` while the server runs). */
  async users(): Promise<UsersFile | null> {
    const key = fileStamp(this.usersFile);
    if (key === null) return null;
    if (this.cache?.key !== key) this.cache = { key, users: await readUsersFile(this.usersFile) };
    return this.cache.users;
  }

  async signIn(name: string, password: string, client: string): Promise<SignedIn & { token: string; expires: Date }> {
    const now = this.clock();
    const nameKey = name.trim().toLowerCase();
    const wait = Math.max(this.byName.retryAfter(nameKey, now), this.byClient.retryAfter(client, now));
    if (wait > 0) throw new AppError('throttled', `Too many failed sign-ins; try again in ${wait} s.`, { retryAfter: wait });
    const users = await this.users();
    const found = users ? findUser(users, name) : null;
    const ok = await verifyPassword(password, found?.[1].password ?? (await decoyHash()));
    if (!users || !found || !ok) {
      this.byName.recordFailure(nameKey, now);
      this.byClient.recordFailure(client, now);
      throw new AppError('unauthenticated', 'Wrong name or password.');
    }
    this.byName.clear(nameKey);
    const [canonical, user] = found;
    const { token, claims } = issueSessionToken(users.secret, canonical, user.password, now);
    return { name: canonical, role: user.role, token, expires: new Date(claims.exp) };
  }

  /** The reviewer a session token belongs to, or null: unsigned, expired, signed out, removed, password changed. */
  async session(token: string | null | undefined): Promise<SignedIn | null> {
    const users = token ? await this.users() : null;
    if (!token || !users) return null;
    const now = this.clock();
    const claims = readSessionToken(users.secret, token, now);
    if (!claims || this.revoked.has(claims.sid)) return null;
    const user = users.users[claims.name];
    if (!user || passwordFingerprint(users.secret, user.password) !== claims.pwd) return null;
    return { name: claims.name, role: user.role };
  }

  async signOut(token: string | null | undefined): Promise<void> {
    const users = token ? await this.users() : null;
    const claims = users && token ? readSessionToken(users.secret, token, this.clock()) : null;
    if (!claims) return;
    this.revoked.set(claims.sid, claims.exp);
    const now = this.clock();
    for (const [sid, exp] of this.revoked) if (exp <= now) this.revoked.delete(sid);
  }

  /**
   * What a request to an API route may do, from the permission table: 401 without a
   * session, 403 when the role is too low, and a route missing from the table is refused.
   */
  async authorize(method: string, pathname: string, token: string | null | undefined): Promise<Access> {
    const entry = routeRequirement(method, pathname);
    if (!entry) throw new AppError('forbidden', `${method} ${pathname} is not in the permission table.`);
    if (entry.requires === 'public' || !this.usersInUse()) return { mode: 'open' };
    const who = await this.session(token);
    if (!who) throw new AppError('unauthenticated', 'Sign in first.');
    requireRole(who, entry.requires, 'this');
    return { mode: 'signed-in', ...who };
  }
}

export function requireRole(who: SignedIn, required: Role, what: string): void {
  if (!roleAllows(who.role, required)) {
    throw new AppError('forbidden', `Signed in as ${who.name} (${who.role}): ${what} needs the ${required} role.`);
  }
}

/** Marking an article reviewed or approved is a lead's decision. */
export function requireArticleStateRole(access: Access, state: string): void {
  if (access.mode === 'signed-in' && LEAD_ARTICLE_STATES.includes(state)) requireRole(access, 'lead', `marking an article ${state}`);
}

function fileStamp(file: string): string | null {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
  } catch {
    return null;
  }
}

/** The access control of this server process (its users file from SHENJIAO_USERS or the default). */
export function serverAccess(env: NodeJS.ProcessEnv = process.env): AccessControl {
  const file = resolveUsersFile(null, env);
  return processWide(`access:${file}`, () => new AccessControl(file));
}

export const SESSION_COOKIE = 'shenjiao_session';
export const SESSION_MAX_AGE_S = SESSION_LIFETIME_MS / 1000;

/** A cookie's value from a Cookie header. */
export function cookieValue(header: string | null | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}
