import { diffWordsWithSpace } from 'diff';

/**
 * Cuts a correction made on a whole row into the parts its MT was split into. Each part's
 * MT is found in the old MT, in order; the cut points are carried over to the correction
 * through the word diff. Null when a part's MT is not in the old MT (the MT changed too) or
 * a cut does not land on a sentence end in the correction.
 */
export function splitCorrection(oldMt: string, correction: string, partMts: string[]): string[] | null {
  return splitCorrectionSpans(oldMt, correction, partMts)?.map(([start, end]) => correction.slice(start, end)) ?? null;
}

/** Where each part's text lies in the correction (trimmed), or null as for splitCorrection. */
export function splitCorrectionSpans(oldMt: string, correction: string, partMts: string[]): [number, number][] | null {
  const starts: number[] = [];
  let cursor = 0;
  for (const part of partMts) {
    const at = oldMt.indexOf(part.trim(), cursor);
    if (at < 0) return null;
    starts.push(at);
    cursor = at + part.trim().length;
  }
  const bounds = [0, ...mapThroughDiff(oldMt, correction, starts.slice(1)), correction.length];
  const spans = partMts.map((_, k) => trimmed(correction, bounds[k]!, bounds[k + 1]!));
  // A cut that does not fall after a sentence end means the reviewer rewrote across it
  // (two sentences made one): there is no honest way to divide that.
  const clean = spans.every(([start, end], k) => end > start && (k === spans.length - 1 || SENTENCE_END.test(correction.slice(start, end))));
  return clean ? spans : null;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return [start, end];
}

const SENTENCE_END = /[.!?…:;"”’)\]]$/u;

/**
 * Carries positions in `before` (ascending) to positions in `after`. Deleted text maps to
 * where it stood; an insertion right at a cut goes with the text after it (a word added at
 * the start of a sentence), unless it replaces deleted text just before the cut (a changed
 * full stop stays with its sentence).
 */
export function mapThroughDiff(before: string, after: string, positions: number[]): number[] {
  const out: number[] = [];
  let b = 0;
  let a = 0;
  let k = 0;
  let previousRemoved = false;
  for (const change of diffWordsWithSpace(before, after)) {
    const length = change.value.length;
    if (change.added) {
      if (!previousRemoved) for (; k < positions.length && positions[k]! <= b; k += 1) out[k] = a;
      a += length;
      previousRemoved = false;
      continue;
    }
    for (; k < positions.length && positions[k]! < b + length; k += 1) out[k] = change.removed ? a : a + Math.max(0, positions[k]! - b);
    b += length;
    if (!change.removed) a += length;
    previousRemoved = Boolean(change.removed);
  }
  for (; k < positions.length; k += 1) out[k] = a;
  return out;
}
