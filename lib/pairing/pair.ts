import type { Article } from '../corpus/types';
import { pairingDocument, type PairingDocument } from './documents';
import { PairScorer } from './score';
import type { Pair, PairDecision, PairingOptions, PairingResult, Unpaired } from './types';

/**
 * Raw evidence scores (share of the English explained, see PairScorer) at which a
 * candidate starts to count and at which it counts fully. Unrelated reports on the same
 * kind of meeting reach about 0.17 (the seeds); true translations 0.33 and more.
 */
const WEAK_EVIDENCE = 0.15;
const STRONG_EVIDENCE = 0.45;
/** How far ahead of the runner-up (on either side) a candidate must be to count fully. */
const CLEAR_LEAD = 0.1;
const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** Below this confidence a candidate is only a suggestion, never a pair. */
export const PAIR_THRESHOLD = 0.35;

interface Scored {
  zh: PairingDocument;
  en: PairingDocument;
  score: number;
}

/**
 * Finds which English article translates which Chinese one, from content alone, one to
 * one. Reviewers' decisions come first: confirmed and manual pairs are fixed, rejected ones
 * are never proposed again. The rest are paired when the best candidate is both good and
 * clearly better than the runner-up on either side; everything else stays unpaired, with
 * its best candidate shown. Pure: the same articles and decisions give the same result.
 */
export function pairArticles(articles: Article[], decisions: PairDecision[], options: PairingOptions = {}): PairingResult {
  const usable = articles.filter((a) => !a.error && (a.lang === 'zh' || a.lang === 'en'));
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
  const zhDocs = usable.filter((a) => a.lang === 'zh').map(pairingDocument);
  const enDocs = usable.filter((a) => a.lang === 'en').map(pairingDocument);
  const scored = scoreCandidates(zhDocs, enDocs, rejected);
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

/** Confidence per candidate pair: good coverage, and well ahead of the runner-up on both sides. */
function scoreCandidates(zhDocs: PairingDocument[], enDocs: PairingDocument[], rejected: Set<string>): Scored[] {
  if (zhDocs.length === 0 || enDocs.length === 0) return [];
  const scorer = new PairScorer(enDocs);
  const raw: Scored[] = zhDocs.flatMap((zh) =>
    scorer
      .candidates(zh)
      .filter((c) => !rejected.has(`${zh.article.id}\n${c.en.article.id}`))
      .map((c) => ({ zh, en: c.en, score: c.score })),
  );
  const bestForEn = topTwo(raw, (s) => s.en);
  const bestForZh = topTwo(raw, (s) => s.zh);
  return raw.map((s) => {
    const lead = s.score - Math.max(rival(bestForZh.get(s.zh)!, s), rival(bestForEn.get(s.en)!, s));
    const confidence = clamp((s.score - WEAK_EVIDENCE) / (STRONG_EVIDENCE - WEAK_EVIDENCE)) * clamp(lead / CLEAR_LEAD);
    return { ...s, score: Math.round(confidence * 100) / 100 };
  });
}

function topTwo<K>(scored: Scored[], key: (s: Scored) => K): Map<K, Scored[]> {
  const map = new Map<K, Scored[]>();
  for (const s of scored) map.set(key(s), [...(map.get(key(s)) ?? []), s].sort((a, b) => b.score - a.score).slice(0, 2));
  return map;
}

function rival(top: Scored[], self: Scored): number {
  return top.find((s) => s !== self)?.score ?? 0;
}

/** Greedy one-to-one, most confident first. */
function assign(scored: Scored[], taken: Set<string>, threshold: number): Scored[] {
  const chosen: Scored[] = [];
  const used = new Set(taken);
  for (const s of [...scored].sort((a, b) => b.score - a.score)) {
    if (s.score < threshold) break;
    if (used.has(s.zh.article.id) || used.has(s.en.article.id)) continue;
    chosen.push(s);
    used.add(s.zh.article.id).add(s.en.article.id);
  }
  return chosen;
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
