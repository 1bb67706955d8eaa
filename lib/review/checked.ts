import { bodyText } from '../corpus/types';
import { rowTermHints, type RowTermHint } from '../glossary/row-hints';
import { glossaryMatcher } from '../glossary/service';
import { reviewFindings, type ReviewFinding } from '../qa/review-findings';
import { readQaSettings } from '../qa/settings-store';
import { reviewContext } from './context';
import type { ReviewRow } from './types';

export interface CheckedRow {
  row: ReviewRow;
  terms: RowTermHint[];
  findings: ReviewFinding[];
}

/** A review's rows with the glossary's hints and the QA findings on each. */
export async function checkedReview(corpusDir: string, enId: string) {
  const ctx = await reviewContext(corpusDir, enId);
  const [glossary, settings] = await Promise.all([glossaryMatcher(corpusDir), readQaSettings(corpusDir)]);
  const findings = reviewFindings(ctx.rows, bodyText(ctx.en), glossary, settings);
  const rows: CheckedRow[] = ctx.rows.map((row, i) => ({
    row,
    terms: rowTermHints(row.zh, row.text, glossary.matcher, glossary.entries),
    findings: findings[i]!,
  }));
  return { ctx, rows };
}
