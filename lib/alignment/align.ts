import type { Sentence } from '../text/sentences';
import type { TermPair } from './anchors';
import { beadScorer, type BeadCostOptions, type BeadScorer } from './bead-cost';
import { BEADS } from './beads';
import { sentenceFeatures } from './features';

export interface AlignedRow {
  zh: Sentence[];
  en: Sentence[];
  /** Confidence that the row's two sides say the same thing, 0–1. */
  score: number;
}

export interface AlignOptions extends BeadCostOptions {
  /** Glossary entries: a term found on both sides ties the two sentences together. */
  termPairs?: readonly TermPair[];
}

export type { TermPair } from './anchors';

/**
 * Aligns the sentences of a Chinese article and its English translation: dynamic
 * programming over rows of 1-1, 1-2, 2-1, 2-2, 1-3, 3-1 sentences and unmatched sentences,
 * scoring each row by dictionary, name, number and glossary evidence plus length, in a band
 * around the diagonal. Input is per paragraph; rows that keep to paragraphs are preferred.
 */
export function alignSentences(zh: Sentence[][], en: Sentence[][], options: AlignOptions = {}): AlignedRow[] {
  const zhFlat = zh.flat();
  const enFlat = en.flat();
  const n = zhFlat.length;
  const m = enFlat.length;
  if (n === 0 || m === 0) return [...zhFlat.map((s) => row([s], [], 0)), ...enFlat.map((s) => row([], [s], 0))];
  // Wide enough for the length difference plus a drift of omissions and additions.
  const width = Math.max(12, Math.ceil(0.12 * Math.max(n, m)) + Math.abs(n - m));
  const inBand = (i: number, j: number) => Math.abs(j - (i * m) / n) <= width;
  const scorer = beadScorer(sentenceFeatures(zh, en, inBand, options.termPairs), options);
  const back = bestPath(n, m, inBand, scorer);
  return traceRows(back, n, m, zhFlat, enFlat, scorer);
}

/** The confidence of a row made by hand (a reviewer's merge or split), on the aligner's scale. */
export function scoreRow(zh: Sentence[], en: Sentence[], options: AlignOptions = {}): number {
  if (zh.length === 0 || en.length === 0) return 0;
  const scorer = beadScorer(sentenceFeatures([zh], [en], () => true, options.termPairs), options);
  return scorer.confidence(0, zh.length, 0, en.length);
}

/** For each cell (i, j) of the band, the bead that reaches it most cheaply. */
function bestPath(n: number, m: number, inBand: (i: number, j: number) => boolean, scorer: BeadScorer): Uint8Array {
  const cols = m + 1;
  const cost = new Float64Array((n + 1) * cols).fill(Infinity);
  const back = new Uint8Array((n + 1) * cols);
  cost[0] = 0;
  for (let i = 0; i <= n; i += 1) {
    for (let j = 0; j <= m; j += 1) {
      if ((i > 0 || j > 0) && !inBand(Math.min(i, n - 1), Math.min(j, m - 1)) && !(i === n && j === m)) continue;
      for (let b = 0; b < BEADS.length; b += 1) {
        const [di, dj] = BEADS[b]!;
        if (i < di || j < dj) continue;
        const previous = cost[(i - di) * cols + (j - dj)]!;
        if (previous === Infinity) continue;
        const total = previous + scorer.cost(i - di, i, j - dj, j);
        if (total < cost[i * cols + j]!) {
          cost[i * cols + j] = total;
          back[i * cols + j] = b;
        }
      }
    }
  }
  return back;
}

function row(zh: Sentence[], en: Sentence[], score: number): AlignedRow {
  return { zh, en, score };
}

function traceRows(back: Uint8Array, n: number, m: number, zh: Sentence[], en: Sentence[], scorer: BeadScorer): AlignedRow[] {
  const rows: AlignedRow[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = BEADS[back[i * (m + 1) + j]!]!;
    rows.push(row(zh.slice(i - di, i), en.slice(j - dj, j), scorer.confidence(i - di, i, j - dj, j)));
    i -= di;
    j -= dj;
  }
  return rows.reverse();
}
