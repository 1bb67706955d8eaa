import type { ReviewRow } from '../review/types';
import { runChecks } from './run';
import type { QaSettings } from './settings';
import type { Finding, QaContext, QaRow } from './types';

export type ReviewFinding = Finding & { dismissed: boolean };

/**
 * The rows of a review as the checks read them: current text, and whether the MT ran a
 * row into the next without a space (seen in the English body between their spans).
 */
export function qaRowsOfReview(rows: ReviewRow[], enBodyText: string): QaRow[] {
  return rows.map((row, index) => {
    const end = row.enSpans.at(-1)?.[1];
    const nextStart = rows[index + 1]?.enSpans[0]?.[0];
    const glued = end !== undefined && nextStart === end && /[.!?;”"’]$/.test(enBodyText.slice(0, end)) && /^[A-Z“"]/.test(enBodyText.slice(end));
    return { index, source: row.zh, target: row.text, gluedToNext: glued && row.text === row.mt };
  });
}

/**
 * A finding's key without its row number ("spelling:12:teh" → "spelling:teh"). Dismissals
 * are kept on their row, so the number adds nothing, and it changes when rows before are
 * merged or split: matched without it, a dismissal follows its finding.
 */
const withoutRow = (key: string) => key.replace(/^([^:]+):\d+:/, '$1:');

/** Findings per row of a review, with the reviewer's dismissals applied. */
export function reviewFindings(rows: ReviewRow[], enBodyText: string, glossary: QaContext['glossary'], settings?: QaSettings): ReviewFinding[][] {
  const findings = runChecks(qaRowsOfReview(rows, enBodyText), { glossary, ...(settings ? { settings } : {}) });
  const perRow: ReviewFinding[][] = rows.map(() => []);
  for (const finding of findings) {
    const dismissed = rows[finding.row]!.dismissals.some((d) => withoutRow(d.key) === withoutRow(finding.key));
    perRow[finding.row]!.push({ ...finding, dismissed });
  }
  return perRow;
}
