import type { EntryDraft } from './types';

/** Entry fields an import file can carry; a field the file lacks is left as it was on update. */
export type ImportField = 'id' | 'zh' | 'approved' | 'forbidden' | 'caseSensitive' | 'pos' | 'note' | 'tags';

/** One entry read from an import file, before it is compared with the glossary. */
export interface ImportRow {
  /** 1-based line in the file where the row starts (for TBX, the entry's opening tag). */
  line: number;
  draft?: EntryDraft;
  /** Why the row cannot be imported; header problems come as a row at line 1. */
  error?: string;
}

/** What a format parser returns: its rows and which entry fields the file has at all. */
export interface ParsedGlossary {
  rows: ImportRow[];
  fields: ImportField[];
}

export type GlossaryFormat = 'csv' | 'tsv' | 'tbx';
