import type { Article } from '../corpus/types';
import type { ReviewRow } from '../review/types';

export interface ExportInput {
  en: Article;
  zh: Article | null;
  rows: ReviewRow[];
  /** Include corrections not yet confirmed; by default only confirmed rows carry corrections. */
  drafts: boolean;
}

export interface ExportFormat {
  id: 'txt' | 'tsv' | 'csv' | 'xliff' | 'tmx';
  extension: string;
  mimeType: string;
  render(input: ExportInput): string;
}

/** The English a row contributes to an export: its correction once confirmed (or when drafts are asked for), else the MT. */
export function exportedText(row: ReviewRow, drafts: boolean): string {
  return row.state === 'confirmed' || (drafts && row.state === 'edited') ? row.text : row.mt;
}

/**
 * A row in merge conflict exports its last confirmed text (the MT when there is none), as
 * confirmed, until a reviewer settles it; `conflict` stays on it so bilingual formats mark it.
 */
export function settledForExport(row: ReviewRow): ReviewRow {
  if (!row.conflict) return row;
  const confirmed = row.conflict.lastConfirmed;
  return { ...row, text: confirmed ?? row.mt, state: confirmed === null ? 'untouched' : 'confirmed' };
}

/** The two versions of a row in conflict, in one line for a note or a cell; '' when there is none. */
export function conflictNote(row: ReviewRow): string {
  if (!row.conflict) return '';
  const { ours, theirs } = row.conflict;
  return `Unresolved: two versions. ${ours.reviewer ?? '?'}: ${ours.text} | ${theirs.reviewer ?? '?'}: ${theirs.text}`;
}
