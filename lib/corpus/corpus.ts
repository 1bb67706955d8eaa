import { lstatSync } from 'node:fs';
import path from 'node:path';
import { processWide } from '../process-wide';
import { parseArticle, unreadableArticle } from './article';
import { assignIds } from './ids';
import { readArticleBytes } from './read';
import type { Article } from './types';
import { corpusRoot, isInside, walkCorpus, type CorpusFile } from './walk';

/** Files over this size are listed with an error and never read: no news article is this long. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/**
 * How long files are read and parsed between two turns of the event loop. Reading
 * synchronously is several times faster for many small files than going through the
 * thread pool (as for the walk's stat calls); a few milliseconds is some ten articles.
 */
const READ_SLICE_MS = 8;

interface CorpusCache {
  byFile: Map<string, Article>;
  byId: Map<string, Article>;
  list: Article[];
  /** The files' paths joined, and the ids given to them: ids are recomputed only when files come or go. */
  fileKey: string;
  ids: Map<string, string>;
}

// Process-wide, so that every page and route reads a corpus once and shares it (see processWide).
const caches = processWide('corpus listings', () => new Map<string, CorpusCache>());
/** A listing under way, shared by callers who ask meanwhile, so a cold corpus is read once. */
const listings = processWide('corpus listings under way', () => new Map<string, Promise<CorpusCache>>());

/**
 * Every article of the corpus, sorted by file. Incremental: a file whose size and mtime
 * are unchanged since the last listing is not read again. Articles are shared with the
 * cache: treat them as read-only.
 */
export async function listArticles(corpusDir: string, onProgress?: ListingProgress): Promise<Article[]> {
  return (await refresh(corpusDir, onProgress)).list;
}

/** Told how many files were read of how many need reading, between batches. */
export type ListingProgress = (read: number, toRead: number) => void;

function refresh(corpusDir: string, onProgress?: ListingProgress): Promise<CorpusCache> {
  const key = path.resolve(corpusDir);
  const running = listings.get(key);
  if (running) return running;
  const listing = buildListing(key, onProgress).finally(() => listings.delete(key));
  listings.set(key, listing);
  return listing;
}

async function buildListing(key: string, onProgress?: ListingProgress): Promise<CorpusCache> {
  const before = caches.get(key);
  const files = walkCorpus(key);
  const fileKey = files.map((f) => f.file).join('\0');
  const ids = before?.fileKey === fileKey ? before.ids : assignIds(files.map((f) => f.file));
  const list: Article[] = new Array(files.length);
  const toRead: number[] = [];
  files.forEach((file, index) => {
    const known = reuse(file, ids.get(file.file)!, before?.byFile.get(file.file));
    if (known) list[index] = known;
    else toRead.push(index);
  });
  let since = performance.now();
  for (const [n, index] of toRead.entries()) {
    list[index] = readArticleNow(files[index]!, ids.get(files[index]!.file)!);
    // Every few milliseconds other requests get their turn: a cold listing never holds the server long.
    if (performance.now() - since > READ_SLICE_MS && n + 1 < toRead.length) {
      onProgress?.(n + 1, toRead.length);
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
  if (before && before.fileKey === fileKey && list.every((article, i) => article === before.list[i])) return before;
  const cache = { byFile: new Map(list.map((a) => [a.file, a])), byId: new Map(list.map((a) => [a.id, a])), list, fileKey, ids };
  caches.set(key, cache);
  return cache;
}

/** The article as read before, when the file has not changed; else a problem entry, or null to read it. */
function reuse(file: CorpusFile, id: string, cached: Article | undefined): Article | null {
  if (!cached || cached.size !== file.size || cached.mtimeMs !== file.mtimeMs) return problemArticle(file, id);
  if (file.problem && cached.error !== file.problem) return problemArticle(file, id);
  return cached.id === id ? cached : { ...cached, id };
}

/** A file listed for a problem (outside symlink, non-text…), or null when it is to be read. */
function problemArticle(file: CorpusFile, id: string): Article | null {
  return file.problem ? unreadableArticle({ id, file: file.file, size: file.size, mtimeMs: file.mtimeMs }, file.problem) : null;
}

function readArticleNow(file: CorpusFile, id: string): Article {
  const info = { id, file: file.file, size: file.size, mtimeMs: file.mtimeMs };
  if (file.size > MAX_ARTICLE_BYTES) return unreadableArticle(info, tooLarge(file.size));
  const read = readArticleBytes(file.absolute, MAX_ARTICLE_BYTES);
  if ('error' in read) return unreadableArticle(info, read.error);
  return parseArticle({ ...info, bytes: read.bytes });
}

/**
 * A listed article read again from its own file when only its content changed: the same
 * path and id, still a plain file. Null when it is gone, a link now, or was listed with a
 * problem: then only a new listing can say what it is. What one changed article's pages
 * and QA need, without walking and re-pairing the corpus.
 */
export function rereadArticle(corpusDir: string, known: Article): Article | null {
  if (known.error) return null;
  const absolute = path.join(corpusRoot(corpusDir), known.file);
  let stat;
  try {
    stat = lstatSync(absolute);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  if (stat.size === known.size && stat.mtimeMs === known.mtimeMs) return known;
  return readArticleNow({ file: known.file, absolute, size: stat.size, mtimeMs: stat.mtimeMs, problem: null }, known.id);
}

const megabytes = (bytes: number) => bytes / (1024 * 1024);
const tooLarge = (size: number) => `too large: ${megabytes(size).toFixed(1)} MB, limit ${megabytes(MAX_ARTICLE_BYTES)} MB`;

/** One article by id, or null. Ids are looked up in the listing, never turned into paths. */
export async function getArticle(corpusDir: string, id: string): Promise<Article | null> {
  return (await refresh(corpusDir)).byId.get(id) ?? null;
}

/**
 * An article named by id, or by a path inside the corpus: relative to the corpus, relative
 * to the working folder, or absolute. Paths only select from the listing, so nothing
 * outside the corpus (or hidden, or in the data folder) is ever read through them. A
 * process that has not listed the corpus (a command about one article) walks it for the
 * ids and reads only the named file: reading every article is what a cold listing costs.
 */
export async function resolveArticleRef(corpusDir: string, ref: string): Promise<Article | null> {
  if (caches.has(path.resolve(corpusDir))) {
    const cache = await refresh(corpusDir);
    return cache.byId.get(ref) ?? fileOfRef(corpusDir, ref, (file) => cache.byFile.get(file));
  }
  const files = walkCorpus(path.resolve(corpusDir));
  const ids = assignIds(files.map((f) => f.file));
  const byFile = new Map(files.map((f) => [f.file, f]));
  const found = files.find((f) => ids.get(f.file) === ref) ?? fileOfRef(corpusDir, ref, (file) => byFile.get(file));
  return found ? (problemArticle(found, ids.get(found.file)!) ?? readArticleNow(found, ids.get(found.file)!)) : null;
}

/** What a path names inside the corpus, tried against the corpus folder and its real path. */
function fileOfRef<T>(corpusDir: string, ref: string, lookup: (file: string) => T | undefined): T | null {
  const roots = [...new Set([path.resolve(corpusDir), corpusRoot(corpusDir)])];
  for (const root of roots) {
    for (const candidate of [path.resolve(root, ref), path.resolve(ref)]) {
      if (!isInside(root, candidate)) continue;
      const found = lookup(path.relative(root, candidate).split(path.sep).join('/'));
      if (found) return found;
    }
  }
  return null;
}

/**
 * The articles of the last listing, without walking the corpus again; null before the
 * first. For callers that re-list on their own schedule (the index) and must not pay a
 * walk of every file per question.
 */
export function lastListing(corpusDir: string): Article[] | null {
  return caches.get(path.resolve(corpusDir))?.list ?? null;
}

/** Forgets what was read (of one corpus, or of all), so the next listing reads every file. */
export function clearCorpusCache(corpusDir?: string): void {
  if (corpusDir === undefined) caches.clear();
  else caches.delete(path.resolve(corpusDir));
}
