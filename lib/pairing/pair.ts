import type { Article } from '../corpus/types';
import { pairingDocument, type PairingDocument } from './documents';
import { rateCandidates } from './confidence';
import { PairScorer, type Shortlists } from './score';
import type { Pair, PairDecision, PairingOptions, PairingResult, Unpaired } from './types';

/**
 * Below this confidence a candidate is only a suggestion, never a pair. Confidence is a
 * probability (see rateCandidates), so this is "more likely than not", the same in every
 * corpus.
 */
export const PAIR_THRESHOLD = 0.5;

interface Scored {
  zh: PairingDocument;
  en: PairingDocument;
  /** Confidence, 0–1. */
  score: number;
  bestForEnglish: boolean;
}

/**
 * Finds which English article translates which Chinese one, from content alone. An English
 * article translates one original; an original may have several English versions (MT
 * systems, a reference), all paired, one active. Reviewers' decisions come first: confirmed
 * and manual pairs are fixed, rejected ones are never proposed again. Each remaining English
 * article is paired with its best original when that is more likely than not a true pair
 * (see rateCandidates); everything else stays unpaired, with its best candidate shown.
 * Pure: the same articles and decisions give the same result.
 */
export function pairArticles(articles: Article[], decisions: PairDecision[], options: PairingOptions = {}): PairingResult {
  return pairDocuments(articles, decisions, options, (zh, en) => new PairScorer(en, zh));
}

/** The shortlists of a corpus's last pairing, which its next pairing may reuse (see PairScorer.reuseShortlists). */
export interface ShortlistMemory {
  last: Shortlists | null;
}

/**
 * pairArticles, the same result, with `pause` awaited between originals while their
 * shortlists are made (most of the work): a server re-pairing ten thousand articles keeps
 * answering requests meanwhile. Given a memory, the last pairing's shortlists are reused
 * where they still hold, and this pairing's are left in it.
 */
export async function pairArticlesSliced(articles: Article[], decisions: PairDecision[], options: PairingOptions, pause: () => Promise<void>, memory?: ShortlistMemory): Promise<PairingResult> {
  const { zhDocs, enDocs } = documentsOf(articles);
  const scorer = new PairScorer(enDocs);
  if (zhDocs.length > 0 && enDocs.length > 0) {
    if (memory?.last) scorer.reuseShortlists(memory.last, zhDocs);
    for (const zh of zhDocs) {
      scorer.prepare(zh);
      await pause();
    }
    scorer.estimateFrom(zhDocs);
  }
  if (memory) memory.last = scorer.madeShortlists();
  return pairDocuments(articles, decisions, options, () => scorer);
}

function documentsOf(articles: Article[]) {
  const usable = articles.filter((a) => !a.error && (a.lang === 'zh' || a.lang === 'en'));
  return { usable, zhDocs: usable.filter((a) => a.lang === 'zh').map(pairingDocument), enDocs: usable.filter((a) => a.lang === 'en').map(pairingDocument) };
}

function pairDocuments(articles: Article[], decisions: PairDecision[], options: PairingOptions, scorerOf: (zh: PairingDocument[], en: PairingDocument[]) => PairScorer): PairingResult {
  const { usable, zhDocs, enDocs } = documentsOf(articles);
  const byId = new Map(usable.map((a) => [a.id, a]));
  const fixed = standingDecisions(decisions, byId);
  const rejected = new Set(decisions.filter((d) => d.decision === 'rejected').map((d) => `${d.zh}\n${d.en}`));
  const taken = new Set(fixed.flatMap((d) => [d.zh, d.en]));
  const pairs: Pair[] = fixed.map((d) => ({
    zh: ref(byId.get(d.zh)!),
    en: ref(byId.get(d.en)!),
    score: 1,
    decision: d.decision as 'confirmed' | 'manual',
    active: false,
  }));
  const scored = scoreCandidates(zhDocs, enDocs, rejected, scorerOf);
  for (const s of assign(scored, taken, options.threshold ?? PAIR_THRESHOLD)) {
    pairs.push({ zh: ref(s.zh.article), en: ref(s.en.article), score: s.score, decision: 'auto', active: false });
    taken.add(s.zh.article.id).add(s.en.article.id);
  }
  markActive(pairs, options.active ?? {});
  const best = bestCandidates(scored);
  const unpaired = usable.filter((a) => !taken.has(a.id)).map((a) => unpairedEntry(a, best.get(a)));
  return { pairs: pairs.sort(byZhFile), unpaired };
}

/**
 * Confirmed and manual decisions on articles that still exist. An English article
 * translates one original: when decisions give it two, the latest stands.
 */
function standingDecisions(decisions: PairDecision[], byId: Map<string, Article>): PairDecision[] {
  const latestByEn = new Map<string, PairDecision>();
  for (const d of decisions) {
    if (d.decision === 'rejected' || byId.get(d.zh)?.lang !== 'zh' || byId.get(d.en)?.lang !== 'en') continue;
    const previous = latestByEn.get(d.en);
    if (!previous || previous.at <= d.at) latestByEn.set(d.en, d);
  }
  return [...latestByEn.values()];
}

function ref(article: Article) {
  return { id: article.id, file: article.file };
}

const byZhFile = (a: Pair, b: Pair) => a.zh.file.localeCompare(b.zh.file) || a.en.file.localeCompare(b.en.file);

/** Every candidate's confidence, from how it stands against the others. */
function scoreCandidates(zhDocs: PairingDocument[], enDocs: PairingDocument[], rejected: Set<string>, scorerOf: (zh: PairingDocument[], en: PairingDocument[]) => PairScorer): Scored[] {
  if (zhDocs.length === 0 || enDocs.length === 0) return [];
  const scorer = scorerOf(zhDocs, enDocs);
  const raw = zhDocs.flatMap((zh) =>
    scorer
      .candidates(zh)
      .filter((c) => !rejected.has(`${zh.article.id}\n${c.en.article.id}`))
      .map((c) => ({ zh, en: c.en, score: c.score })),
  );
  return rateCandidates(raw).map((c) => ({ zh: c.zh, en: c.en, bestForEnglish: c.bestForEnglish, score: Math.round(c.confidence * 100) / 100 }));
}

/** Each English article with its best original, when likely enough; articles a reviewer decided on stay out. */
function assign(scored: Scored[], taken: Set<string>, threshold: number): Scored[] {
  return scored
    .filter((s) => s.bestForEnglish && s.score >= threshold && !taken.has(s.zh.article.id) && !taken.has(s.en.article.id))
    .sort((a, b) => b.score - a.score);
}

function markActive(pairs: Pair[], active: Record<string, string>): void {
  const byZh = new Map<string, Pair[]>();
  for (const p of pairs) byZh.set(p.zh.id, [...(byZh.get(p.zh.id) ?? []), p]);
  for (const [zhId, versions] of byZh) {
    const chosen = versions.find((p) => p.en.id === active[zhId]) ?? versions[0]!;
    chosen.active = true;
  }
}

/** Each article's best candidate, in one pass (filtering per article would be quadratic in a large corpus). */
function bestCandidates(scored: Scored[]): Map<Article, Scored> {
  const best = new Map<Article, Scored>();
  for (const s of scored) {
    for (const article of [s.zh.article, s.en.article]) {
      const known = best.get(article);
      if (!known || s.score > known.score) best.set(article, s);
    }
  }
  return best;
}

function unpairedEntry(article: Article, best: Scored | undefined): Unpaired {
  const other = best ? (article.lang === 'zh' ? best.en.article : best.zh.article) : null;
  return {
    ...ref(article),
    lang: article.lang as 'zh' | 'en',
    best: other && best ? { ...ref(other), score: best.score } : null,
  };
}
