/**
 * Background work in short slices: call the returned function between items; it yields to
 * the event loop once the slice has run for `budgetMs`. A request to the server needs many
 * turns of the loop (module loads, file reads, rendering); slices of a few milliseconds
 * keep each turn's wait short, where batches of a fixed size took hundreds of milliseconds
 * each on a busy machine and made the first page wait seconds.
 */
export function timeSlicer(budgetMs = 8): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}
