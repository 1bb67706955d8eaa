import { readFileSync } from 'node:fs';

export type ReadResult = { bytes: Uint8Array } | { error: string };

/**
 * A file's bytes, or why they could not be had. Synchronous: the listing reads small files
 * in short batches, several times faster than through the thread pool.
 */
export function readArticleBytes(absolute: string, maxBytes: number): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `unreadable: ${code ?? (error as Error).message}` };
  }
  // The file may have grown since it was looked at.
  if (bytes.length > maxBytes) return { error: `too large: over ${Math.round(maxBytes / 1048576)} MB` };
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}
