import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../config';
import { AppError } from '../errors';
import { stableJson } from '../storage/stable-json';
import { processWide } from '../process-wide';
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

/**
 * The value stored under `key`, or null when absent, stale, or unreadable (then it is rebuilt).
 * Cache files are small and many: synchronous reads and writes are several times faster
 * than the thread pool's for them (as for the corpus listing), and each takes well under
 * a millisecond, so the server stays responsive.
 */
export async function readCache<T>(file: string, key: string): Promise<T | null> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
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

const madeDirs = new Set<string>();

/**
 * Writes a cache file atomically (temp file, rename). No fsync: unlike a review, a cache
 * file lost in a crash is simply recomputed, and syncing ten thousand of them would cost
 * more than computing them. A torn file fails to parse and is rebuilt.
 */
export async function writeCache<T>(file: string, key: string, value: T): Promise<void> {
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.shenjiao-tmp`);
  const envelope: CacheEnvelope<T> = { version: INDEX_VERSION, key, value };
  try {
    writeFileSync(temp, stableJson(envelope));
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    // The folder may have been removed meanwhile: make it again next time.
    madeDirs.delete(dir);
    throw error;
  }
}

// Process-wide: a route's bundle must find what the indexer's bundle has yet to write (see processWide).
const pendingWrites = processWide('cache writes pending', () => new Map<string, { key: string; value: unknown }>());
let flushTimer: NodeJS.Timeout | null = null;
/** How long a corpus-wide cache file may wait to be written. */
const WRITE_SOON_MS = 1000;

/**
 * writeCache a little later, and only the latest value per file: the corpus-wide products
 * (pairing, overview, glossary usage: ten thousand articles' JSON) are kept for the next
 * restart, so writing them is no part of bringing the index up to date after a change.
 * Lost if the process ends first; then they are recomputed.
 */
export function writeCacheSoon<T>(file: string, key: string, value: T): void {
  pendingWrites.set(file, { key, value });
  if (flushTimer) return;
  flushTimer = setTimeout(flushPendingWrites, WRITE_SOON_MS);
  flushTimer.unref?.();
  // A command that ends sooner (`shenjiao pair`) still leaves its products for the next run.
  if (!flushOnExit) process.once('exit', flushPendingWrites);
  flushOnExit = true;
}

let flushOnExit = false;

/** Writes what writeCacheSoon holds, now (synchronously: it also runs as the process exits). */
function flushPendingWrites(): void {
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
  const writes = [...pendingWrites];
  pendingWrites.clear();
  for (const [file, { key, value }] of writes) void writeCache(file, key, value).catch(() => undefined);
}

/** A value waiting in writeCacheSoon counts as written: read back before the file has it, it is found. */
export async function readCacheOrPending<T>(file: string, key: string): Promise<T | null> {
  const pending = pendingWrites.get(file);
  if (pending) return pending.key === key ? (pending.value as T) : null;
  return readCache<T>(file, key);
}

const texts = new Map<string, { size: number; mtimeMs: number; ino: number; text: string }>();

/**
 * The text of a small file as a hash input, or null when there is none; read again only
 * when its size or modification time changed (the glossary is asked for once per article).
 */
export async function fileText(file: string): Promise<string | null> {
  // No exception for a missing file: most articles have no review file, and a pass over ten
  // thousand of them would make as many error objects.
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return null;
  const known = texts.get(file);
  // A file replaced by rename (as every Shenjiao write is) has a new inode even within one clock tick.
  if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs && known.ino === stat.ino) return known.text;
  const text = readFileSync(file, 'utf8');
  // Only the glossary and such are worth keeping; review files are read once per change anyway.
  if (texts.size > 1000) texts.clear();
  texts.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, text });
  return text;
}
