import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { folderHolding } from '../storage/derived-cache';

/** The engine's sources: what rows and findings are computed by. */
const ENGINE = 'lib';
const MARKER = path.join('lib', 'index', 'code-version.ts');

let known: string | null = null;

/**
 * A fingerprint of the engine's sources (every file under `lib/`, by path and content),
 * part of every cached product's key: a check made stricter or an aligner retuned makes
 * the index recompute, with no version number to remember to bump. The server, the CLI's
 * bundle and the tests all find the same sources, so they share one cache. Without the
 * sources (an unusual install), the fingerprint is empty and INDEX_VERSION alone keys.
 */
export function codeVersion(): string {
  if (known !== null) return known;
  const root = folderHolding(MARKER);
  if (!root) return (known = '');
  const hash = createHash('sha256');
  for (const file of sourceFiles(path.join(root, ENGINE))) {
    hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  }
  return (known = hash.digest('hex').slice(0, 16));
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.(ts|json|tsv|txt)$/.test(entry.name)) files.push(full);
  }
  return files.sort();
}
