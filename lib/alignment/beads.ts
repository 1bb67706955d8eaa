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

/** Extra cost per shape, so that 1-1 wins ties and skips are a last resort. */
export function beadPenalty(zh: number, en: number): number {
  if (zh === 0 || en === 0) return 0;
  if (zh === 1 && en === 1) return 0;
  if (zh + en === 3) return 0.12;
  return 0.35;
}
