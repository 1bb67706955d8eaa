import { listArticles } from '../corpus/corpus';
import type { Article } from '../corpus/types';
import { cacheFile, readCacheOrPending, writeCacheSoon } from '../index/cache-files';
import { articleHash, contentHash } from '../index/hash';
import { processWide } from '../process-wide';
import { readPairsFile } from './decisions-store';
import { pairingDocument } from './documents';
import { pairArticles, pairArticlesSliced, type ShortlistMemory } from './pair';
import type { Pair, PairingResult } from './types';

export interface CorpusPairing {
  articles: Article[];
  result: PairingResult;
  /** Hash of the articles' content and the decisions: equal keys, equal pairing. */
  key: string;
}

const memo = processWide('corpus pairings', () => new Map<string, { key: string; value: CorpusPairing }>());
/** Per corpus, the shortlists of its last pairing in this process: re-pairing after a change reuses them. */
const shortlists = processWide('corpus pairing shortlists', () => new Map<string, ShortlistMemory>());

/**
 * The corpus's articles and pairs, recomputed only when an article or a decision changed.
 * Keyed by the articles' content hashes and the decisions file; the result is kept in
 * memory and in `_shenjiao/cache/pairing/corpus.json`, so a restart does not re-pair.
 */
export async function corpusPairing(corpusDir: string): Promise<CorpusPairing> {
  return pairingOfListing(corpusDir, await listArticles(corpusDir));
}

/** The pairing of a listing already made (the index lists on its own schedule). */
export async function pairingOfListing(corpusDir: string, articles: Article[], pause?: () => Promise<void>): Promise<CorpusPairing> {
  await warming.get(corpusDir);
  const pairsFile = await readPairsFile(corpusDir);
  const key = contentHash('pairing-1', JSON.stringify(pairsFile), ...articles.map((a) => `${a.id}\t${a.file}\t${articleHash(a)}`));
  const cached = memo.get(corpusDir);
  if (cached?.key === key) return cached.value.articles === articles ? cached.value : remember(corpusDir, key, { articles, result: cached.value.result, key });
  const file = cacheFile(corpusDir, 'pairing', 'corpus');
  const stored = await readCacheOrPending<PairingResult>(file, key);
  if (stored) return remember(corpusDir, key, { articles, result: stored, key });
  const options = { active: pairsFile.active };
  let result: PairingResult;
  if (pause) {
    await warmEvidence(articles, pause);
    const memory = shortlists.get(corpusDir) ?? shortlists.set(corpusDir, { last: null }).get(corpusDir)!;
    result = await pairArticlesSliced(articles, pairsFile.decisions, options, pause, memory);
  } else result = pairArticles(articles, pairsFile.decisions, options);
  writeCacheSoon(file, key, result);
  return remember(corpusDir, key, { articles, result, key });
}

const warming = processWide('corpus pairing warm-ups', () => new Map<string, Promise<void>>());

/**
 * After a restart the pairing comes from the cache, and the shortlists that make
 * re-pairing after one change cheap do not exist: make them in the background (the same
 * work as pairing, yielding all along), so the first change after a restart re-pairs in
 * a fraction of a second rather than in all the seconds of a fresh pairing. A pairing
 * asked for meanwhile waits for it, then uses it.
 */
export function warmShortlists(corpusDir: string, articles: Article[], pause: () => Promise<void>): Promise<void> {
  const memory = shortlists.get(corpusDir) ?? shortlists.set(corpusDir, { last: null }).get(corpusDir)!;
  if (memory.last) return Promise.resolve();
  const running = warming.get(corpusDir);
  if (running) return running;
  const work = (async () => {
    const pairsFile = await readPairsFile(corpusDir);
    await warmEvidence(articles, pause);
    await pairArticlesSliced(articles, pairsFile.decisions, { active: pairsFile.active }, pause, memory);
  })()
    .catch(() => undefined)
    .finally(() => warming.delete(corpusDir));
  warming.set(corpusDir, work);
  return work;
}

/** Evidence of many articles (most of pairing's work) made one by one, `pause` deciding when to yield. */
async function warmEvidence(articles: Article[], pause: () => Promise<void>): Promise<void> {
  const usable = articles.filter((a) => !a.error && (a.lang === 'zh' || a.lang === 'en'));
  for (const article of usable) {
    pairingDocument(article);
    await pause();
  }
}

function remember(corpusDir: string, key: string, value: CorpusPairing): CorpusPairing {
  memo.set(corpusDir, { key, value });
  return value;
}

/** The pair an English article is reviewed in, if any. */
export function pairOfEnglish(result: PairingResult, enId: string): Pair | null {
  return result.pairs.find((p) => p.en.id === enId) ?? null;
}

/** The English version under review for a Chinese original, if any. */
export function activePairOfChinese(result: PairingResult, zhId: string): Pair | null {
  return result.pairs.find((p) => p.zh.id === zhId && p.active) ?? null;
}
