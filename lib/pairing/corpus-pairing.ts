import { listArticles } from '../corpus/corpus';
import type { Article } from '../corpus/types';
import { cacheFile, readCache, writeCache } from '../index/cache-files';
import { articleHash, contentHash } from '../index/hash';
import { processWide } from '../process-wide';
import { readPairsFile } from './decisions-store';
import { pairingDocument } from './documents';
import { pairArticles, pairArticlesSliced } from './pair';
import type { Pair, PairingResult } from './types';

export interface CorpusPairing {
  articles: Article[];
  result: PairingResult;
  /** Hash of the articles' content and the decisions: equal keys, equal pairing. */
  key: string;
}

const memo = processWide('corpus pairings', () => new Map<string, { key: string; value: CorpusPairing }>());

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
  const pairsFile = await readPairsFile(corpusDir);
  const key = contentHash('pairing-1', JSON.stringify(pairsFile), ...articles.map((a) => `${a.id}\t${a.file}\t${articleHash(a)}`));
  const cached = memo.get(corpusDir);
  if (cached?.key === key) return cached.value.articles === articles ? cached.value : remember(corpusDir, key, { articles, result: cached.value.result, key });
  const file = cacheFile(corpusDir, 'pairing', 'corpus');
  const stored = await readCache<PairingResult>(file, key);
  if (stored) return remember(corpusDir, key, { articles, result: stored, key });
  const options = { active: pairsFile.active };
  let result: PairingResult;
  if (pause) {
    await warmEvidence(articles, pause);
    result = await pairArticlesSliced(articles, pairsFile.decisions, options, pause);
  } else result = pairArticles(articles, pairsFile.decisions, options);
  await writeCache(file, key, result).catch(() => undefined);
  return remember(corpusDir, key, { articles, result, key });
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
