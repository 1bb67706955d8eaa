import type { GlossaryEntry } from '@/lib/glossary/types';

/** A glossary entry as the glossary page shows it: the entry, its usage and its duplicates. */
export interface GlossaryRow extends GlossaryEntry {
  /** Articles whose Chinese contains the term, and how many of their English use an approved rendering. */
  usage: { articles: number; approvedInEnglish: number } | null;
  /** Ids of other entries with the same term after Traditional→Simplified normalisation. */
  duplicateOf: string[];
}

export type EntryInput = Pick<GlossaryRow, 'zh' | 'approved' | 'forbidden' | 'caseSensitive' | 'pos' | 'note' | 'tags'>;
