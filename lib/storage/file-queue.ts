import { processWide } from '../process-wide';
import { enterWrite } from './write-gate';

// Process-wide: every route that writes a file must wait on the same lock (see processWide).
const tails = processWide('file locks', () => new Map<string, Promise<unknown>>());

/**
 * Serialises work per file: read-modify-write cycles on the same file never interleave,
 * while different files proceed in parallel. Within one process only; a second server on
 * the same corpus is out of scope (the revision check still refuses its stale saves).
 */
export function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(file) ?? Promise.resolve();
  const gated = async () => {
    const release = await enterWrite(); // see write-gate: a sync's merge may be rewriting the file
    try {
      return await work();
    } finally {
      release();
    }
  };
  const next = previous.then(gated, gated);
  const tail = next.catch(() => undefined);
  tails.set(file, tail);
  void tail.then(() => {
    if (tails.get(file) === tail) tails.delete(file);
  });
  return next;
}
