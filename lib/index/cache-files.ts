import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../config';
import { AppError } from '../errors';
import { stableJson } from '../storage/stable-json';
import { INDEX_VERSION } from './hash';

/**
 * `<corpus>/_shenjiao/cache/`: products the index can always recompute. Each file is
 * `{ "version", "key", "value" }` as pretty JSON; a file whose version or key does not
 * match, or that does not parse, is a miss and is overwritten by the next computation.
 */
export function cacheDir(corpusDir: string): string {
  return path.join(dataDir(corpusDir), 'cache');
}

/** A cache file for one product ("rows") of one item (an article id), checked like a review file name. */
export function cacheFile(corpusDir: string, kind: string, item: string): string {
  if (!item || /[/\\\0]/.test(item) || item.startsWith('.') || item.length > 200) {
    throw new AppError('bad-input', `"${item}" cannot name a cache file`);
  }
  return path.join(cacheDir(corpusDir), kind, `${item}.json`);
}

interface CacheEnvelope<T> {
  version: number;
  key: string;
  value: T;
}

/** The value stored under `key`, or null when absent, stale, or unreadable (then it is rebuilt). */
export async function readCache<T>(file: string, key: string): Promise<T | null> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const envelope = JSON.parse(raw) as CacheEnvelope<T>;
    if (envelope?.version !== INDEX_VERSION || envelope.key !== key || envelope.value === undefined) return null;
    return envelope.value;
  } catch {
    return null;
  }
}

/**
 * Writes a cache file atomically (temp file, rename). No fsync: unlike a review, a cache
 * file lost in a crash is simply recomputed, and syncing ten thousand of them would cost
 * more than computing them. A torn file fails to parse and is rebuilt.
 */
export async function writeCache<T>(file: string, key: string, value: T): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.shenjiao-tmp`);
  const envelope: CacheEnvelope<T> = { version: INDEX_VERSION, key, value };
  await fs.writeFile(temp, stableJson(envelope));
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** The bytes of a file as a hash input, or null when there is none. */
export async function fileText(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
