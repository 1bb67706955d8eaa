import { chineseEvidence, englishEvidence } from '../bilingual/evidence';
import { bodyText, type Article } from '../corpus/types';

/** An article reduced to the evidence pairing compares: token sets and a length. */
export interface PairingDocument {
  article: Article;
  tokens: Set<string>;
  length: number;
}

const cache = new WeakMap<Article, PairingDocument>();

/** Evidence of one article, computed once per article object (the corpus cache keeps them stable). */
export function pairingDocument(article: Article): PairingDocument {
  const cached = cache.get(article);
  if (cached) return cached;
  const text = bodyText(article);
  const tokens = article.lang === 'zh' ? new Set(chineseEvidence(text).units.flat()) : englishEvidence(text);
  const doc = { article, tokens, length: article.chars };
  cache.set(article, doc);
  return doc;
}
