/** The shapes a row may take: Chinese sentences × English sentences. */
export const BEADS: readonly [number, number][] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 0],
  [0, 1],
  [2, 2],
  [1, 3],
  [3, 1],
];

/** Cost of leaving one sentence without a counterpart (an omission or an addition). */
export const SKIP_COST = 0.8;

/**
 * Extra cost per shape, so that 1-1 wins ties and bigger rows must earn their place. Merging
 * always raises a row's word overlap a little, so without this price the aligner would
 * glue neighbours that translate one to one. A 2-2 row costs more than two 1-1 rows could
 * ever save; it is there for a pair of sentences cut at different places.
 */
export function beadPenalty(zh: number, en: number): number {
  if (zh === 0 || en === 0) return 0;
  if (zh === 1 && en === 1) return 0;
  if (zh + en === 3) return 0.5;
  return 1.2;
}
