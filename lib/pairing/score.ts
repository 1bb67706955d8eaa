import type { PairingDocument } from './documents';
import { tokenOf } from './token-set';

/**
 * Scores Chinese articles against English ones. IDF comes from the English side: a token
 * most English articles contain (city, development) says little; a name in pinyin or a
 * number says much. Candidates come from an inverted index of the rarer tokens, so a
 * thousand by a thousand articles never means a million full comparisons.
 */
export interface Candidate {
  en: PairingDocument;
  score: number;
}

const CANDIDATES_PER_ARTICLE = 8;
/**
 * English characters per Chinese character in a typical translation, before the corpus
 * says otherwise: TED talks run 2.45–2.89, WMT22 news 2.8–4.1 (news English spells out
 * what Chinese headlines and officialese compress), so the corpus's own ratio is estimated
 * (see estimateLengthRatio) and this is only its prior.
 */
const PRIOR_LENGTH_RATIO = 2.6;
/** How many articles' worth of belief the prior carries against the corpus's estimate. */
const PRIOR_WEIGHT = 8;
/**
 * Candidate generation stays short whatever the corpus: a token in more English articles
 * than this is not indexed (in a newsroom's corpus six MT versions of every original, and
 * follow-ups on one story, share most words), and a Chinese article votes with its rarest
 * indexed tokens only: names, numbers, dates. Both bound the work per article. A Chinese
 * article's tokens include every CC-CEDICT gloss of its words, and its rarest few dozen are
 * mostly glosses no translation uses: with 48, news pairing recall fell from 1.00 to 0.59 on
 * the tuning slice; 256 gives 1.00 again at the same speed (1,000 × 1,000 in 1.0 s).
 */
const MAX_POSTINGS = 200;
const QUERY_TOKENS = 256;

export class PairScorer {
  /** IDF by token number (see TokenSet); 0 for a token no English article has. */
  private readonly idf: Float64Array;
  private readonly index = new Map<number, PairingDocument[]>();
  private readonly enWeight = new Map<PairingDocument, number>();
  private readonly shortlists = new Map<PairingDocument, PairingDocument[]>();
  private lengthRatio = PRIOR_LENGTH_RATIO;

  /** With the Chinese articles given, the length ratio is estimated from the corpus. */
  constructor(
    private readonly english: PairingDocument[],
    chinese: PairingDocument[] = [],
  ) {
    let size = 0;
    for (const doc of english) if (doc.tokens.ids.length > 0) size = Math.max(size, doc.tokens.ids[doc.tokens.ids.length - 1]! + 1);
    const df = new Uint32Array(size);
    for (const doc of english) for (const id of doc.tokens.ids) df[id] += 1;
    const n = english.length;
    this.idf = new Float64Array(size);
    for (let id = 0; id < size; id += 1) if (df[id]! > 0) this.idf[id] = Math.log((n + 1) / df[id]!);
    const rare = Math.max(3, Math.min(n * 0.1, MAX_POSTINGS));
    for (const doc of english) {
      let weight = 0;
      for (const id of doc.tokens.ids) {
        weight += this.idf[id]!;
        if (df[id]! <= rare) (this.index.get(id) ?? this.index.set(id, []).get(id)!).push(doc);
      }
      this.enWeight.set(doc, weight);
    }
    if (chinese.length > 0) this.estimateFrom(chinese);
  }

  /** Estimates the corpus's length ratio from these originals (their shortlists made first, see prepare). */
  estimateFrom(chinese: PairingDocument[]): void {
    this.lengthRatio = this.estimateLengthRatio(chinese);
  }

  /** Makes an original's shortlist ahead (most of pairing's work), so a caller can yield between originals. */
  prepare(zh: PairingDocument): void {
    this.shortlist(zh);
  }

  private idfOf(id: number): number {
    return id < this.idf.length ? this.idf[id]! : 0;
  }

  /** The best English candidates for a Chinese article, best first. */
  candidates(zh: PairingDocument): Candidate[] {
    return this.shortlist(zh)
      .map((en) => ({ en, score: this.score(zh, en) }))
      .sort((a, b) => b.score - a.score);
  }

  private shortlist(zh: PairingDocument): PairingDocument[] {
    const cached = this.shortlists.get(zh);
    if (cached) return cached;
    const votes = new Map<PairingDocument, number>();
    for (const token of this.queryTokens(zh)) {
      const docs = this.index.get(token)!;
      const idf = this.idfOf(token);
      for (const doc of docs) votes.set(doc, (votes.get(doc) ?? 0) + idf);
    }
    // Votes grow with an English article's length; divided by the square root of its weight,
    // a short translation is not crowded out by long articles that share common words by chance.
    const shortlist = [...votes]
      .map(([en, vote]) => [en, vote / Math.sqrt(this.enWeight.get(en) || 1)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, CANDIDATES_PER_ARTICLE)
      .map(([en]) => en);
    this.shortlists.set(zh, shortlist);
    return shortlist;
  }

  /**
   * The corpus's English-to-Chinese length ratio: the median over the English articles whose
   * best original (on words alone) stands in the upper half, the likely translations, drawn
   * towards the prior when there are few.
   */
  private estimateLengthRatio(chinese: PairingDocument[]): number {
    const best = new Map<PairingDocument, { zh: PairingDocument; evidence: number }>();
    for (const zh of chinese) {
      for (const en of this.shortlist(zh)) {
        const evidence = this.wordEvidence(zh, en);
        if (evidence > (best.get(en)?.evidence ?? 0) && zh.length > 0) best.set(en, { zh, evidence });
      }
    }
    const bests = [...best].sort((a, b) => b[1].evidence - a[1].evidence);
    const likely = bests.slice(0, Math.ceil(bests.length / 2)).map(([en, b]) => Math.log(en.length / b.zh.length));
    if (likely.length === 0) return PRIOR_LENGTH_RATIO;
    const median = likely.sort((a, b) => a - b)[Math.floor(likely.length / 2)]!;
    return Math.exp((likely.length * median + PRIOR_WEIGHT * Math.log(PRIOR_LENGTH_RATIO)) / (likely.length + PRIOR_WEIGHT));
  }

  /** The Chinese article's indexed tokens, rarest first, at most QUERY_TOKENS of them. */
  private queryTokens(zh: PairingDocument): number[] {
    const indexed = Array.from(zh.tokens.ids).filter((id) => this.index.has(id));
    if (indexed.length <= QUERY_TOKENS) return indexed;
    return indexed.sort((a, b) => this.idfOf(b) - this.idfOf(a) || (tokenOf(a) < tokenOf(b) ? -1 : 1)).slice(0, QUERY_TOKENS);
  }

  /**
   * Share of the English article's IDF-weighted tokens (glosses, numbers, names) that the
   * Chinese explains, damped when the lengths are implausible for a translation and when
   * the English names and numbers are not the Chinese ones. 0–1: unrelated reports on
   * the same kind of event score about 0.17, translations 0.3 and more.
   */
  score(zh: PairingDocument, en: PairingDocument): number {
    if (zh.length === 0) return 0;
    const ratio = en.length / (zh.length * this.lengthRatio);
    const lengthFit = Math.exp(-Math.abs(Math.log(ratio)) * 1.5);
    return this.wordEvidence(zh, en) * lengthFit;
  }

  /** The score before lengths are weighed: share explained, and the names and numbers fit. */
  private wordEvidence(zh: PairingDocument, en: PairingDocument): number {
    let shared = 0;
    en.tokens.forShared(zh.tokens, (id) => {
      shared += this.idfOf(id);
    });
    const total = this.enWeight.get(en) ?? 0;
    if (total === 0) return 0;
    return (shared / total) * specificFit(zh, en);
  }
}

/**
 * Names and numbers of the English that the Chinese explains, smoothed so that an article
 * with none (a talk, an essay) is judged on its words alone: 1 when all are explained,
 * falling with the square root of the share when they are not.
 */
function specificFit(zh: PairingDocument, en: PairingDocument): number {
  let explained = 0;
  for (const token of en.specific) if (zh.tokens.has(token)) explained += 1;
  return Math.sqrt((explained + 1) / (en.specific.length + 1));
}
