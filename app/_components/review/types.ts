/** What the review page's client knows of a row: the API's row plus history and checks. */
import type { RowTermHint } from '@/lib/glossary/row-hints';
import type { ArticleState, ReviewRow, RowState, RowVersion } from '@/lib/review/types';

export type { ArticleState, RowState, RowVersion };
export type TermHint = RowTermHint;

export interface FindingView {
  key: string;
  check: string;
  category: string;
  severity: 'major' | 'minor';
  message: string;
  sourceSpan: [number, number] | null;
  targetSpan: [number, number] | null;
  suggestion: string | null;
  fix: { span: [number, number]; replacement: string } | null;
  dismissed: boolean;
}

export interface AnnotationView {
  id: string;
  side: 'source' | 'target';
  span: [number, number];
  category: string;
  severity: 'major' | 'minor';
  note: string | null;
  reviewer: string;
}

/** A review row as the page holds it: the stored row's fields, its hints, findings and annotations. */
export interface ReviewRowView extends Pick<ReviewRow, 'id' | 'zh' | 'mt' | 'text' | 'state' | 'revision' | 'reviewer' | 'updatedAt' | 'stale' | 'conflict' | 'history'> {
  terms: TermHint[];
  findings: FindingView[];
  annotations: AnnotationView[];
}

/**
 * A stored correction no row holds any more (the article was changed, or its sentences are
 * in no row of the layout): what the reviewer needs to carry it over by hand.
 */
export interface UnattachedView extends Pick<ReviewRow, 'mt' | 'text' | 'state' | 'revision' | 'reviewer' | 'updatedAt'> {
  key: string;
  /** The Chinese it was made against, when the review file kept it. */
  zh: string | null;
  annotations: AnnotationView[];
}

export interface ReviewView {
  enId: string;
  zhId: string | null;
  state: ArticleState;
  rows: ReviewRowView[];
  unattached: UnattachedView[];
  /** Characters of the Chinese (or words of the English when reviewed alone) that MQM penalties are per 100 of. */
  sourceSize: { amount: number; unit: 'characters' | 'words' };
}
