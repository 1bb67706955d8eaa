import { listArticles } from '../corpus/corpus';
import type { Article } from '../corpus/types';
import { readPairsFile } from './decisions-store';
import { pairArticles } from './pair';
import type { Pair, PairingResult } from './types';

interface CorpusPairing {
  articles: Article[];
  result: PairingResult;
}

const memo = new Map<string, { signature: string; value: CorpusPairing }>();

/**
 * The corpus's articles and pairs, recomputed only when an article or a decision changed.
 * Evidence per article is cached with the article, so a recomputation only re-scores.
 */
export async function corpusPairing(corpusDir: string): Promise<CorpusPairing> {
  const articles = await listArticles(corpusDir);
  const pairsFile = await readPairsFile(corpusDir);
  const signature = `${articles.map((a) => `${a.id}:${a.mtimeMs}:${a.size}`).join('|')}#${JSON.stringify(pairsFile)}`;
  const cached = memo.get(corpusDir);
  if (cached?.signature === signature) return cached.value;
  const value = { articles, result: pairArticles(articles, pairsFile.decisions, { active: pairsFile.active }) };
  memo.set(corpusDir, { signature, value });
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
