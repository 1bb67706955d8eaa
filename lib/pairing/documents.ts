import { enEvidence, zhEvidence } from '../bilingual/evidence';
import { looksLikePinyinName } from '../bilingual/pinyin-words';
import { bodyText, type Article } from '../corpus/types';
import { processWide } from '../process-wide';
import { TokenSet } from './token-set';

/**
 * An article reduced to the evidence pairing compares: its token set, its length and,
 * for English, the specific tokens (names in pinyin, dates, numbers above ten) that a
 * true original must explain. Two reports on the same kind of meeting share most words;
 * they do not share Bincheng, Changzhi and 3.2 billion.
 */
export interface PairingDocument {
  article: Article;
  tokens: TokenSet;
  /** The English's names and numbers (none for Chinese). */
  specific: TokenSet;
  length: number;
}

// Process-wide: the indexer and a route re-pairing after a decision share one set of documents.
const cache = processWide('pairing documents', () => new WeakMap<Article, PairingDocument>());

/** Evidence of one article, computed once per article object (the corpus cache keeps them stable). */
export function pairingDocument(article: Article): PairingDocument {
  const cached = cache.get(article);
  if (cached) return cached;
  const text = bodyText(article);
  const evidence = article.lang === 'zh' ? zhEvidence(text, false).tokens : enEvidence(text, false);
  const specific = TokenSet.of(article.lang === 'zh' ? [] : [...evidence].filter(isSpecific));
  const doc = { article, tokens: TokenSet.of(evidence), specific, length: article.chars };
  cache.set(article, doc);
  return doc;
}

function isSpecific(token: string): boolean {
  if (token.startsWith('@')) return true;
  if (token.startsWith('#')) return Math.abs(Number(token.slice(1))) > 10;
  return /^[a-z]+$/.test(token) && looksLikePinyinName(token);
}
