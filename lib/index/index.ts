import { cacheFile, readCache, writeCache } from './cache-files';
import { computeProducts, type IndexedFindings, type IndexedRows } from './products';
import { articleInputs } from './snapshot';

export type { IndexedFinding, IndexedFindings, IndexedRow, IndexedRows } from './products';
export { corpusSnapshot, forgetSnapshot, type CorpusSnapshot } from './snapshot';

/**
 * The aligned rows of one English article with the reviewer's current English: cached in
 * `_shenjiao/cache/rows/<id>.json` under the hash of the articles, glossary, review file
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
 * Both products share a key and a miss computes both (the rows are most of the work of
 * the findings), so whichever is asked first warms the other.
 */
async function cachedProduct<K extends keyof Products>(corpusDir: string, enId: string, kind: K): Promise<Products[K]> {
  const inputs = await articleInputs(corpusDir, enId);
  const hit = await readCache<Products[K]>(cacheFile(corpusDir, kind, enId), inputs.key);
  if (hit) return hit;
  const products = await computeProducts(corpusDir, inputs);
  const writes = (['rows', 'findings'] as const).map((k) => writeCache(cacheFile(corpusDir, k, enId), inputs.key, products[k]));
  // A corpus the server may not write to still answers; it just recomputes next time.
  await Promise.all(writes).catch(() => undefined);
  return products[kind];
}
