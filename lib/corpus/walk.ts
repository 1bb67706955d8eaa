import { promises as fs } from 'node:fs';
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
export async function walkCorpus(corpusDir: string): Promise<CorpusFile[]> {
  const root = await fs.realpath(corpusDir);
  const found: CorpusFile[] = [];
  await visit(root, root, '', found);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

async function visit(root: string, dir: string, prefix: string, found: CorpusFile[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      if (entry.name.startsWith('.')) return;
      if (prefix === '' && entry.name === DATA_DIR_NAME) return;
      const absolute = path.join(dir, entry.name);
      const file = prefix + entry.name;
      if (entry.isDirectory()) return visit(root, absolute, `${file}/`, found);
      if (entry.isSymbolicLink()) return found.push(await symlinkEntry(root, absolute, file));
      if (entry.isFile()) {
        const stat = await fs.stat(absolute);
        found.push({ file, absolute, size: stat.size, mtimeMs: stat.mtimeMs, problem: null });
      }
    }),
  );
}

async function symlinkEntry(root: string, absolute: string, file: string): Promise<CorpusFile> {
  const lstat = await fs.lstat(absolute);
  const base = { file, absolute, size: lstat.size, mtimeMs: lstat.mtimeMs };
  let target: string;
  try {
    target = await fs.realpath(absolute);
  } catch {
    return { ...base, problem: 'broken symlink' };
  }
  if (!isInside(root, target)) return { ...base, problem: 'symlink points outside the corpus; not read' };
  const stat = await fs.stat(target);
  if (!stat.isFile()) return { ...base, problem: 'symlink to a folder; not followed' };
  return { file, absolute: target, size: stat.size, mtimeMs: stat.mtimeMs, problem: null };
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
