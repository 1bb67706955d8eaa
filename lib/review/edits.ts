import { AppError } from '../errors';
import type { Annotation, ArticleState, ReviewFile, ReviewRow, RevertRowInput, RowState, SaveRowInput, StoredRow } from './types';

export type SaveOutcome = { ok: true; row: StoredRow } | { ok: false; revision: number; text: string };

/** The row of the current layout a change applies to; `zh` is its Chinese when an original is paired. */
export type RowOfLayout = Pick<ReviewRow, 'id' | 'mt'> & { zh?: string | null };

/**
 * Applies a save to a row. The save names the revision it was based on; if the row has
 * moved on since, it is refused with the current text (a 409), never silently overwritten.
 */
export function applySave(review: ReviewFile, row: RowOfLayout, input: SaveRowInput, now: string): { review: ReviewFile; result: SaveOutcome } {
  const stored = review.rows[row.id];
  const revision = stored?.revision ?? 0;
  if (input.baseRevision !== revision) {
    return { review, result: { ok: false, revision, text: stored?.text ?? row.mt } };
  }
  const state: RowState = input.state ?? (input.text === row.mt ? 'untouched' : 'edited');
  const next: StoredRow = {
    mt: row.mt,
    zh: row.zh ?? stored?.zh,
    text: input.text,
    state,
    revision: revision + 1,
    reviewer: input.reviewer,
    updatedAt: now,
    history: [...(stored?.history ?? []), { revision: revision + 1, text: input.text, state, reviewer: input.reviewer, at: now }],
    dismissals: stored?.dismissals ?? [],
    annotations: stored?.annotations ?? [],
    stale: null,
    conflict: input.resolves === 'conflict' ? null : (stored?.conflict ?? null),
  };
  const articleState = review.state === 'not-started' ? 'in-review' : review.state;
  return { review: { ...review, state: articleState, rows: { ...review.rows, [row.id]: next } }, result: { ok: true, row: next } };
}

/** A revert is a save of an older text: to the MT the row becomes untouched again, to a version it is edited. */
export function applyRevert(review: ReviewFile, row: RowOfLayout, input: RevertRowInput, now: string): { review: ReviewFile; result: SaveOutcome } {
  const { to, baseRevision, reviewer } = input;
  if (to === 'mt') return applySave(review, row, { text: row.mt, baseRevision, reviewer, state: 'untouched' }, now);
  const version = review.rows[row.id]?.history.find((v) => v.revision === to);
  if (!version) throw new AppError('not-found', `This row has no revision ${to} to go back to.`);
  return applySave(review, row, { text: version.text, baseRevision, reviewer, state: version.text === row.mt ? 'untouched' : 'edited' }, now);
}

export function applyArticleState(review: ReviewFile, state: ArticleState, reviewer: string, now: string): { review: ReviewFile; result: null } {
  return { review: { ...review, state, stateBy: reviewer, stateAt: now }, result: null };
}

/** Marks a QA finding as a false alarm on a row; it stays dismissed across reloads and re-checks. */
export function applyDismissal(review: ReviewFile, row: RowOfLayout, dismissal: { key: string; check: string; reviewer: string }, now: string) {
  const stored = review.rows[row.id] ?? untouchedRow(row);
  if (stored.dismissals.some((d) => d.key === dismissal.key)) return { review, result: null };
  const next = { ...stored, zh: row.zh ?? stored.zh, dismissals: [...stored.dismissals, { ...dismissal, at: now }] };
  return { review: { ...review, rows: { ...review.rows, [row.id]: next } }, result: null };
}

function untouchedRow({ mt, zh }: RowOfLayout): StoredRow {
  return { mt, zh: zh ?? undefined, text: mt, state: 'untouched', revision: 0, reviewer: null, updatedAt: null, history: [], dismissals: [], annotations: [], stale: null, conflict: null };
}

/** Adds an MQM annotation to a row: a span of its English (or Chinese, for omissions) with a category and severity. */
export function applyAnnotation(review: ReviewFile, row: RowOfLayout, annotation: Omit<Annotation, 'id' | 'at'>, now: string) {
  const stored = review.rows[row.id] ?? untouchedRow(row);
  const id = `a${Date.parse(now).toString(36)}${stored.annotations.length}`;
  // The snapshot is the Chinese this mark's span is counted in (see StoredRow.zh).
  const next = { ...stored, zh: row.zh ?? stored.zh, annotations: [...stored.annotations, { ...annotation, id, at: now }] };
  return { review: { ...review, rows: { ...review.rows, [row.id]: next } }, result: id };
}

export function removeAnnotation(review: ReviewFile, rowId: string, annotationId: string) {
  const stored = review.rows[rowId];
  if (!stored?.annotations.some((a) => a.id === annotationId)) throw new AppError('not-found', `No annotation "${annotationId}" on this row.`);
  const next = { ...stored, annotations: stored.annotations.filter((a) => a.id !== annotationId) };
  return { review: { ...review, rows: { ...review.rows, [rowId]: next } }, result: null };
}
