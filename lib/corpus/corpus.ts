import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parseArticle, unreadableArticle } from './article';
import { assignIds } from './ids';
import type { Article } from './types';
import { isInside, walkCorpus, type CorpusFile } from './walk';

/** Files over this size are listed with an error and never read: no news article is this long. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Files read between two yields to the event loop, so a cold listing never freezes a server. */
const READ_BATCH = 250;

interface CorpusCache {
  /** Parsed articles by file, with the size and mtime they were read at. */
  byFile: Map<string, Article>;
  byId: Map<string, Article>;
  list: Article[];
}

const caches = new Map<string, CorpusCache>();

/**
 * Every article of the corpus, sorted by file. Incremental: a file whose size and mtime
 * are unchanged since the last listing is not read again.
 */
export async function listArticles(corpusDir: string): Promise<Article[]> {
  const key = path.resolve(corpusDir);
  const previous = caches.get(key)?.byFile ?? new Map<string, Article>();
  const files = walkCorpus(key);
  const ids = assignIds(files.map((f) => f.file));
  const list: Article[] = [];
  for (const [index, file] of files.entries()) {
    if (index > 0 && index % READ_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    list.push(readCached(file, ids.get(file.file)!, previous));
  }
  caches.set(key, {
    byFile: new Map(list.map((a) => [a.file, a])),
    byId: new Map(list.map((a) => [a.id, a])),
    list,
  });
  return list;
}

function readCached(file: CorpusFile, id: string, previous: Map<string, Article>): Article {
  const cached = previous.get(file.file);
  if (cached && cached.size === file.size && cached.mtimeMs === file.mtimeMs) {
    return cached.id === id ? cached : { ...cached, id };
  }
  const meta = { id, file: file.file, size: file.size, mtimeMs: file.mtimeMs };
  if (file.problem) return unreadableArticle(meta, file.problem);
  if (file.size > MAX_ARTICLE_BYTES) {
    return unreadableArticle(meta, `too large: ${(file.size / 1048576).toFixed(1)} MB, limit ${MAX_ARTICLE_BYTES / 1048576} MB`);
  }
  try {
    return parseArticle({ ...meta, bytes: readFileSync(file.absolute) });
  } catch (error) {
    return unreadableArticle(meta, `unreadable: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
}

/** One article by id, or null. Ids are looked up in the listing, never turned into paths. */
export async function getArticle(corpusDir: string, id: string): Promise<Article | null> {
  await listArticles(corpusDir);
  return caches.get(path.resolve(corpusDir))?.byId.get(id) ?? null;
}

/** An article named by id, or by a path (relative to the corpus or the working folder) inside the corpus. */
export async function resolveArticleRef(corpusDir: string, ref: string): Promise<Article | null> {
  const byId = await getArticle(corpusDir, ref);
  if (byId) return byId;
  const root = realpathSync(path.resolve(corpusDir));
  const cache = caches.get(path.resolve(corpusDir));
  for (const candidate of [path.resolve(root, ref), path.resolve(ref)]) {
    if (!isInside(root, candidate)) continue;
    const relative = path.relative(root, candidate).split(path.sep).join('/');
    const article = cache?.byFile.get(relative);
    if (article) return article;
  }
  return null;
}

/** Forgets what was read, so the next listing reads every file (tests, benchmarks). */
export function clearCorpusCache(): void {
  caches.clear();
}
