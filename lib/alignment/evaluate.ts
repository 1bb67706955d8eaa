import type { AlignedRow } from './align';

export interface GoldSegment {
  seg: number;
  start: number;
  end: number;
}

/**
 * The gold segments a sentence holds. A quote mark or stop that a segment boundary left on
 * the wrong side (WMT22 news cuts "…两周 。" | "”与此同时…") does not make a sentence hold
 * the next segment: overlaps of two characters or less count only when that is the whole segment.
 */
function segmentsOf(span: { start: number; end: number }, gold: GoldSegment[]): number[] {
  return gold
    .filter((g) => {
      const overlap = Math.min(span.end, g.end) - Math.max(span.start, g.start);
      return overlap > 2 || (overlap > 0 && overlap >= g.end - g.start);
    })
    .map((g) => g.seg);
}

/**
 * Link precision, recall and F1: a link joins a Chinese and an English segment that share
 * a row; the true links join each segment to itself.
 */
export function linkScores(rows: AlignedRow[], zhGold: GoldSegment[], enGold: GoldSegment[]) {
  const predicted = new Set<string>();
  for (const row of rows) {
    const zs = new Set(row.zh.flatMap((s) => segmentsOf(s, zhGold)));
    const es = new Set(row.en.flatMap((s) => segmentsOf(s, enGold)));
    for (const z of zs) for (const e of es) predicted.add(`${z}:${e}`);
  }
  const enSegs = new Set(enGold.map((g) => g.seg));
  const gold = new Set(zhGold.filter((g) => enSegs.has(g.seg)).map((g) => `${g.seg}:${g.seg}`));
  const correct = [...predicted].filter((link) => gold.has(link)).length;
  return { correct, predicted: predicted.size, gold: gold.size };
}

export function f1(scores: { correct: number; predicted: number; gold: number }) {
  const precision = scores.predicted ? scores.correct / scores.predicted : 0;
  const recall = scores.gold ? scores.correct / scores.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Like linkScores, but a row whose Chinese and English hold the same segments counts as
 * right whole: a merge both sides agree on ("headline run into its first line") loses the
 * reviewer nothing. Its links are counted as the segments' own.
 */
export function linkScoresCountingMerges(rows: AlignedRow[], zhGold: GoldSegment[], enGold: GoldSegment[]) {
  const predicted = new Set<string>();
  for (const row of rows) {
    const zs = new Set(row.zh.flatMap((s) => segmentsOf(s, zhGold)));
    const es = new Set(row.en.flatMap((s) => segmentsOf(s, enGold)));
    const consistent = zs.size === es.size && [...zs].every((z) => es.has(z));
    if (consistent) for (const z of zs) predicted.add(`${z}:${z}`);
    else for (const z of zs) for (const e of es) predicted.add(`${z}:${e}`);
  }
  const enSegs = new Set(enGold.map((g) => g.seg));
  const gold = new Set(zhGold.filter((g) => enSegs.has(g.seg)).map((g) => `${g.seg}:${g.seg}`));
  const correct = [...predicted].filter((link) => gold.has(link)).length;
  return { correct, predicted: predicted.size, gold: gold.size };
}
