import { createHash } from 'node:crypto';
import { bodyText, type Article } from '../corpus/types';
import { CHECKS } from '../qa/registry';
import { codeVersion } from './code-version';

/**
 * Bumped whenever what the index stores, or how it is computed, changes: every key
 * includes it, so a new version of the code never reads an old version's products.
 */
export const INDEX_VERSION = 2;

/** The code's share of every key: the index version, the QA checks there are and the engine's sources. */
export function codeSalt(): string {
  return `shenjiao-index-${INDEX_VERSION};checks=${CHECKS.map((c) => c.id).join(',')};code=${codeVersion()}`;
}

/** A short hex digest of the parts, each length-prefixed so ("ab","c") ≠ ("a","bc"). */
export function contentHash(...parts: (string | null)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const text = part ?? '\u0000null';
    hash.update(`${text.length}:`).update(text);
  }
  return hash.digest('hex').slice(0, 32);
}

const articleHashes = new WeakMap<Article, string>();

/**
 * An article's content hash: its language and body (what rows and findings are made of),
 * computed once per article object (the corpus listing keeps them while the file is unchanged).
 */
export function articleHash(article: Article): string {
  const known = articleHashes.get(article);
  if (known) return known;
  const hash = contentHash(article.lang, article.error, bodyText(article));
  articleHashes.set(article, hash);
  return hash;
}
