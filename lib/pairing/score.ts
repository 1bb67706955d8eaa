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
/**
 * Shortlists reused from the last pairing may lag behind the corpus's statistics (an edit
 * shifts the IDF of the words it touches a little): after this many articles changed, added
 * or removed since shortlists were last all made afresh, they are.
 */
const MIN_DRIFT = 25;
const MAX_DRIFT_SHARE = 0.01;

/** An English candidate and its vote, as a shortlist ranks them. */
interface Ranked {
  en: PairingDocument;
  vote: number;
}

/**
 * The shortlists a scorer made, for the next pairing of the same corpus (see reuseShortlists):
 * re-pairing after one article changed then makes one shortlist, not ten thousand.
 */
export interface Shortlists {
  english: Set<PairingDocument>;
  ranked: Map<PairingDocument, Ranked[]>;
  queried: Map<PairingDocument, Uint32Array>;
  /** Articles changed, added or removed since every shortlist was made afresh. */
  drift: number;
}

export class PairScorer {
  /** IDF by token number (see TokenSet); 0 for a token no English article has. */
  private readonly idf: Float64Array;
  /**
   * The inverted index of the rarer tokens, as two flat arrays: the positions (in `english`)
   * of the articles that have token t are postings[start[t]] up to postings[start[t + 1]].
   * A Map of small arrays, one per token, was hundreds of thousands of objects made anew on
   * every re-pairing, and most of its garbage collection.
   */
  private readonly start: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly enWeight = new Map<PairingDocument, number>();
  /** `enWeight` by position, and one vote counter per English article, reused by every shortlist. */
  private readonly weightAt: Float64Array;
  private readonly votes: Float64Array;
  private readonly positionOf = new Map<PairingDocument, number>();
  private readonly shortlists = new Map<PairingDocument, PairingDocument[]>();
  private readonly ranked = new Map<PairingDocument, Ranked[]>();
  /** Each original's query tokens, kept for reuseShortlists. */
  private readonly queried = new Map<PairingDocument, Uint32Array>();
  private drift = 0;
  /** Per original, the wordEvidence of its shortlist's candidates, in shortlist order. */
  private readonly evidence = new Map<PairingDocument, number[]>();
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
    this.start = new Uint32Array(size + 1);
    for (let id = 0; id < size; id += 1) this.start[id + 1] = this.start[id]! + (df[id]! <= rare ? df[id]! : 0);
    this.postings = new Uint32Array(this.start[size]!);
    const next = this.start.slice(0, size);
    this.weightAt = new Float64Array(n);
    this.votes = new Float64Array(n);
    english.forEach((doc, at) => {
      let weight = 0;
      for (const id of doc.tokens.ids) {
        weight += this.idf[id]!;
        if (df[id]! <= rare) this.postings[next[id]++] = at;
      }
      this.enWeight.set(doc, weight);
      this.weightAt[at] = weight;
      this.positionOf.set(doc, at);
    });
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

  /** Whether some English article has the token and few enough do for it to be indexed. */
  private isIndexed(id: number): boolean {
    return id + 1 < this.start.length && this.start[id + 1]! > this.start[id]!;
  }

  private idfOf(id: number): number {
    return id < this.idf.length ? this.idf[id]! : 0;
  }

  /** The best English candidates for a Chinese article, best first. */
  candidates(zh: PairingDocument): Candidate[] {
    const evidence = this.shortlistEvidence(zh);
    return this.shortlist(zh)
      .map((en, i) => ({ en, score: this.weighLengths(zh, en, evidence[i]!) }))
      .sort((a, b) => b.score - a.score);
  }

  /** wordEvidence of each of the original's shortlisted candidates, computed once (the length ratio's estimate needs it too). */
  private shortlistEvidence(zh: PairingDocument): number[] {
    const known = this.evidence.get(zh);
    if (known) return known;
    const evidence = this.shortlist(zh).map((en) => this.wordEvidence(zh, en));
    this.evidence.set(zh, evidence);
    return evidence;
  }

  private shortlist(zh: PairingDocument): PairingDocument[] {
    const cached = this.shortlists.get(zh);
    if (cached) return cached;
    // Votes in one dense array, and the articles voted for in a list: a Map of votes made
    // this the whole of re-pairing's time at 10,000 articles (3 s of 3.2).
    const votes = this.votes;
    const voted: number[] = [];
    const query = this.queryTokens(zh);
    const postings = this.postings;
    for (const token of query) {
      const idf = this.idfOf(token);
      for (let i = this.start[token]!, end = this.start[token + 1]!; i < end; i += 1) {
        const at = postings[i]!;
        if (votes[at] === 0) voted.push(at);
        votes[at] += idf;
      }
    }
    const ranked = voted.map((at) => ({ en: this.english[at]!, vote: this.normalised(votes[at]!, at) }));
    for (const at of voted) votes[at] = 0;
    this.queried.set(zh, query);
    return this.keep(zh, ranked);
  }

  /**
   * Votes grow with an English article's length; divided by the square root of its weight,
   * a short translation is not crowded out by long articles that share common words by chance.
   */
  private normalised(vote: number, at: number): number {
    return vote / Math.sqrt(this.weightAt[at] || 1);
  }

  /** The best-voted candidates become the original's shortlist. */
  private keep(zh: PairingDocument, ranked: Ranked[]): PairingDocument[] {
    const best = ranked.sort((a, b) => b.vote - a.vote || this.positionOf.get(a.en)! - this.positionOf.get(b.en)!).slice(0, CANDIDATES_PER_ARTICLE);
    const shortlist = best.map((r) => r.en);
    this.ranked.set(zh, best);
    this.shortlists.set(zh, shortlist);
    return shortlist;
  }

  /** What this scorer's shortlists are, for the next pairing of the same corpus. */
  madeShortlists(): Shortlists {
    return { english: new Set(this.english), ranked: this.ranked, queried: this.queried, drift: this.drift };
  }

  /**
   * Takes over the shortlists of the last pairing where they still hold: an original that
   * has not changed keeps its shortlist, with the English articles that changed or came since
   * voted in (and made afresh when one of its candidates is gone). Originals that changed get
   * theirs made as usual. Shortlists only choose which candidates are scored; every score is
   * computed afresh. Once more than 1 % of the corpus has changed since the last fresh
   * start, nothing is reused.
   */
  reuseShortlists(previous: Shortlists, chinese: PairingDocument[]): void {
    const gone = new Set([...previous.english].filter((en) => !this.positionOf.has(en)));
    const added = this.english.filter((en) => !previous.english.has(en));
    const changedZh = chinese.filter((zh) => !previous.ranked.has(zh)).length;
    const drift = previous.drift + gone.size + added.length + changedZh;
    if (drift > Math.max(MIN_DRIFT, MAX_DRIFT_SHARE * (this.english.length + chinese.length))) return;
    this.drift = drift;
    const addedVotes = this.votesOfAdded(added, previous.queried);
    for (const zh of chinese) {
      const before = previous.ranked.get(zh);
      const query = previous.queried.get(zh);
      if (!before || !query || before.some((r) => gone.has(r.en))) continue;
      this.queried.set(zh, query);
      const votes = addedVotes.get(zh);
      if (votes) this.keep(zh, [...before, ...votes]);
      else {
        this.ranked.set(zh, before);
        this.shortlists.set(zh, before.map((r) => r.en));
      }
    }
  }

  /** The votes the English articles added since the last pairing get from each original's query tokens. */
  private votesOfAdded(added: PairingDocument[], queried: Map<PairingDocument, Uint32Array>): Map<PairingDocument, Ranked[]> {
    const votes = new Map<PairingDocument, Ranked[]>();
    if (added.length === 0) return votes;
    const askers = new Map<number, PairingDocument[]>();
    for (const [zh, query] of queried) for (const token of query) (askers.get(token) ?? askers.set(token, []).get(token)!).push(zh);
    for (const en of added) {
      const at = this.positionOf.get(en)!;
      const sums = new Map<PairingDocument, number>();
      for (const token of en.tokens.ids) {
        if (!this.isIndexed(token)) continue;
        const idf = this.idfOf(token);
        for (const zh of askers.get(token) ?? []) sums.set(zh, (sums.get(zh) ?? 0) + idf);
      }
      for (const [zh, sum] of sums) (votes.get(zh) ?? votes.set(zh, []).get(zh)!).push({ en, vote: this.normalised(sum, at) });
    }
    return votes;
  }

  /**
   * The corpus's English-to-Chinese length ratio: the median over the English articles whose
   * best original (on words alone) stands in the upper half, the likely translations, drawn
   * towards the prior when there are few.
   */
  private estimateLengthRatio(chinese: PairingDocument[]): number {
    const best = new Map<PairingDocument, { zh: PairingDocument; evidence: number }>();
    for (const zh of chinese) {
      const evidences = this.shortlistEvidence(zh);
      this.shortlist(zh).forEach((en, i) => {
        const evidence = evidences[i]!;
        if (evidence > (best.get(en)?.evidence ?? 0) && zh.length > 0) best.set(en, { zh, evidence });
      });
    }
    const bests = [...best].sort((a, b) => b[1].evidence - a[1].evidence);
    const likely = bests.slice(0, Math.ceil(bests.length / 2)).map(([en, b]) => Math.log(en.length / b.zh.length));
    if (likely.length === 0) return PRIOR_LENGTH_RATIO;
    const median = likely.sort((a, b) => a - b)[Math.floor(likely.length / 2)]!;
    return Math.exp((likely.length * median + PRIOR_WEIGHT * Math.log(PRIOR_LENGTH_RATIO)) / (likely.length + PRIOR_WEIGHT));
  }

  /** The Chinese article's indexed tokens, rarest first, at most QUERY_TOKENS of them. */
  private queryTokens(zh: PairingDocument): Uint32Array {
    const indexed = Array.from(zh.tokens.ids).filter((id) => this.isIndexed(id));
    if (indexed.length <= QUERY_TOKENS) return Uint32Array.from(indexed);
    return Uint32Array.from(indexed.sort((a, b) => this.idfOf(b) - this.idfOf(a) || (tokenOf(a) < tokenOf(b) ? -1 : 1)).slice(0, QUERY_TOKENS));
  }

  /**
   * Share of the English article's IDF-weighted tokens (glosses, numbers, names) that the
   * Chinese explains, damped when the lengths are implausible for a translation and when
   * the English names and numbers are not the Chinese ones. 0–1: unrelated reports on
   * the same kind of event score about 0.17, translations 0.3 and more.
   */
  score(zh: PairingDocument, en: PairingDocument): number {
    return this.weighLengths(zh, en, this.wordEvidence(zh, en));
  }

  private weighLengths(zh: PairingDocument, en: PairingDocument, wordEvidence: number): number {
    if (zh.length === 0) return 0;
    const ratio = en.length / (zh.length * this.lengthRatio);
    const lengthFit = Math.exp(-Math.abs(Math.log(ratio)) * 1.5);
    return wordEvidence * lengthFit;
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
  return Math.sqrt((en.specific.countShared(zh.tokens) + 1) / (en.specific.size + 1));
}
