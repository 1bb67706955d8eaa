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
