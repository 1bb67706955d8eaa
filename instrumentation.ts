/**
 * Runs once when the server starts: the background indexer begins listing, pairing and
 * checking the corpus at once, so no request ever waits for corpus-wide work.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { keepHeapNearLiveSize } = await import('./lib/heap-growth');
  keepHeapNearLiveSize();
  const { resolveCorpusDir } = await import('./lib/config');
  const { corpusIndexer } = await import('./lib/index/indexer');
  corpusIndexer(resolveCorpusDir());
}
