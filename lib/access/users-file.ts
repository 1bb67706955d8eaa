import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors';
import { readJsonFile, writeJsonAtomic } from '../storage/atomic';
import { ROLES, type Role } from './roles';

/**
 * The reviewers who may sign in, with their roles and password hashes, and the secret that
 * signs their sessions. Kept outside the corpus (never synced, exported or committed with
 * it), written atomically with mode 0600.
 */
const UserSchema = z.object({ role: z.enum(ROLES), password: z.string().min(1), updatedAt: z.string() });
export const UsersFileSchema = z.object({
  schema: z.literal(1),
  secret: z.string().min(32),
  users: z.record(z.string(), UserSchema),
});
export type UsersFile = z.infer<typeof UsersFileSchema>;
export type StoredUser = z.infer<typeof UserSchema>;

/** A name as it is recorded on every correction: letters of any script, digits, spaces, . _ @ - */
export const UserName = z
  .string()
  .trim()
  .min(1, 'A name is required.')
  .max(80, 'A name is at most 80 characters.')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._@-]*$/u, 'A name may hold letters, digits, spaces and . _ @ - only.');

export const MIN_PASSWORD_LENGTH = 10;

export function defaultUsersFile(home: string = os.homedir()): string {
  return path.join(home, '.config', 'shenjiao', 'users.json');
}

/** The users file: an explicit choice, else SHENJIAO_USERS, else ~/.config/shenjiao/users.json. */
export function resolveUsersFile(explicit?: string | null, env: NodeJS.ProcessEnv = process.env, home?: string): string {
  return path.resolve(/*turbopackIgnore: true*/ explicit || env.SHENJIAO_USERS || defaultUsersFile(home));
}

/** A users file inside the corpus would travel with it (sync, export, git): refused. */
export function assertOutsideCorpus(usersFile: string, corpusDir: string): void {
  const relative = path.relative(path.resolve(corpusDir), path.resolve(usersFile));
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    throw new AppError('bad-input', `The users file ${usersFile} is inside the corpus ${corpusDir}; keep it outside (e.g. ~/.config/shenjiao/users.json).`);
  }
}

export async function readUsersFile(file: string): Promise<UsersFile | null> {
  return readJsonFile(file, UsersFileSchema);
}

export function emptyUsersFile(): UsersFile {
  return { schema: 1, secret: randomBytes(32).toString('base64url'), users: {} };
}

export async function writeUsersFile(file: string, users: UsersFile): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeJsonAtomic(file, users, { mode: 0o600 });
  // rename keeps the temp file's mode; chmod as well in case an older file was wider.
  await fs.chmod(file, 0o600);
}

export function setUser(users: UsersFile, name: string, user: { role: Role; password: string }, now: Date): UsersFile {
  return { ...users, users: { ...users.users, [name]: { ...user, updatedAt: now.toISOString() } } };
}

export function withoutUser(users: UsersFile, name: string): UsersFile {
  const { [name]: _removed, ...rest } = users.users;
  return { ...users, users: rest };
}

/** Names are matched as typed but without regard to case, so "wang fang" signs in Wang Fang. */
export function findUser(users: UsersFile, name: string): [string, StoredUser] | null {
  const wanted = name.trim().normalize('NFC').toLowerCase();
  const found = Object.entries(users.users).find(([n]) => n.normalize('NFC').toLowerCase() === wanted);
  return found ?? null;
}
