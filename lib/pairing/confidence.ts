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
 * The probability is a logistic curve on the evidence, fitted on TED (24 pairs) and three
 * corpora drawn from the WMT22 news tuning slice (87 pairs), seeds included: true pairs
 * there have evidence ≥ 1.55 and the best candidates of articles without a counterpart
 * ≤ 0.65 (names and numbers weighed, below). The curve crosses 0.5 at 1.2, a little past
 * half way towards the pairs, because in a corpus of near duplicates (the 1,000 × 1,000
 * benchmark, articles of TED sentences that recur across articles) an English article
 * sharing three of its eight sentences with an original reaches 1.3–1.4: precision first.
 * It gives 0.06 and 0.85 at the two edges.
 *
 * Two reports on the same kind of meeting can stand out like a pair in a small corpus (the
 * seeds: a Shangdang interview and a Taixing conference). What they lack is the names and
 * numbers: the English of a true pair has most of its own explained by the Chinese (at
 * least 0.4 of them, smoothed, on TED and the tuning slice), unrelated reports a few
 * (0.07–0.15 on the seeds). With six or more, a low share makes the pair unlikely.
 */
const NEIGHBOURS = 4;
const UNRELATED = 0.05;
const TYPICAL_PAIR = 0.2;
const MIDPOINT = 1.2;
const SLOPE = 4.9;
const SPECIFIC_ENOUGH = 6;
const SPECIFIC_MIDPOINT = 0.28;
const SPECIFIC_SLOPE = 25;

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
  // Each group sorted once, best first; a candidate's rivals are its group without itself.
  const byEn = sortedGroups(raw, (c) => c.en);
  // English articles that take the original as their own best are its other versions, not its rivals.
  const byZh = sortedGroups(raw, (c) => c.zh);
  for (const [zh, group] of byZh) byZh.set(zh, group.filter((o) => bestZhOf.get(o.en)?.zh !== zh));
  return raw.map((c) => {
    const neighbourhood = (meanOfTopRivals(byEn.get(c.en)!, c) + meanOfTopRivals(byZh.get(c.zh)!, c)) / 2;
    const confidence = probability(c.score, neighbourhood) * specificFit(c.zh, c.en);
    return { ...c, confidence, bestForEnglish: bestZhOf.get(c.en) === c };
  });
}

export function probability(score: number, neighbourhood: number): number {
  if (score <= 0) return 0;
  const evidence = Math.log(score / TYPICAL_PAIR) + Math.log(score / neighbourhood);
  return 1 / (1 + Math.exp(-SLOPE * (evidence - MIDPOINT)));
}

/** Near 1 unless the English names six or more names and numbers the Chinese mostly does not explain. */
function specificFit(zh: PairingDocument, en: PairingDocument): number {
  if (en.specific.size < SPECIFIC_ENOUGH) return 1;
  const share = (en.specific.countShared(zh.tokens) + 1) / (en.specific.size + 2);
  return 1 / (1 + Math.exp(-SPECIFIC_SLOPE * (share - SPECIFIC_MIDPOINT)));
}

/** The mean of the NEIGHBOURS best scores in a group sorted best first, `self` left out, padded with UNRELATED. */
function meanOfTopRivals(sorted: RawCandidate[], self: RawCandidate): number {
  let sum = 0;
  let taken = 0;
  for (let i = 0; i < sorted.length && taken < NEIGHBOURS; i += 1) {
    if (sorted[i] === self) continue;
    sum += sorted[i]!.score;
    taken += 1;
  }
  for (; taken < NEIGHBOURS; taken += 1) sum += UNRELATED;
  return sum / NEIGHBOURS;
}

function sortedGroups<K>(items: RawCandidate[], key: (c: RawCandidate) => K): Map<K, RawCandidate[]> {
  const map = new Map<K, RawCandidate[]>();
  for (const c of items) {
    const list = map.get(key(c));
    if (list) list.push(c);
    else map.set(key(c), [c]);
  }
  for (const list of map.values()) list.sort((a, b) => b.score - a.score);
  return map;
}
