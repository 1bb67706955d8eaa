import { SKIP_COST, beadPenalty } from './beads';
import type { SentenceFeatures } from './features';

export interface BeadCostOptions {
  /** English characters (spaces aside) per Chinese character; 2.6 by default. */
  lengthRatio?: number;
  /** Weight of lexical evidence (numbers, names, glosses, terms) against sentence length; 0 = length only. */
  lexicalWeight?: number;
}

/** A row that ends both sides' paragraphs together is likely right; one that crosses a paragraph end is likely wrong. */
const PARAGRAPH_BONUS = 0.15;
const PARAGRAPH_STRADDLE = 0.3;
const LENGTH_WEIGHT = 0.5;
/**
 * The median ratio of the TED evaluation set (2.45–2.89 across 24 articles). A per-article
 * estimate was tried and is worse: omissions, the very thing to find, skew it.
 */
const LENGTH_RATIO = 2.6;

/** Rows cover sentences [i0, i1) of the Chinese and [j0, j1) of the English. */
export interface BeadScorer {
  cost(i0: number, i1: number, j0: number, j1: number): number;
  /** How sure the row is, 0–1, for the reviewer: evidence shared and lengths that fit. */
  confidence(i0: number, i1: number, j0: number, j1: number): number;
}

export function beadScorer(f: SentenceFeatures, options: BeadCostOptions = {}): BeadScorer {
  const ratio = options.lengthRatio ?? LENGTH_RATIO;
  const lexicalWeight = options.lexicalWeight ?? 1.2;
  const similarity = (i0: number, i1: number, j0: number, j1: number) => lexicalSimilarity(f, i0, i1, j0, j1);
  const lengthMismatch = (i0: number, i1: number, j0: number, j1: number) => {
    let zhLen = 0;
    let enLen = 0;
    for (let i = i0; i < i1; i += 1) zhLen += f.zh[i]!.length;
    for (let j = j0; j < j1; j += 1) enLen += f.en[j]!.length;
    return Math.abs(Math.log((enLen + 10) / (zhLen * ratio + 10)));
  };
  return {
    cost(i0, i1, j0, j1) {
      const nz = i1 - i0;
      const ne = j1 - j0;
      if (nz === 0 || ne === 0) return SKIP_COST * (nz + ne);
      const size = (nz + ne) / 2;
      const lexical = lexicalWeight > 0 ? lexicalWeight * (1 - similarity(i0, i1, j0, j1)) : 0;
      return size * (lexical + LENGTH_WEIGHT * lengthMismatch(i0, i1, j0, j1)) + beadPenalty(nz, ne) + paragraphCost(f, i0, i1, j0, j1);
    },
    confidence(i0, i1, j0, j1) {
      if (i1 === i0 || j1 === j0) return 0;
      const s = similarity(i0, i1, j0, j1);
      return Math.round(Math.min(1, s * 1.6) * Math.exp(-lengthMismatch(i0, i1, j0, j1)) * 100) / 100;
    },
  };
}

/** F1 of Chinese units shown in the English and English tokens explained by the Chinese. */
function lexicalSimilarity(f: SentenceFeatures, i0: number, i1: number, j0: number, j1: number): number {
  let units = 0;
  let tokens = 0;
  let covered = 0;
  let explained = 0;
  for (let i = i0; i < i1; i += 1) units += f.zh[i]!.units.length;
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
}

/**
 * Paragraph ends are strong hints, not walls: MT output is sometimes paragraphed its own way.
 * A line without a stop (a subheading) is the weakest: the other side often runs it into the
 * next sentence ("Biosensor: your home doctor The team of…"), so a row may cross its end.
 */
function paragraphCost(f: SentenceFeatures, i0: number, i1: number, j0: number, j1: number): number {
  let crossings = 0;
  for (let i = i0; i < i1 - 1; i += 1) if (f.zh[i]!.paragraphEnd && !f.zh[i]!.unstopped) crossings += 1;
  for (let j = j0; j < j1 - 1; j += 1) if (f.en[j]!.paragraphEnd && !f.en[j]!.unstopped) crossings += 1;
  const together = f.zh[i1 - 1]!.paragraphEnd && f.en[j1 - 1]!.paragraphEnd;
  return crossings * PARAGRAPH_STRADDLE - (together ? PARAGRAPH_BONUS : 0);
}
