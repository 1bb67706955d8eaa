import type { ZhMatcher } from '../glossary/match-zh';
import type { GlossaryEntry } from '../glossary/types';

export type Severity = 'major' | 'minor';
export type Span = [number, number];

/** One aligned row as the checks see it: the Chinese (null when none is paired) and the English. */
export interface QaRow {
  index: number;
  source: string | null;
  target: string;
  /** The machine translation ran this row into the next without a space ("conference.Review"). */
  gluedToNext?: boolean;
}

/** What a check may look at besides its row: the whole document, and the glossary. */
export interface QaContext {
  rows: QaRow[];
  glossary: { entries: readonly GlossaryEntry[]; matcher: ZhMatcher } | null;
}

/** A fix is data: replace the target span with the replacement. */
export interface Fix {
  span: Span;
  replacement: string;
}

/** What a check's run returns for its row. */
export interface RawFinding {
  message: string;
  sourceSpan?: Span | null;
  targetSpan?: Span | null;
  fix?: Fix | null;
}

export interface Finding {
  /** Stable per finding, so a dismissal sticks: check, row and the flagged text. */
  key: string;
  check: string;
  category: string;
  severity: Severity;
  row: number;
  message: string;
  sourceSpan: Span | null;
  targetSpan: Span | null;
  suggestion: string | null;
  fix: Fix | null;
}

export interface Check {
  id: string;
  /** MQM category/subcategory. */
  category: string;
  severity: Severity;
  describe: string;
  /** Pure: the row and its document in, findings out. */
  run(row: QaRow, context: QaContext): RawFinding[];
}

export function defineCheck(check: Check): Check {
  return check;
}
