import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, promises as fs, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ZodType } from 'zod';
import { AppError } from '../errors';
import { asStorageFault } from './faults';
import { stableJson } from './stable-json';

const TEMP_SUFFIX = '.shenjiao-tmp';

/** The file-system calls an atomic write makes: injectable, so a test can make one fail. */
export interface WriteIo {
  mkdir: typeof fs.mkdir;
  open: typeof fs.open;
  rename: typeof fs.rename;
  rm: typeof fs.rm;
}

export interface WriteOptions {
  /** Permissions of a new file (0o600 for secrets); the process umask still applies. */
  mode?: number;
  io?: WriteIo;
}

/**
 * Replaces `file` with `content` so that a crash at any moment leaves either the old file
 * or the new one: write a temp file in the same folder, fsync it, rename it over the
 * target, then fsync the folder so the rename itself is durable. A failed write removes its
 * temp file at once and throws a storage fault (disk full, read-only, permission denied)
 * when that is what happened.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const io = options.io ?? fs;
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    await io.mkdir(dir, { recursive: true });
    const handle = await io.open(temp, 'w', options.mode ?? 0o666);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.rename(temp, file);
  } catch (error) {
    await io.rm(temp, { force: true }).catch(() => undefined);
    throw asStorageFault(error, file);
  }
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}

/** Pretty JSON with sorted keys and a final newline: diff-friendly and readable in any editor. */
export async function writeJsonAtomic(file: string, value: unknown, options: WriteOptions = {}): Promise<void> {
  await writeFileAtomic(file, stableJson(value), options);
}

/**
 * Reads and validates a JSON file. A missing file is `null`; a file that exists but does
 * not parse or fails the schema is an error naming the file, never silently replaced.
 */
export async function readJsonFile<T>(file: string, schema: ZodType<T>): Promise<T | null> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new AppError('unreadable', `${path.basename(file)} is not valid JSON; fix or move it aside`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AppError(
      'unreadable',
      `${path.basename(file)} does not match its schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  return result.data;
}

/** Removes temp files a crash left behind in `dir` (not recursive). Returns how many. */
export async function cleanLeftoverTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  const leftovers = names.filter((name) => name.endsWith(TEMP_SUFFIX));
  await Promise.all(leftovers.map((name) => fs.rm(path.join(dir, name), { force: true })));
  return leftovers.length;
}

/**
 * writeFileAtomic for callers that cannot wait: a dictionary loaded on first use, inside a
 * synchronous lookup. The same steps, blocking.
 */
export function writeFileAtomicSync(file: string, content: string | Uint8Array): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const fd = openSync(temp, 'w');
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  const dirFd = openSync(dir, 'r');
  try {
    fsyncSync(dirFd);
  } catch {
    // As in syncDir: the rename is atomic even where a folder cannot be synced.
  } finally {
    closeSync(dirFd);
  }
}
