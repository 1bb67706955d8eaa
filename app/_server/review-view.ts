import type { RowTermHint } from '@/lib/glossary/row-hints';
import type { ReviewFinding } from '@/lib/qa/review-findings';
import type { ReviewRow } from '@/lib/review/types';
import type { ReviewRowView } from '../_components/review/types';

/** What the review page's client gets of a row (QA findings and terms are added by their checks). */
export function toRowView(row: ReviewRow, terms: RowTermHint[] = [], findings: ReviewFinding[] = []): ReviewRowView {
  return {
    id: row.id,
    zh: row.zh,
    mt: row.mt,
    text: row.text,
    state: row.state,
    revision: row.revision,
    reviewer: row.reviewer,
    updatedAt: row.updatedAt,
    stale: row.stale,
    history: row.history,
    annotations: row.annotations.map(({ id, side, span, category, severity, note, reviewer }) => ({ id, side, span, category, severity, note, reviewer })),
    terms,
    findings: findings.map(({ key, check, category, severity, message, sourceSpan, targetSpan, suggestion, fix, dismissed }) => ({ key, check, category, severity, message, sourceSpan, targetSpan, suggestion, fix, dismissed })),
  };
}
