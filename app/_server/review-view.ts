import type { RowTermHint } from '@/lib/glossary/row-hints';
import type { ReviewFinding } from '@/lib/qa/review-findings';
import type { UnattachedCorrection } from '@/lib/review/rows';
import type { Annotation, ReviewRow } from '@/lib/review/types';
import type { AnnotationView, ReviewRowView, UnattachedView } from '../_components/review/types';

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
    conflict: row.conflict,
    history: row.history,
    annotations: row.annotations.map(toAnnotationView),
    terms,
    findings: findings.map(({ key, check, category, severity, message, sourceSpan, targetSpan, suggestion, fix, dismissed }) => ({ key, check, category, severity, message, sourceSpan, targetSpan, suggestion, fix, dismissed })),
  };
}

/** What the review page shows of a correction no row holds any more. */
export function toUnattachedView(c: UnattachedCorrection): UnattachedView {
  const { key, mt, text, state, revision, reviewer, updatedAt } = c;
  return { key, zh: c.zh ?? null, mt, text, state, revision, reviewer, updatedAt, annotations: c.annotations.map(toAnnotationView) };
}

function toAnnotationView({ id, side, span, category, severity, note, reviewer }: Annotation): AnnotationView {
  return { id, side, span, category, severity, note, reviewer };
}
