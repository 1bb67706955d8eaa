// Link F1 of an alignment benchmark, strict and counting consistent merges as right, with
// per-pair figures so that a good total cannot hide a pair that came out badly.
import type { AlignedRow } from '../lib/alignment/align';
import { f1, linkScores, linkScoresCountingMerges, type GoldSegment } from '../lib/alignment/evaluate';

type Counts = { correct: number; predicted: number; gold: number };

export interface PairFigures {
  name: string;
  strict: number;
  merges: number;
}

export class AlignmentReport {
  readonly strict: Counts = { correct: 0, predicted: 0, gold: 0 };
  readonly merges: Counts = { correct: 0, predicted: 0, gold: 0 };
  readonly pairs: PairFigures[] = [];

  add(name: string, rows: AlignedRow[], zhGold: GoldSegment[], enGold: GoldSegment[]): void {
    const strict = linkScores(rows, zhGold, enGold);
    const merges = linkScoresCountingMerges(rows, zhGold, enGold);
    for (const key of ['correct', 'predicted', 'gold'] as const) {
      this.strict[key] += strict[key];
      this.merges[key] += merges[key];
    }
    this.pairs.push({ name, strict: f1(strict).f1, merges: f1(merges).f1 });
  }

  /** "P 0.97 R 0.99 F1 0.98 strict · F1 0.99 counting consistent merges · per pair median …, worst …" */
  summary(): string {
    const s = f1(this.strict);
    const m = f1(this.merges);
    const perPair = this.pairs.map((p) => p.strict).sort((a, b) => a - b);
    const median = perPair[Math.floor(perPair.length / 2)] ?? 0;
    return (
      `strict P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} · counting consistent merges F1 ${m.f1.toFixed(3)}` +
      ` · per pair strict F1 median ${median.toFixed(3)}, ${perPair.filter((x) => x < 0.9).length} of ${perPair.length} below 0.9`
    );
  }

  /** The `count` pairs with the lowest strict F1. */
  worst(count: number): string[] {
    return [...this.pairs]
      .sort((a, b) => a.strict - b.strict || a.merges - b.merges)
      .slice(0, count)
      .map((p) => `    ${p.strict.toFixed(3)} strict, ${p.merges.toFixed(3)} with merges  ${p.name}`);
  }
}
