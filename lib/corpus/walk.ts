import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR_NAME } from '../config';

export interface CorpusFile {
  /** Relative to the corpus, forward slashes. */
  file: string;
  absolute: string;
  size: number;
  mtimeMs: number;
  /** Set when the file must not be read. */
  problem: string | null;
}

/**
 * Every candidate article file under the corpus folder. Hidden entries and the app's data
 * folder are skipped; a symlink is followed only when its target stays inside the corpus,
 * and folders reached through symlinks are not entered (no cycles, no escapes).
 */
export function walkCorpus(corpusDir: string): CorpusFile[] {
  // Synchronous on purpose: ten thousand stat calls finish several times faster than
  // through the promise API's thread pool, and re-listing an unchanged corpus is mostly this.
  const root = realpathSync(corpusDir);
  const found: CorpusFile[] = [];
  visit(root, root, '', found);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function visit(root: string, dir: string, prefix: string, found: CorpusFile[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (prefix === '' && entry.name === DATA_DIR_NAME) continue;
    const absolute = path.join(dir, entry.name);
    const file = prefix + entry.name;
    if (entry.isDirectory()) visit(root, absolute, `${file}/`, found);
    else if (entry.isSymbolicLink()) found.push(symlinkEntry(root, absolute, file));
    else if (entry.isFile()) {
      const stat = statSync(absolute);
      found.push({ file, absolute, size: stat.size, mtimeMs: stat.mtimeMs, problem: null });
    }
  }
}

function symlinkEntry(root: string, absolute: string, file: string): CorpusFile {
  const lstat = lstatSync(absolute);
  const base = { file, absolute, size: lstat.size, mtimeMs: lstat.mtimeMs };
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch {
    return { ...base, problem: 'broken symlink' };
  }
  if (!isInside(root, target)) return { ...base, problem: 'symlink points outside the corpus; not read' };
  const stat = statSync(target);
  if (!stat.isFile()) return { ...base, problem: 'symlink to a folder; not followed' };
  return { file, absolute: target, size: stat.size, mtimeMs: stat.mtimeMs, problem: null };
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
