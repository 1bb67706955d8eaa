import { enEvidence, zhEvidence } from '../bilingual/evidence';
import { looksLikePinyinName } from '../bilingual/pinyin-words';
import { bodyText, type Article } from '../corpus/types';

/**
 * An article reduced to the evidence pairing compares: its token set, its length and,
 * for English, the specific tokens (names in pinyin, dates, numbers above ten) that a
 * true original must explain. Two reports on the same kind of meeting share most words;
 * they do not share Bincheng, Changzhi and 3.2 billion.
 */
export interface PairingDocument {
  article: Article;
  tokens: Set<string>;
  specific: string[];
  length: number;
}

let cache = new WeakMap<Article, PairingDocument>();

/**
 * Drops the evidence kept with the articles. Evidence of ten thousand articles is some
 * hundreds of megabytes of small strings, and a heap that size makes every garbage
 * collection of the server's other work slow; the index releases it once the pairing is
 * stored, and a later re-pairing computes it again.
 */
export function releaseEvidence(): void {
  cache = new WeakMap();
}

/** Evidence of one article, computed once per article object (the corpus cache keeps them stable). */
export function pairingDocument(article: Article): PairingDocument {
  const cached = cache.get(article);
  if (cached) return cached;
  const text = bodyText(article);
  const tokens = article.lang === 'zh' ? zhEvidence(text).tokens : enEvidence(text);
  const specific = article.lang === 'zh' ? [] : [...tokens].filter(isSpecific);
  const doc = { article, tokens, specific, length: article.chars };
  cache.set(article, doc);
  return doc;
}

function isSpecific(token: string): boolean {
  if (token.startsWith('@')) return true;
  if (token.startsWith('#')) return Math.abs(Number(token.slice(1))) > 10;
  return /^[a-z]+$/.test(token) && looksLikePinyinName(token);
}
