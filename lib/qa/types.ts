import type { ZhMatcher } from '../glossary/match-zh';
import type { GlossaryEntry } from '../glossary/types';
import type { QaSettings } from './settings';

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

/** The glossary as the checks read it: its entries and a matcher over the Chinese. */
export type QaGlossary = { entries: readonly GlossaryEntry[]; matcher: ZhMatcher } | null;

/**
 * What a check may look at besides its row: the whole document (consistency checks), the
 * glossary, and caches shared by every check of one run (keyed by whatever the check
 * needs; a check that caches per document keys on `rows`, which is one array per run).
 */
export interface QaContext {
  rows: QaRow[];
  glossary: QaGlossary;
  caches?: Map<string, unknown>;
  /** House style (quote style, English variety); the defaults when not given. */
  settings?: QaSettings;
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
  /** Stable per finding, so a dismissal sticks: "check:row:flagged text" (row 0-based in its document). */
  key: string;
  check: string;
  category: string;
  severity: Severity;
  row: number;
  message: string;
  sourceSpan: Span | null;
  targetSpan: Span | null;
  /** The replacement text of the fix, for reports that show no spans. */
  suggestion: string | null;
  /** Null when the check cannot propose one; applied with applyFix(). */
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

// Kept here too for the modules that imported it from the model.
export { defineCheck } from './define-check';
