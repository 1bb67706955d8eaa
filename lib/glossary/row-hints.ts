import { checkEnglishTerms, checkTerms } from './check';
import type { ZhMatcher } from './match-zh';
import type { GlossaryEntry } from './types';

export interface RowTermHint {
  /** Offsets in the row's Chinese (or in its English when no Chinese is paired). */
  start: number;
  end: number;
  term: string;
  approved: string[];
  /** Whether the row's English uses an approved rendering; null when there is no Chinese to judge by. */
  found: boolean | null;
  forbidden: string[];
}

/** The glossary's verdict on one review row: its terms, and what its current English does with them. */
export function rowTermHints(zh: string | null, english: string, matcher: ZhMatcher, entries: readonly GlossaryEntry[]): RowTermHint[] {
  if (zh === null || zh === '') {
    return checkEnglishTerms(english, entries).matches.map(({ start, end, term, approved, forbidden }) => ({ start, end, term, approved, found: null, forbidden }));
  }
  return checkTerms(zh, english, matcher, entries).matches.map(({ start, end, term, approved, found, forbidden }) => ({ start, end, term, approved, found, forbidden }));
}
