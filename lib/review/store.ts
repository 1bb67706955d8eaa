import path from 'node:path';
import { dataDir } from '../config';
import { AppError } from '../errors';
import { cleanLeftoverTempFiles, readJsonFile, writeJsonAtomic } from '../storage/atomic';
import { batchedUpdate } from '../storage/batched-update';
import { emptyReview, ReviewFileSchema, type ReviewFile } from './types';

const cleaned = new Set<string>();

export function reviewsDir(corpusDir: string): string {
  return path.join(dataDir(corpusDir), 'reviews');
}

/** The review file of an English article. Ids come from the listing, but are checked again here. */
export function reviewPath(corpusDir: string, enId: string): string {
  if (!enId || /[/\\\0]/.test(enId) || enId.startsWith('.') || enId.length > 200) {
    throw new AppError('bad-input', `"${enId}" cannot name a review file`);
  }
  return path.join(reviewsDir(corpusDir), `${enId}.json`);
}

/** Reads a review; on first use per corpus, removes temp files a crash may have left. */
export async function readReview(corpusDir: string, enId: string, zhId: string | null): Promise<ReviewFile> {
  if (!cleaned.has(corpusDir)) {
    cleaned.add(corpusDir);
    await cleanLeftoverTempFiles(reviewsDir(corpusDir));
  }
  const file = await readJsonFile(reviewPath(corpusDir, enId), ReviewFileSchema);
  return file ?? emptyReview(enId, zhId);
}

/**
 * Read-modify-write of one review file. Saves to the same file are grouped into one write
 * (see batchedUpdate), so concurrent saves to different rows all land quickly; `change`
 * decides from the current file and may refuse with an AppError.
 */
export async function updateReview<T>(
  corpusDir: string,
  enId: string,
  zhId: string | null,
  change: (review: ReviewFile) => { review: ReviewFile; result: T },
  rowCount?: number,
): Promise<T> {
  const file = reviewPath(corpusDir, enId);
  return batchedUpdate(
    file,
    () => readReview(corpusDir, enId, zhId),
    (review) => writeJsonAtomic(file, { ...review, zhArticle: zhId, rowCount: rowCount ?? review.rowCount }),
    (current) => {
      const { review, result } = change(current);
      return { state: review, result };
    },
  );
}
