import type { Sentence } from '../text/sentences';
import { BEADS, beadPenalty } from './beads';
import { sentenceFeatures, type SentenceFeatures } from './features';

export interface AlignedRow {
  zh: Sentence[];
  en: Sentence[];
  /** Confidence that the row's two sides say the same thing, 0–1. */
  score: number;
}

export interface AlignOptions {
  /** English characters per Chinese character in a typical translation. */
  lengthRatio?: number;
  /** Weight of lexical evidence against sentence length. */
  lexicalWeight?: number;
}

const SKIP_COST = 0.95;
const PARAGRAPH_BONUS = 0.15;

/**
 * Aligns the sentences of a Chinese article and its English translation: dynamic
 * programming over rows of 1-1, 1-2, 2-1, 2-2, 1-3, 3-1 sentences and unmatched sentences,
 * scoring each row by dictionary and number evidence plus length, in a band around the
 * diagonal. Input is per paragraph; paragraph ends shared by both sides are rewarded.
 */
export function alignSentences(zh: Sentence[][], en: Sentence[][], options: AlignOptions = {}): AlignedRow[] {
  const zhFlat = zh.flat();
  const enFlat = en.flat();
  const n = zhFlat.length;
  const m = enFlat.length;
  if (n === 0 || m === 0) return [...zhFlat.map((s) => row([s], [], 0)), ...enFlat.map((s) => row([], [s], 0))];
  const width = Math.max(12, Math.ceil(0.12 * Math.max(n, m)) + Math.abs(n - m));
  const inBand = (i: number, j: number) => Math.abs(j - (i * m) / n) <= width;
  const features = sentenceFeatures(zh, en, inBand);
  const score = beadScorer(features, options);
  const cols = m + 1;
  const cost = new Float64Array((n + 1) * cols).fill(Infinity);
  const back = new Uint8Array((n + 1) * cols);
  cost[0] = 0;
  for (let i = 0; i <= n; i += 1) {
    for (let j = 0; j <= m; j += 1) {
      if ((i > 0 || j > 0) && !inBand(Math.min(i, n - 1), Math.min(j, m - 1)) && !(i === n && j === m)) continue;
      BEADS.forEach(([di, dj], b) => {
        if (i < di || j < dj) return;
        const previous = cost[(i - di) * cols + (j - dj)]!;
        if (previous === Infinity) return;
        const total = previous + score.cost(i - di, i, j - dj, j);
        if (total < cost[i * cols + j]!) {
          cost[i * cols + j] = total;
          back[i * cols + j] = b;
        }
      });
    }
  }
  return traceRows(back, cols, n, m, zhFlat, enFlat, score);
}

function row(zh: Sentence[], en: Sentence[], score: number): AlignedRow {
  return { zh, en, score };
}

function traceRows(back: Uint8Array, cols: number, n: number, m: number, zh: Sentence[], en: Sentence[], score: ReturnType<typeof beadScorer>): AlignedRow[] {
  const rows: AlignedRow[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = BEADS[back[i * cols + j]!]!;
    rows.push(row(zh.slice(i - di, i), en.slice(j - dj, j), score.confidence(i - di, i, j - dj, j)));
    i -= di;
    j -= dj;
  }
  return rows.reverse();
}

function beadScorer(f: SentenceFeatures, options: AlignOptions) {
  const ratio = options.lengthRatio ?? 2.6;
  const lexicalWeight = options.lexicalWeight ?? 0.4;
  const similarity = (i0: number, i1: number, j0: number, j1: number) => {
    let units = 0;
    let tokens = 0;
    let covered = 0;
    let explained = 0;
    for (let i = i0; i < i1; i += 1) units += f.zh[i]!.evidence.units.length;
    for (let j = j0; j < j1; j += 1) tokens += f.en[j]!.tokens.size;
    for (let i = i0; i < i1; i += 1) {
      for (let j = j0; j < j1; j += 1) {
        covered += f.covered(i, j);
        explained += f.explained(i, j);
      }
    }
    const recall = units ? Math.min(1, covered / units) : 0;
    const precision = tokens ? Math.min(1, explained / tokens) : 0;
    return recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  };
  const lengthMismatch = (i0: number, i1: number, j0: number, j1: number) => {
    let zhLen = 0;
    let enLen = 0;
    for (let i = i0; i < i1; i += 1) zhLen += f.zh[i]!.length;
    for (let j = j0; j < j1; j += 1) enLen += f.en[j]!.length;
    return Math.abs(Math.log((enLen + 10) / (zhLen * ratio + 10)));
  };
  return {
    cost(i0: number, i1: number, j0: number, j1: number): number {
      const nz = i1 - i0;
      const ne = j1 - j0;
      if (nz === 0 || ne === 0) return SKIP_COST * (nz + ne);
      const size = (nz + ne) / 2;
      const lexical = 1 - similarity(i0, i1, j0, j1);
      const bonus = f.zh[i1 - 1]!.paragraphEnd && f.en[j1 - 1]!.paragraphEnd ? PARAGRAPH_BONUS : 0;
      return size * (lexicalWeight * lexical + 0.5 * lengthMismatch(i0, i1, j0, j1)) + beadPenalty(nz, ne) - bonus;
    },
    confidence(i0: number, i1: number, j0: number, j1: number): number {
      if (i1 === i0 || j1 === j0) return 0;
      const s = similarity(i0, i1, j0, j1);
      return Math.round(Math.min(1, s * 1.6) * Math.exp(-lengthMismatch(i0, i1, j0, j1)) * 100) / 100;
    },
  };
}
