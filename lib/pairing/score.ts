import type { PairingDocument } from './documents';

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
 * Candidate generation stays short whatever the corpus: a token in more English articles
 * than this is not indexed (in a newsroom's corpus six MT versions of every original, and
 * follow-ups on one story, share most words), and a Chinese article votes with its rarest
 * indexed tokens only: names, numbers, dates. Both bound the work per article.
 */
const MAX_POSTINGS = 200;
const QUERY_TOKENS = 48;
/** English characters per Chinese character in a typical translation. */
const LENGTH_RATIO = 2.6;

export class PairScorer {
  private readonly idf = new Map<string, number>();
  private readonly index = new Map<string, PairingDocument[]>();
  private readonly enWeight = new Map<PairingDocument, number>();

  constructor(private readonly english: PairingDocument[]) {
    const df = new Map<string, number>();
    for (const doc of english) for (const token of doc.tokens) df.set(token, (df.get(token) ?? 0) + 1);
    const n = english.length;
    for (const [token, count] of df) this.idf.set(token, Math.log((n + 1) / count));
    const rare = Math.max(3, Math.min(n * 0.1, MAX_POSTINGS));
    for (const doc of english) {
      let weight = 0;
      for (const token of doc.tokens) {
        const idf = this.idf.get(token)!;
        weight += idf;
        if (df.get(token)! <= rare) (this.index.get(token) ?? this.index.set(token, []).get(token)!).push(doc);
      }
      this.enWeight.set(doc, weight);
    }
  }

  /** The best English candidates for a Chinese article, best first. */
  candidates(zh: PairingDocument): Candidate[] {
    const votes = new Map<PairingDocument, number>();
    for (const token of this.queryTokens(zh)) {
      const docs = this.index.get(token)!;
      const idf = this.idf.get(token)!;
      for (const doc of docs) votes.set(doc, (votes.get(doc) ?? 0) + idf);
    }
    const shortlist = [...votes].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES_PER_ARTICLE);
    return shortlist.map(([en]) => ({ en, score: this.score(zh, en) })).sort((a, b) => b.score - a.score);
  }

  /** The Chinese article's indexed tokens, rarest first, at most QUERY_TOKENS of them. */
  private queryTokens(zh: PairingDocument): string[] {
    const indexed = [...zh.tokens].filter((token) => this.index.has(token));
    if (indexed.length <= QUERY_TOKENS) return indexed;
    return indexed.sort((a, b) => this.idf.get(b)! - this.idf.get(a)! || (a < b ? -1 : 1)).slice(0, QUERY_TOKENS);
  }

  /**
   * Share of the English article's IDF-weighted tokens (glosses, numbers, names) that the
   * Chinese explains, damped when the lengths are implausible for a translation and when
   * the English names and numbers are not the Chinese ones. 0–1: unrelated reports on
   * the same kind of event score about 0.17, translations 0.3 and more.
   */
  score(zh: PairingDocument, en: PairingDocument): number {
    let shared = 0;
    for (const token of en.tokens) if (zh.tokens.has(token)) shared += this.idf.get(token) ?? 0;
    const total = this.enWeight.get(en) ?? 0;
    if (total === 0 || zh.length === 0) return 0;
    const ratio = en.length / (zh.length * LENGTH_RATIO);
    const lengthFit = Math.exp(-Math.abs(Math.log(ratio)) * 1.5);
    return (shared / total) * lengthFit * specificFit(zh, en);
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
