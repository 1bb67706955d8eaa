/** A glossary entry as the glossary page edits it (the same fields as lib/glossary). */
export interface GlossaryRow {
  id: string;
  zh: string;
  approved: string[];
  forbidden: string[];
  caseSensitive: boolean;
  pos: string | null;
  note: string | null;
  tags: string[];
  updatedBy: string | null;
  updatedAt: string | null;
  /** Articles whose Chinese contains the term, and how many of their English use an approved rendering. */
  usage: { articles: number; approvedInEnglish: number } | null;
  /** Ids of other entries with the same term after Traditional→Simplified normalisation. */
  duplicateOf: string[];
}

export type EntryInput = Pick<GlossaryRow, 'zh' | 'approved' | 'forbidden' | 'caseSensitive' | 'pos' | 'note' | 'tags'>;
