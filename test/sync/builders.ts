import type { GlossaryEntry } from '../../lib/glossary/types';
import type { ReviewFile, RowState, RowVersion, StoredRow } from '../../lib/review/types';

/** A version of a row: revision, text, who, when (minutes past ten, for readable tables). */
export function version(revision: number, text: string, reviewer: string, minute: number, state: RowState = 'edited'): RowVersion {
  return { revision, text, state, reviewer, at: at(minute) };
}

export const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** A stored row whose current text is its last version. */
export function row(mt: string, history: RowVersion[], extra: Partial<StoredRow> = {}): StoredRow {
  const last = history.at(-1);
  return {
    mt,
    text: last?.text ?? mt,
    state: last?.state ?? 'untouched',
    revision: last?.revision ?? 0,
    reviewer: last?.reviewer ?? null,
    updatedAt: last?.at ?? null,
    history,
    dismissals: [],
    annotations: [],
    stale: null,
    conflict: null,
    ...extra,
  };
}

export function review(rows: Record<string, StoredRow>, extra: Partial<ReviewFile> = {}): ReviewFile {
  return { schema: 1, article: 'news~report', zhArticle: null, state: 'in-review', stateBy: null, stateAt: null, rows, rowCount: 4, alignment: null, ...extra };
}

export function entry(id: string, approved: string[], by: string, minute: number): GlossaryEntry {
  return { id, zh: id === 'li' ? '李鸿忠' : '市委书记', approved, forbidden: [], caseSensitive: false, pos: null, note: null, tags: [], updatedBy: by, updatedAt: at(minute) };
}
