import type { AlignedRow } from '../alignment/align';
import type { Sentence } from '../text/sentences';
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

function spanOf(id: string): [number, number] | null {
  const m = /^s(\d+)-(\d+)$/.exec(id);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * The review rows: current alignment plus what the file holds. A stored correction whose
 * span matches a row attaches to it; several inside one row (rows were merged) are joined;
 * one covering several rows (a row was split) goes to the first, flagged. Nothing is dropped.
 */
export function buildReviewRows(aligned: AlignedRow[], review: ReviewFile, monolingual: boolean): ReviewRow[] {
  const stored = Object.entries(review.rows);
  const exact = new Map(stored);
  const used = new Set<string>();
  return aligned.map((row) => {
    const id = rowId(row);
    const mt = joinEnglish(row.en);
    const base = {
      id,
      zh: monolingual ? null : joinChinese(row.zh),
      mt,
      zhSpans: row.zh.map((s): [number, number] => [s.start, s.end]),
      enSpans: row.en.map((s): [number, number] => [s.start, s.end]),
    };
    const attached = attach(id, exact, stored, used);
    if (!attached) return { ...base, ...untouched(mt) };
    const stale = attached.stale ?? (attached.mt !== mt ? 'The machine translation under this correction changed.' : null);
    return { ...base, ...attached, stale };
  });
}

function untouched(mt: string): Omit<StoredRow, 'mt'> {
  return { text: mt, state: 'untouched', revision: 0, reviewer: null, updatedAt: null, history: [], dismissals: [], annotations: [], stale: null };
}

function attach(id: string, exact: Map<string, StoredRow>, stored: [string, StoredRow][], used: Set<string>): StoredRow | null {
  const same = exact.get(id);
  if (same) {
    used.add(id);
    return same;
  }
  const span = spanOf(id);
  if (!span) return null;
  const inside = stored.filter(([key, row]) => !used.has(key) && row.revision > 0 && within(spanOf(key), span));
  if (inside.length > 0) {
    inside.forEach(([key]) => used.add(key));
    return joinCorrections(inside.map(([, row]) => row));
  }
  const around = stored.find(([key, row]) => !used.has(key) && row.revision > 0 && within(span, spanOf(key)));
  if (!around) return null;
  used.add(around[0]);
  return { ...around[1], stale: 'This row was split; the correction made on the whole row is kept here.' };
}

function within(inner: [number, number] | null, outer: [number, number] | null): boolean {
  return Boolean(inner && outer && inner[0] >= outer[0] && inner[1] <= outer[1]);
}

function joinCorrections(rows: StoredRow[]): StoredRow {
  const [first] = rows;
  if (rows.length === 1) return first!;
  return {
    ...first!,
    mt: rows.map((r) => r.mt).join(' '),
    text: rows.map((r) => r.text).join(' '),
    state: 'edited',
    revision: Math.max(...rows.map((r) => r.revision)),
    history: rows.flatMap((r) => r.history),
    dismissals: rows.flatMap((r) => r.dismissals),
    annotations: first!.annotations,
    stale: null,
  };
}
