import type { AlignedRow } from '../alignment/align';
import type { Sentence } from '../text/sentences';
import { attachCorrections, spanOf, unattachedKeys, type RowSlot } from './attach';
import type { ReviewFile, ReviewRow, StoredRow } from './types';

/**
 * A row's id is the span of its English sentences in the English body ("s120-388"), or of
 * its Chinese ones when it has no English ("z40-66"). Corrections are stored under it, so
 * they stay with their sentences whatever the Chinese side or the row order does.
 */
export function rowId(row: AlignedRow): string {
  if (row.en.length) return `s${row.en[0]!.start}-${row.en.at(-1)!.end}`;
  return `z${row.zh[0]!.start}-${row.zh.at(-1)!.end}`;
}

const joinEnglish = (sentences: Sentence[]) => sentences.map((s) => s.text).join(' ');
const joinChinese = (sentences: Sentence[]) => sentences.map((s) => s.text).join('');

/** The slots re-attachment works on: each row's id, MT, English span and sentences, and Chinese. */
export function rowSlots(aligned: AlignedRow[]): RowSlot[] {
  return aligned.map((row) => {
    const id = rowId(row);
    return { id, mt: joinEnglish(row.en), span: spanOf(id), sentences: row.en, zh: joinChinese(row.zh) };
  });
}

/**
 * The review rows: current alignment plus what the file holds. A stored correction whose
 * span matches a row attaches to it; one whose MT moved attaches by its text; several inside
 * one row (rows were merged) are joined; one covering several rows (a row was split) is cut
 * between the parts. Nothing is dropped: see `unattachedCorrections`.
 */
export function buildReviewRows(aligned: AlignedRow[], review: ReviewFile, monolingual: boolean): ReviewRow[] {
  const slots = rowSlots(aligned);
  const attachments = attachCorrections(slots, review);
  return aligned.map((row, i) => {
    const { id, mt } = slots[i]!;
    const base = {
      id,
      zh: monolingual ? null : joinChinese(row.zh),
      mt,
      zhSpans: row.zh.map((s): [number, number] => [s.start, s.end]),
      enSpans: row.en.map((s): [number, number] => [s.start, s.end]),
    };
    const attached = attachments[i]?.stored;
    if (!attached) return { ...base, ...untouched(mt) };
    const { zh: _chineseThen, ...work } = attached; // the page shows the Chinese as it is now
    const stale = attached.stale ?? (attached.mt !== mt ? 'The machine translation under this correction changed.' : null);
    return { ...base, ...work, mt, stale };
  });
}

function untouched(mt: string): Omit<StoredRow, 'mt' | 'zh'> {
  return { text: mt, state: 'untouched', revision: 0, reviewer: null, updatedAt: null, history: [], dismissals: [], annotations: [], stale: null, conflict: null };
}

/** A stored correction no row shows, under the key it was stored with. */
export type UnattachedCorrection = { key: string } & StoredRow;

/**
 * Stored corrections no row of this layout shows (their sentences are gone): kept in the
 * file, listed here in the order their sentences stood in the article.
 */
export function unattachedCorrections(aligned: AlignedRow[], review: ReviewFile): UnattachedCorrection[] {
  const keys = unattachedKeys(attachCorrections(rowSlots(aligned), review), review);
  const position = (key: string) => spanOf(key)?.[0] ?? Number.MAX_SAFE_INTEGER;
  return keys.sort((a, b) => position(a) - position(b) || a.localeCompare(b)).map((key) => ({ key, ...review.rows[key]! }));
}

/**
 * The file re-keyed to the current layout, done before every write: corrections attached
 * by text, merge or split are stored under their row's id and their old keys removed, so
 * the revision a reviewer saw is the one a save is checked against, and nothing shows twice.
 */
export function settleCorrections(review: ReviewFile, aligned: AlignedRow[]): ReviewFile {
  const slots = rowSlots(aligned);
  const attachments = attachCorrections(slots, review);
  if (attachments.every((a) => !a || a.how === 'exact')) return review;
  const rows = { ...review.rows };
  for (const a of attachments) if (a && a.how !== 'exact') a.sources.forEach((key) => delete rows[key]);
  attachments.forEach((a, i) => {
    if (a && a.how !== 'exact') rows[slots[i]!.id] = a.stored;
  });
  return { ...review, rows };
}
