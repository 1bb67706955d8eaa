import { processWide } from '../process-wide';

// Process-wide: every route that writes a file must wait on the same lock (see processWide).
const tails = processWide('file locks', () => new Map<string, Promise<unknown>>());

/**
 * Serialises work per file: read-modify-write cycles on the same file never interleave,
 * while different files proceed in parallel. Within one process only; a second server on
 * the same corpus is out of scope (the revision check still refuses its stale saves).
 */
export function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(file) ?? Promise.resolve();
  const next = previous.then(work, work);
  const tail = next.catch(() => undefined);
  tails.set(file, tail);
  void tail.then(() => {
    if (tails.get(file) === tail) tails.delete(file);
  });
  return next;
}
