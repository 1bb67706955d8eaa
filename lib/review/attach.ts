import type { Sentence } from '../text/sentences';
import { mergeCorrections, startsInOrder } from './merge-correction';
import { splitCorrectionSpans } from './split-correction';
import type { Annotation, ReviewFile, StoredRow } from './types';

/** A row of the current layout, as far as re-attaching corrections needs it. */
export interface RowSlot {
  id: string;
  mt: string;
  /** The row's English span in the body text; null for a row with no English. */
  span: [number, number] | null;
  /** Its English sentences, whose texts joined with a space make `mt`. */
  sentences: Sentence[];
  /** Its Chinese, as the page shows it: Chinese-side MQM spans are relative to it. */
  zh: string;
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

/**
 * Corrected rows holding sentences of one row: they were merged into it, so their
 * corrections are joined (see mergeCorrections). A stored row inside the row's span but
 * holding none of its sentences is not claimed: it is listed as unattached.
 */
function attachMerged(slots: RowSlot[], result: (Attachment | null)[], free: [string, StoredRow][], claimed: Set<string>) {
  slots.forEach((slot, i) => {
    if (result[i] || !slot.span) return;
    const inside = free
      .flatMap(([key, stored]) => {
        const span = spanOf(key);
        return span && !claimed.has(key) && within(span, slot.span) ? [{ key, span, stored }] : [];
      })
      .filter(({ span }) => slot.sentences.some((s) => within([s.start, s.end], span)))
      .sort((a, b) => a.span[0] - b.span[0]);
    if (inside.length === 0) return;
    inside.forEach(({ key }) => claimed.add(key));
    result[i] = { stored: mergeCorrections(slot, inside), how: 'merged', sources: inside.map(({ key }) => key) };
  });
}

/**
 * A corrected row whose span holds several rows now: it was split. Its correction is cut
 * where the MT was cut (through the word diff), so each part keeps its own words; flagged.
 * MQM marks go to the part they fall in, on either side.
 */
function attachSplit(slots: RowSlot[], result: (Attachment | null)[], free: [string, StoredRow][], claimed: Set<string>) {
  for (const [key, row] of free) {
    const parts = slots.flatMap((slot, i) => (!result[i] && within(slot.span, spanOf(key)) ? [i] : []));
    if (parts.length === 0) continue;
    claimed.add(key);
    const spans = splitCorrectionSpans(row.mt, row.text, parts.map((i) => slots[i]!.mt));
    const chinese = chineseSpans(row.zh, parts.map((i) => slots[i]!.zh));
    parts.forEach((slotIndex, k) => {
      const { mt, zh } = slots[slotIndex]!;
      const [start, end] = spans?.[k] ?? (k === 0 ? [0, row.text.length] : [0, 0]);
      const text = spans || k === 0 ? row.text.slice(start, end) : mt;
      const annotations = annotationsOfPart(row, { target: spans, source: chinese }, k);
      const stale = spans ? SPLIT_NOTE : SPLIT_WHOLE_NOTE;
      const stored: StoredRow = { ...row, mt, zh, text, state: 'edited', stale, annotations };
      result[slotIndex] = text === mt && k > 0 && annotations.length === 0 ? null : { stored, how: 'split', sources: [key] };
    });
  }
}

/** Where each part's Chinese lies in the split row's; null unless all are found (see startsInOrder). */
function chineseSpans(whole: string | undefined, parts: string[]): [number, number][] | null {
  const starts = whole === undefined ? [] : startsInOrder(whole, parts);
  if (starts.length === 0 || starts.includes(null)) return null;
  return starts.map((start, k) => [start!, start! + parts[k]!.length]);
}

/**
 * The part an MQM mark goes to: the one its span starts in, on its own side. Where a side
 * could not be divided, its marks go to the first part as they are.
 */
function annotationsOfPart(row: StoredRow, spans: Record<Annotation['side'], [number, number][] | null>, part: number): Annotation[] {
  const owner = (a: Annotation) => {
    const sideSpans = spans[a.side];
    return sideSpans ? Math.max(0, sideSpans.findLastIndex(([start]) => start <= a.span[0])) : 0;
  };
  return row.annotations
    .filter((a) => owner(a) === part)
    .map((a) => {
      const sideSpans = spans[a.side];
      if (!sideSpans) return a;
      const [start, end] = sideSpans[part]!;
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
