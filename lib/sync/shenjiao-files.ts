import type { ZodType } from 'zod';
import { DATA_DIR_NAME } from '../config';
import { GlossaryFileSchema } from '../glossary/types';
import { PairsFileSchema } from '../pairing/decisions-store';
import { ReviewFileSchema } from '../review/types';
import { stableJson } from '../storage/stable-json';
import { mergeGlossaryFiles } from './merge-glossary';
import { mergePairsFiles } from './merge-pairs';
import { mergeReviewFiles } from './merge-review';

/** A conflict left for a reviewer: the file, its article (review files) and the row or entry. */
export interface ConflictRef {
  file: string;
  article: string | null;
  row: string;
}

export type ShenjiaoFileKind = 'review' | 'glossary' | 'pairs';

const REVIEW_PATH = new RegExp(`^${DATA_DIR_NAME}/reviews/([^/]+)\\.json$`);

/** Which of Shenjiao's files a repository path is (forward slashes, relative to the corpus); null for any other. */
export function shenjiaoFileKind(repoPath: string): ShenjiaoFileKind | null {
  if (REVIEW_PATH.test(repoPath)) return 'review';
  if (repoPath === `${DATA_DIR_NAME}/glossary.json`) return 'glossary';
  if (repoPath === `${DATA_DIR_NAME}/pairs.json`) return 'pairs';
  return null;
}

export function articleOfReviewPath(repoPath: string): string | null {
  return REVIEW_PATH.exec(repoPath)?.[1] ?? null;
}

/**
 * Merges three versions of one of Shenjiao's files by meaning (see the per-kind merges).
 * A missing or empty version is absent (a file added on both sides has no base). Ours and
 * theirs must parse: a broken file is refused, never merged into something worse.
 */
export function mergeShenjiaoFile(repoPath: string, base: string | null, ours: string | null, theirs: string | null): { text: string; conflicts: ConflictRef[] } {
  const kind = shenjiaoFileKind(repoPath);
  if (!kind) throw new Error(`${repoPath} is not one of Shenjiao's files`);
  if (kind === 'review') {
    const [b, o, t] = parseThree(repoPath, ReviewFileSchema, base, ours, theirs);
    if (!o || !t) return { text: stableJson(o ?? t), conflicts: [] };
    const { merged, conflicts } = mergeReviewFiles(b, o, t);
    const article = articleOfReviewPath(repoPath);
    return { text: stableJson(merged), conflicts: conflicts.map((row) => ({ file: repoPath, article, row })) };
  }
  if (kind === 'glossary') {
    const [b, o, t] = parseThree(repoPath, GlossaryFileSchema, base, ours, theirs);
    if (!o || !t) return { text: stableJson(o ?? t), conflicts: [] };
    const { merged, conflicts } = mergeGlossaryFiles(b, o, t);
    return { text: stableJson(merged), conflicts: conflicts.map((row) => ({ file: repoPath, article: null, row })) };
  }
  const [b, o, t] = parseThree(repoPath, PairsFileSchema, base, ours, theirs);
  if (!o || !t) return { text: stableJson(o ?? t), conflicts: [] };
  return { text: stableJson(mergePairsFiles(b, o, t).merged), conflicts: [] };
}

function parseThree<T>(repoPath: string, schema: ZodType<T>, base: string | null, ours: string | null, theirs: string | null): [T | null, T | null, T | null] {
  if (ours === null && theirs === null) throw new Error(`${repoPath}: neither side has the file`);
  return [parseOrNull(repoPath, schema, base, true), parseOrNull(repoPath, schema, ours, false), parseOrNull(repoPath, schema, theirs, false)];
}

function parseOrNull<T>(repoPath: string, schema: ZodType<T>, text: string | null, lenient: boolean): T | null {
  if (text === null || text.trim() === '') return null;
  try {
    return schema.parse(JSON.parse(text));
  } catch (error) {
    if (lenient) return null; // an unreadable base only makes the merge less informed
    throw new Error(`${repoPath} does not parse as a Shenjiao file: ${(error as Error).message.split('\n')[0]}`);
  }
}
