import { splitCorrectionSpans } from './split-correction';
import type { Annotation, ReviewFile, StoredRow } from './types';

/** A row of the current layout, as far as re-attaching corrections needs it. */
export interface RowSlot {
  id: string;
  mt: string;
  /** The row's English span in the body text; null for a row with no English. */
  span: [number, number] | null;
}

/**
 * Where a row's stored work came from: its own id ('exact'), the same MT text at other
 * offsets after the article was re-read ('moved'), several rows now merged ('merged'), or
 * a slice of a row now split ('split'). `sources` are the stored keys it consumed.
 */
export interface Attachment {
  stored: StoredRow;
  how: 'exact' | 'moved' | 'merged' | 'split';
  sources: string[];
}

export const SPLIT_NOTE = 'This row was split; check that the correction was divided right.';
export const SPLIT_WHOLE_NOTE = 'This row was split; the correction made on the whole row is kept here.';

export function spanOf(id: string): [number, number] | null {
  const m = /^s(\d+)-(\d+)$/.exec(id);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const within = (inner: [number, number] | null, outer: [number, number] | null) =>
  Boolean(inner && outer && inner[0] >= outer[0] && inner[1] <= outer[1]);
const corrected = (row: StoredRow) => row.revision > 0;
const holdsWork = (row: StoredRow) => row.revision > 0 || row.annotations.length > 0 || row.dismissals.length > 0;

/**
 * Finds each row's stored correction. Passes go from the surest to the loosest, and a stored
 * row is consumed once (except a split row, shared by its parts), so no text is shown twice.
 * A stored row no pass claims stays in the file and is listed by `unattachedKeys`.
 */
export function attachCorrections(slots: RowSlot[], review: ReviewFile): (Attachment | null)[] {
  const result: (Attachment | null)[] = slots.map((slot) => {
    const stored = review.rows[slot.id];
    return stored ? { stored, how: 'exact', sources: [slot.id] } : null;
  });
  const claimed = new Set(result.flatMap((a) => a?.sources ?? []));
  const free = () => Object.entries(review.rows).filter(([key]) => !claimed.has(key));
  if (free().length === 0) return result; // the usual case: every stored row has its own
  attachMoved(slots, result, free().filter(([, row]) => holdsWork(row)), claimed);
  attachMerged(slots, result, free().filter(([, row]) => corrected(row)), claimed);
  attachSplit(slots, result, free().filter(([, row]) => corrected(row)), claimed);
  return result;
}

/** Same MT text, other offsets: the article was re-read with text added or removed before it. */
function attachMoved(slots: RowSlot[], result: (Attachment | null)[], free: [string, StoredRow][], claimed: Set<string>) {
  slots.forEach((slot, i) => {
    if (result[i] || !slot.span) return;
    const near = free
      .filter(([key, row]) => !claimed.has(key) && row.mt === slot.mt && spanOf(key))
      .sort(([a], [b]) => distance(a, slot.span!) - distance(b, slot.span!))[0];
    if (!near) return;
    claimed.add(near[0]);
    result[i] = { stored: near[1], how: 'moved', sources: [near[0]] };
  });
}

const distance = (key: string, span: [number, number]) => Math.abs(spanOf(key)![0] - span[0]);

/** Several corrected rows inside one row: they were merged, so their corrections are joined. */
function attachMerged(slots: RowSlot[], result: (Attachment | null)[], free: [string, StoredRow][], claimed: Set<string>) {
  slots.forEach((slot, i) => {
    if (result[i] || !slot.span) return;
    const inside = free
      .filter(([key]) => !claimed.has(key) && within(spanOf(key), slot.span))
      .sort(([a], [b]) => spanOf(a)![0] - spanOf(b)![0]);
    if (inside.length === 0) return;
    inside.forEach(([key]) => claimed.add(key));
    result[i] = { stored: joinCorrections(inside.map(([, row]) => row)), how: 'merged', sources: inside.map(([key]) => key) };
  });
}

function joinCorrections(rows: StoredRow[]): StoredRow {
  const first = rows[0]!;
  if (rows.length === 1) return first;
  return {
    ...first,
    mt: rows.map((r) => r.mt).join(' '),
    text: rows.map((r) => r.text).join(' '),
    state: 'edited',
    revision: Math.max(...rows.map((r) => r.revision)),
    history: rows.flatMap((r) => r.history).sort((a, b) => a.at.localeCompare(b.at)),
    dismissals: rows.flatMap((r) => r.dismissals),
    annotations: joinedAnnotations(rows),
    stale: rows.some((r) => r.stale) ? rows.find((r) => r.stale)!.stale : null,
  };
}

/**
 * MQM marks of merged rows, English spans moved to where each row's text now starts. The
 * Chinese spans cannot be moved (the file keeps no row's Chinese): they are kept as they
 * are, so the score still counts them.
 */
function joinedAnnotations(rows: StoredRow[]): Annotation[] {
  let offset = 0;
  return rows.flatMap((row) => {
    const moved = row.annotations.map((a): Annotation => (a.side === 'target' ? { ...a, span: [a.span[0] + offset, a.span[1] + offset] } : a));
    offset += row.text.length + 1;
    return moved;
  });
}

/**
 * A corrected row whose span holds several rows now: it was split. Its correction is cut
 * where the MT was cut (through the word diff), so each part keeps its own words; flagged.
 * MQM marks on the English go to the part they fall in; those on the Chinese to the first.
 */
function attachSplit(slots: RowSlot[], result: (Attachment | null)[], free: [string, StoredRow][], claimed: Set<string>) {
  for (const [key, row] of free) {
    const parts = slots.flatMap((slot, i) => (!result[i] && within(slot.span, spanOf(key)) ? [i] : []));
    if (parts.length === 0) continue;
    claimed.add(key);
    const spans = splitCorrectionSpans(row.mt, row.text, parts.map((i) => slots[i]!.mt));
    parts.forEach((slotIndex, k) => {
      const mt = slots[slotIndex]!.mt;
      const [start, end] = spans?.[k] ?? (k === 0 ? [0, row.text.length] : [0, 0]);
      const text = spans || k === 0 ? row.text.slice(start, end) : mt;
      const annotations = annotationsOfPart(row, spans, k);
      const stale = spans ? SPLIT_NOTE : SPLIT_WHOLE_NOTE;
      const stored: StoredRow = { ...row, mt, text, state: 'edited', stale, annotations };
      result[slotIndex] = text === mt && k > 0 && annotations.length === 0 ? null : { stored, how: 'split', sources: [key] };
    });
  }
}

/** The part an MQM mark goes to: the one its English span starts in; Chinese-side marks to the first. */
function annotationsOfPart(row: StoredRow, spans: [number, number][] | null, part: number): Annotation[] {
  const owner = (a: Annotation) => (a.side === 'source' || !spans ? 0 : Math.max(0, spans.findLastIndex(([start]) => start <= a.span[0])));
  return row.annotations
    .filter((a) => owner(a) === part)
    .map((a) => {
      if (a.side === 'source' || !spans) return a;
      const [start, end] = spans[part]!;
      const clamp = (n: number) => Math.min(Math.max(n - start, 0), end - start);
      return { ...a, span: [clamp(a.span[0]), clamp(a.span[1])] };
    });
}

/** Stored rows with work in them that no row of the layout shows: kept, and listed. */
export function unattachedKeys(attachments: (Attachment | null)[], review: ReviewFile): string[] {
  const claimed = new Set(attachments.flatMap((a) => a?.sources ?? []));
  return Object.entries(review.rows)
    .filter(([key, row]) => !claimed.has(key) && holdsWork(row))
    .map(([key]) => key);
}
