import { AppError } from '../errors';
import type { Article } from '../corpus/types';
import type { GlossaryEntry } from '../glossary/types';
import { layoutRows, pairContext, reviewContext } from './context';
import { applyAnnotation, applyArticleState, applyDismissal, applyRevert, applySave, removeAnnotation, type RowOfLayout } from './edits';
import { editLayout, withLayout, type LayoutEdit } from './layout';
import { buildReviewRows, rowId as idOfRow, rowSlots, settleCorrections } from './rows';
import type { RowState } from './types';
import { updateReview } from './store';
import type { Annotation, ArticleState, ReviewFile, ReviewRow, RevertRowInput, SaveRowInput } from './types';

/** The review of an English article, as the API's GET answers it. */
export async function getReview(corpusDir: string, enId: string) {
  const ctx = await reviewContext(corpusDir, enId);
  return {
    article: { id: ctx.en.id, file: ctx.en.file, title: ctx.en.title },
    zhArticle: ctx.zh ? { id: ctx.zh.id, file: ctx.zh.file, title: ctx.zh.title } : null,
    state: ctx.file.state,
    rows: ctx.rows,
    unattached: ctx.unattached,
  };
}

/**
 * The file settled on the current layout (see settleCorrections) and the row with this id:
 * what a save, a revert or a dismissal applies to.
 */
function currentRow(file: ReviewFile, en: Article, zh: Article | null, glossary: readonly GlossaryEntry[], id: string) {
  const layout = layoutRows(file, en, zh, glossary);
  const aligned = layout.find((r) => idOfRow(r) === id);
  if (!aligned) throw new AppError('not-found', `No row "${id}" in this article (the alignment may have changed: reload).`);
  const settled = { ...settleCorrections(file, layout), rowCount: layout.length };
  const { mt, zh: chinese } = rowSlots([aligned])[0]!;
  return { settled, aligned, row: { id, mt, zh: zh ? chinese : null } };
}

/** Saves one row; a stale base revision is a conflict carrying the current text. */
export async function saveReviewRow(corpusDir: string, enId: string, rowId: string, input: SaveRowInput, now = new Date().toISOString()): Promise<ReviewRow> {
  return changeRow(corpusDir, enId, rowId, (settled, row) => applySave(settled, row, input, now));
}

/**
 * Reverts a row to the machine translation or to an earlier version: a new revision whose
 * text is the old one, so the history keeps every step and a revert can itself be undone.
 */
export async function revertReviewRow(corpusDir: string, enId: string, rowId: string, input: RevertRowInput, now = new Date().toISOString()): Promise<ReviewRow> {
  return changeRow(corpusDir, enId, rowId, (settled, row) => applyRevert(settled, row, input, now));
}

async function changeRow(corpusDir: string, enId: string, rowId: string, apply: (settled: ReviewFile, row: RowOfLayout) => ReturnType<typeof applySave>): Promise<ReviewRow> {
  const { en, zh, glossary } = await pairContext(corpusDir, enId);
  const outcome = await updateReview(corpusDir, enId, zh?.id ?? null, (file) => {
    const { settled, aligned, row } = currentRow(file, en, zh, glossary, rowId);
    const applied = apply(settled, row);
    const view = applied.result.ok ? buildReviewRows([aligned], applied.review, zh === null)[0]! : null;
    return { review: applied.review, result: { ...applied.result, view } };
  });
  if (!outcome.ok || !outcome.view) {
    const current = outcome.ok ? { revision: outcome.row.revision, text: outcome.row.text } : outcome;
    throw new AppError('conflict', 'Someone else saved this row since you loaded it.', { revision: current.revision, text: current.text });
  }
  return outcome.view;
}

export async function setReviewState(corpusDir: string, enId: string, state: ArticleState, reviewer: string, now = new Date().toISOString()) {
  const ctx = await reviewContext(corpusDir, enId);
  await updateReview(corpusDir, enId, ctx.zh?.id ?? null, (file) => applyArticleState(file, state, reviewer, now), ctx.rows.length);
  return { state };
}

export async function dismissFinding(corpusDir: string, enId: string, rowId: string, finding: { key: string; check: string; reviewer: string }, now = new Date().toISOString()) {
  const { en, zh, glossary } = await pairContext(corpusDir, enId);
  await updateReview(corpusDir, enId, zh?.id ?? null, (file) => {
    const { settled, row } = currentRow(file, en, zh, glossary, rowId);
    return applyDismissal(settled, row, finding, now);
  });
}

/** Merges, splits or moves rows; the reviewer's layout is stored and survives reloads. */
export async function editReviewLayout(corpusDir: string, enId: string, edit: LayoutEdit) {
  const ctx = await reviewContext(corpusDir, enId);
  if (!ctx.zh) throw new AppError('bad-input', 'Rows can be merged or split only when a Chinese original is paired.');
  const rows = editLayout(ctx.aligned, edit);
  await updateReview(corpusDir, enId, ctx.zh.id, (file) => ({ review: withLayout(settleCorrections(file, rows), rows), result: null }), rows.length);
  return { rows: rows.length };
}

/** Records an MQM annotation on a row; returns its id. */
export async function annotateRow(corpusDir: string, enId: string, rowId: string, annotation: Omit<Annotation, 'id' | 'at'>, now = new Date().toISOString()) {
  const { en, zh, glossary } = await pairContext(corpusDir, enId);
  return updateReview(corpusDir, enId, zh?.id ?? null, (file) => {
    const { settled, row } = currentRow(file, en, zh, glossary, rowId);
    return applyAnnotation(settled, row, annotation, now);
  });
}

export async function deleteAnnotation(corpusDir: string, enId: string, rowId: string, annotationId: string) {
  const { zh } = await pairContext(corpusDir, enId);
  await updateReview(corpusDir, enId, zh?.id ?? null, (file) => removeAnnotation(file, rowId, annotationId));
}

/** One row of a batch save: the text to write, and what the row must still hold for it to apply. */
export interface BatchRowSave {
  rowId: string;
  text: string;
  /** The revision the change was planned against; another one means someone saved since. */
  baseRevision: number;
  /** The text the change was planned against, checked too (an edit elsewhere may re-key a row). */
  expectedText: string;
  state?: RowState;
}

export type BatchRowOutcome = { rowId: string; ok: true; revision: number; state: RowState } | { rowId: string; ok: false; reason: string };

/**
 * Several rows of one article saved as ordinary corrections (history, revision, reviewer) in
 * one write of its review file. A row changed since its change was planned, or gone from
 * the layout, is skipped with the reason, never overwritten.
 */
export async function saveReviewRows(
  corpusDir: string,
  enId: string,
  saves: readonly BatchRowSave[],
  reviewer: string,
  now = new Date().toISOString(),
  /** The pair and glossary, when the caller resolved them once for many articles (a batch). */
  context?: { en: Article; zh: Article | null; glossary: readonly GlossaryEntry[] },
): Promise<BatchRowOutcome[]> {
  const { en, zh, glossary } = context ?? (await pairContext(corpusDir, enId));
  return updateReview(corpusDir, enId, zh?.id ?? null, (file) => {
    const layout = layoutRows(file, en, zh, glossary);
    const slots = new Map(rowSlots(layout).map((slot) => [slot.id, slot]));
    let review: ReviewFile = settleCorrections(file, layout);
    const outcomes = saves.map((save): BatchRowOutcome => {
      const slot = slots.get(save.rowId);
      if (!slot) return { rowId: save.rowId, ok: false, reason: 'The row is no longer in the article (its alignment changed).' };
      const stored = review.rows[save.rowId];
      const revision = stored?.revision ?? 0;
      const current = stored?.text ?? slot.mt;
      if (revision !== save.baseRevision || current !== save.expectedText) {
        return { rowId: save.rowId, ok: false, reason: `Changed since the preview (now revision ${revision}${stored?.reviewer ? ` by ${stored.reviewer}` : ''}).` };
      }
      const applied = applySave(review, { id: save.rowId, mt: slot.mt, zh: zh ? slot.zh : null }, { text: save.text, baseRevision: revision, reviewer, state: save.state }, now);
      if (!applied.result.ok) return { rowId: save.rowId, ok: false, reason: 'Changed since the preview.' };
      review = applied.review;
      return { rowId: save.rowId, ok: true, revision: applied.result.row.revision, state: applied.result.row.state };
    });
    return { review: { ...review, rowCount: layout.length }, result: outcomes };
  });
}
