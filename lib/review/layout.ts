import type { AlignedRow } from '../alignment/align';
import { AppError } from '../errors';
import type { ReviewFile } from './types';

export type LayoutEdit =
  | { kind: 'merge-next'; row: number }
  | { kind: 'split'; row: number }
  | { kind: 'move-down'; row: number; side: 'zh' | 'en' }
  | { kind: 'move-up'; row: number; side: 'zh' | 'en' };

/**
 * Reviewer's corrections to the alignment: merge a row with the next, split a row in two,
 * or move a row's last sentence down into the next row (its first sentence up into the row
 * before). Returns the new rows; empty rows disappear.
 */
export function editLayout(rows: AlignedRow[], edit: LayoutEdit): AlignedRow[] {
  const at = edit.row;
  const row = rows[at];
  if (!row) throw new AppError('bad-input', `There is no row ${at + 1}.`);
  const next = [...rows];
  if (edit.kind === 'merge-next') {
    const after = rows[at + 1];
    if (!after) throw new AppError('bad-input', 'The last row has no next row to merge with.');
    next.splice(at, 2, { zh: [...row.zh, ...after.zh], en: [...row.en, ...after.en], score: 1 });
  } else if (edit.kind === 'split') {
    if (row.zh.length + row.en.length < 3 && (row.zh.length < 2 && row.en.length < 2)) {
      throw new AppError('bad-input', 'This row holds one sentence per side: there is nothing to split.');
    }
    const z = Math.ceil(row.zh.length / 2);
    const e = Math.ceil(row.en.length / 2);
    next.splice(at, 1, { zh: row.zh.slice(0, z), en: row.en.slice(0, e), score: 1 }, { zh: row.zh.slice(z), en: row.en.slice(e), score: 1 });
  } else {
    const target = edit.kind === 'move-down' ? at + 1 : at - 1;
    const other = rows[target];
    if (!other) throw new AppError('bad-input', `There is no row ${target + 1} to move a sentence into.`);
    const from = row[edit.side];
    if (from.length === 0) throw new AppError('bad-input', 'This side of the row has no sentence to move.');
    const moved = edit.kind === 'move-down' ? from.at(-1)! : from[0]!;
    const rest = edit.kind === 'move-down' ? from.slice(0, -1) : from.slice(1);
    const into = edit.kind === 'move-down' ? [moved, ...other[edit.side]] : [...other[edit.side], moved];
    next[at] = { ...row, [edit.side]: rest, score: 1 };
    next[target] = { ...other, [edit.side]: into, score: 1 };
  }
  return next.filter((r) => r.zh.length + r.en.length > 0);
}

export function withLayout(review: ReviewFile, rows: AlignedRow[]): ReviewFile {
  const spans = (list: { start: number; end: number }[]) => list.map((s): [number, number] => [s.start, s.end]);
  return { ...review, alignment: rows.map((r) => ({ zh: spans(r.zh), en: spans(r.en) })) };
}
