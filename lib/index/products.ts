import { bodyText } from '../corpus/types';
import { glossaryMatcher } from '../glossary/service';
import { reviewFindings } from '../qa/review-findings';
import { layoutRows } from '../review/context';
import { buildReviewRows } from '../review/rows';
import { readReview } from '../review/store';
import type { ReviewRow } from '../review/types';
import type { Finding } from '../qa/types';
import type { ArticleInputs } from './snapshot';

/** One aligned row as the index keeps it: what search and batch corrections read. */
export type IndexedRow = Pick<ReviewRow, 'id' | 'zh' | 'mt' | 'text' | 'state' | 'revision' | 'reviewer'>;

export interface IndexedRows {
  enId: string;
  zhId: string | null;
  rows: IndexedRow[];
}

/** A QA finding on one row, the reviewer's dismissals applied. `row` is 0-based. */
export type IndexedFinding = Finding & { rowId: string; dismissed: boolean };

export interface IndexedFindings {
  enId: string;
  zhId: string | null;
  /** Rows checked. */
  rows: number;
  findings: IndexedFinding[];
}

/** Computes both products of an English article from its inputs (the cache's miss path). */
export async function computeProducts(corpusDir: string, inputs: ArticleInputs): Promise<{ rows: IndexedRows; findings: IndexedFindings }> {
  const { en, zh } = inputs;
  const glossary = await glossaryMatcher(corpusDir);
  const file = await readReview(corpusDir, en.id, zh?.id ?? null);
  const reviewRows = buildReviewRows(layoutRows(file, en, zh, glossary.entries), file, zh === null);
  const perRow = reviewFindings(reviewRows, bodyText(en), glossary);
  const ids = { enId: en.id, zhId: zh?.id ?? null };
  return {
    rows: {
      ...ids,
      rows: reviewRows.map(({ id, zh: source, mt, text, state, revision, reviewer }) => ({ id, zh: source, mt, text, state, revision, reviewer })),
    },
    findings: {
      ...ids,
      rows: reviewRows.length,
      findings: perRow.flatMap((findings, i) => findings.map((f) => ({ ...f, rowId: reviewRows[i]!.id }))),
    },
  };
}
