import type { PairingDocument } from './documents';

/**
 * How likely a candidate is a true pair, judged on relative evidence rather than on a raw
 * score, which means different things in different corpora: chunks of one TED talk share
 * so many words that unrelated ones score 0.34 against each other, while translated news
 * articles can score 0.18. What a true pair has everywhere is a score well above the
 * scores its two articles get from everything else (the margin of Artetxe and Schwenk's
 * parallel-corpus mining, 2019), and not a negligible score itself.
 *
 * evidence = ln(score / TYPICAL_PAIR) + ln(score / neighbourhood), where neighbourhood is
 * the mean of the NEIGHBOURS best scores the English gets from other originals and the
 * original gets from other English (English articles that take the original as their own
 * best are its other versions, not its rivals). Missing neighbours (a small corpus) are
 * filled with UNRELATED, a typical score between unrelated articles.
 *
 * The probability is a logistic curve on the evidence, fitted on TED (24 pairs) and the
 * WMT22 news tuning slice (33 pairs), seeds included: true pairs there have evidence ≥ 1.70
 * and the best candidates of articles without a counterpart ≤ 1.05, so the curve crosses
 * 0.5 half way and gives 0.1 and 0.9 at those two edges.
 */
const NEIGHBOURS = 4;
const UNRELATED = 0.05;
const TYPICAL_PAIR = 0.2;
const MIDPOINT = 1.38;
const SLOPE = 6.7;

export interface RawCandidate {
  zh: PairingDocument;
  en: PairingDocument;
  /** PairScorer's raw score. */
  score: number;
}

export interface RatedCandidate extends RawCandidate {
  /** Probability that the English translates the Chinese, 0–1. */
  confidence: number;
  /** Whether the Chinese is the English article's best candidate. */
  bestForEnglish: boolean;
}

/** Each candidate's confidence, from how it stands against the others in the same corpus. */
export function rateCandidates(raw: RawCandidate[]): RatedCandidate[] {
  const bestZhOf = new Map<PairingDocument, RawCandidate>();
  for (const c of raw) {
    const best = bestZhOf.get(c.en);
    if (!best || c.score > best.score) bestZhOf.set(c.en, c);
  }
  const byEn = group(raw, (c) => c.en);
  const byZh = group(raw, (c) => c.zh);
  return raw.map((c) => {
    const enRivals = byEn.get(c.en)!.filter((o) => o !== c).map((o) => o.score);
    const zhRivals = byZh
      .get(c.zh)!
      .filter((o) => o !== c && bestZhOf.get(o.en)?.zh !== c.zh)
      .map((o) => o.score);
    const neighbourhood = (meanOfTop(enRivals) + meanOfTop(zhRivals)) / 2;
    return { ...c, confidence: probability(c.score, neighbourhood), bestForEnglish: bestZhOf.get(c.en) === c };
  });
}

export function probability(score: number, neighbourhood: number): number {
  if (score <= 0) return 0;
  const evidence = Math.log(score / TYPICAL_PAIR) + Math.log(score / neighbourhood);
  return 1 / (1 + Math.exp(-SLOPE * (evidence - MIDPOINT)));
}

function meanOfTop(scores: number[]): number {
  const top = scores.sort((a, b) => b - a).slice(0, NEIGHBOURS);
  while (top.length < NEIGHBOURS) top.push(UNRELATED);
  return top.reduce((sum, s) => sum + s, 0) / NEIGHBOURS;
}

function group<K>(items: RawCandidate[], key: (c: RawCandidate) => K): Map<K, RawCandidate[]> {
  const map = new Map<K, RawCandidate[]>();
  for (const c of items) {
    const list = map.get(key(c));
    if (list) list.push(c);
    else map.set(key(c), [c]);
  }
  return map;
}
