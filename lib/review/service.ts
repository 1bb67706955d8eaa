import { AppError } from '../errors';
import { reviewContext } from './context';
import { applyArticleState, applyDismissal, applySave, findRow } from './edits';
import { editLayout, withLayout, type LayoutEdit } from './layout';
import { buildReviewRows } from './rows';
import { updateReview } from './store';
import type { ArticleState, ReviewRow, SaveRowInput } from './types';

/** The review of an English article, as the API's GET answers it. */
export async function getReview(corpusDir: string, enId: string) {
  const ctx = await reviewContext(corpusDir, enId);
  return {
    article: { id: ctx.en.id, file: ctx.en.file, title: ctx.en.title },
    zhArticle: ctx.zh ? { id: ctx.zh.id, file: ctx.zh.file, title: ctx.zh.title } : null,
    state: ctx.file.state,
    rows: ctx.rows,
  };
}

/** Saves one row; a stale base revision is a conflict carrying the current text. */
export async function saveReviewRow(corpusDir: string, enId: string, rowId: string, input: SaveRowInput, now = new Date().toISOString()): Promise<ReviewRow> {
  const ctx = await reviewContext(corpusDir, enId);
  const mono = ctx.zh === null;
  const outcome = await updateReview(corpusDir, enId, ctx.zh?.id ?? null, (file) => applySave(file, findRow(buildReviewRows(ctx.aligned, file, mono), rowId), input, now), ctx.rows.length);
  if (!outcome.ok) {
    throw new AppError('conflict', 'Someone else saved this row since you loaded it.', { revision: outcome.revision, text: outcome.text });
  }
  const row = findRow(ctx.rows, rowId);
  return { ...row, ...outcome.row };
}

export async function setReviewState(corpusDir: string, enId: string, state: ArticleState, reviewer: string, now = new Date().toISOString()) {
  const ctx = await reviewContext(corpusDir, enId);
  await updateReview(corpusDir, enId, ctx.zh?.id ?? null, (file) => applyArticleState(file, state, reviewer, now), ctx.rows.length);
  return { state };
}

export async function dismissFinding(corpusDir: string, enId: string, rowId: string, finding: { key: string; check: string; reviewer: string }, now = new Date().toISOString()) {
  const ctx = await reviewContext(corpusDir, enId);
  const mono = ctx.zh === null;
  await updateReview(corpusDir, enId, ctx.zh?.id ?? null, (file) => applyDismissal(file, findRow(buildReviewRows(ctx.aligned, file, mono), rowId), finding, now));
}

/** Merges, splits or moves rows; the reviewer's layout is stored and survives reloads. */
export async function editReviewLayout(corpusDir: string, enId: string, edit: LayoutEdit) {
  const ctx = await reviewContext(corpusDir, enId);
  if (!ctx.zh) throw new AppError('bad-input', 'Rows can be merged or split only when a Chinese original is paired.');
  const rows = editLayout(ctx.aligned, edit);
  await updateReview(corpusDir, enId, ctx.zh.id, (file) => ({ review: withLayout(file, rows), result: null }), rows.length);
  return { rows: rows.length };
}
