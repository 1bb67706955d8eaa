import { cacheFile, readCache, writeCache } from './cache-files';
import { computeProducts, type IndexedFindings, type IndexedRows } from './products';
import { articleInputs, type ArticleInputs, type SharedInputs } from './snapshot';

export type { IndexedFinding, IndexedFindings, IndexedRow, IndexedRows } from './products';
export { corpusSnapshot, forgetSnapshot, type CorpusSnapshot } from './snapshot';

/**
 * The aligned rows of one English article with the reviewer's current English: cached in
 * `_shenjiao/cache/articles/<id>.json` (with its findings) under the hash of the articles, glossary, review file
 * and code, so they are recomputed only when one of those changed. Usable without the server.
 */
export async function indexedRows(corpusDir: string, enId: string): Promise<IndexedRows> {
  return cachedProduct(corpusDir, enId, 'rows');
}

/** The QA findings of one English article, dismissals applied; cached like its rows. */
export async function indexedFindings(corpusDir: string, enId: string): Promise<IndexedFindings> {
  return cachedProduct(corpusDir, enId, 'findings');
}

type Products = { rows: IndexedRows; findings: IndexedFindings };

/**
 * Both products share a key and a file, and a miss computes both (the rows are most of
 * the work of the findings), so whichever is asked first warms the other; one write per
 * article, not two.
 */
async function cachedProduct<K extends keyof Products>(corpusDir: string, enId: string, kind: K): Promise<Products[K]> {
  return (await keyedProduct(corpusDir, enId, kind)).value;
}

/** A product with the key it is stored under (the QA job keeps the key to skip unchanged articles). */
export async function keyedProduct<K extends keyof Products>(corpusDir: string, enId: string, kind: K, shared?: SharedInputs): Promise<{ key: string; value: Products[K] }> {
  return productOf(corpusDir, await articleInputs(corpusDir, enId, shared), kind);
}

/** A product from inputs already made (see inputsOf): cached, or computed and stored. */
export async function productOf<K extends keyof Products>(corpusDir: string, inputs: ArticleInputs, kind: K): Promise<{ key: string; value: Products[K] }> {
  const enId = inputs.en.id;
  const file = cacheFile(corpusDir, 'articles', enId);
  const hit = await readCache<Products>(file, inputs.key);
  if (hit) return { key: inputs.key, value: hit[kind] };
  const products = await computeProducts(corpusDir, inputs);
  // A corpus the server may not write to still answers; it just recomputes next time.
  await writeCache(file, inputs.key, products).catch(() => undefined);
  return { key: inputs.key, value: products[kind] };
}

/** The cache key of an English article's products now: equal keys, equal rows and findings. */
export async function productKey(corpusDir: string, enId: string, shared?: SharedInputs): Promise<string> {
  return (await articleInputs(corpusDir, enId, shared)).key;
}
