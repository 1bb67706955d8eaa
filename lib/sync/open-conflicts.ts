import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DATA_DIR_NAME } from '../config';
import { GlossaryFileSchema } from '../glossary/types';
import { ReviewFileSchema } from '../review/types';
import { runGit } from './git';
import { articleOfReviewPath, shenjiaoFileKind, type ConflictRef } from './shenjiao-files';

/**
 * Every conflict still open in the corpus. `git grep` finds the few files holding one (files
 * are written with sorted keys, so an open conflict reads `"conflict": {`), then only those
 * are parsed: cheap on a corpus of ten thousand reviews.
 */
export async function openConflicts(root: string): Promise<ConflictRef[]> {
  const found = await runGit(root, ['grep', '--untracked', '-l', '-z', '-F', '"conflict": {', '--', DATA_DIR_NAME]);
  const files = found.stdout.split('\0').filter((f) => f && shenjiaoFileKind(f));
  const lists = await Promise.all(files.map((file) => conflictsIn(root, file)));
  return lists.flat();
}

async function conflictsIn(root: string, file: string): Promise<ConflictRef[]> {
  const text = await fs.readFile(path.join(root, file), 'utf8').catch(() => null);
  if (!text) return [];
  try {
    const json: unknown = JSON.parse(text);
    if (shenjiaoFileKind(file) === 'review') {
      const review = ReviewFileSchema.parse(json);
      const article = articleOfReviewPath(file);
      return Object.entries(review.rows).filter(([, row]) => row.conflict).map(([row]) => ({ file, article, row }));
    }
    const glossary = GlossaryFileSchema.parse(json);
    return glossary.entries.filter((e) => e.conflict).map((e) => ({ file, article: null, row: e.id }));
  } catch {
    return [];
  }
}
