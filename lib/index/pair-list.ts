import type { CorpusOverview } from './indexer';
import { containsText, pageOf, type PageQuery, type PageResult } from './paging';

type Ref = { id: string; title: string; file: string };

/** A row of the pairs page: a pair, or an article without one and its best candidate. */
export interface PairListRow {
  kind: 'pair' | 'unpaired';
  zh: Ref | null;
  en: Ref | null;
  /** For unpaired rows: the article itself. */
  lang: 'zh' | 'en';
  /** Confidence of the pair, or of the best candidate. */
  score: number | null;
  decision: 'auto' | 'confirmed' | 'manual' | 'candidate' | 'none';
  active: boolean;
  /** An unpaired English article that can be reviewed alone. */
  readable: boolean;
}

export const PAIR_VIEWS = ['pairs', 'zh', 'en'] as const;
export type PairView = (typeof PAIR_VIEWS)[number];
export const PAIR_SORTS = ['zh', 'en', 'score', 'decision'] as const;

export type PairListPage = PageResult<PairListRow> & { counts: Record<PairView, number> };

const rowsOf = new WeakMap<CorpusOverview, Record<PairView, PairListRow[]>>();

function allRows(overview: CorpusOverview): Record<PairView, PairListRow[]> {
  const known = rowsOf.get(overview);
  if (known) return known;
  const byId = new Map(overview.articles.map((a) => [a.id, a]));
  const ref = (id: string): Ref => ({ id, title: byId.get(id)?.title || byId.get(id)?.file || id, file: byId.get(id)?.file ?? '' });
  const pairs = overview.pairing.pairs.map((p): PairListRow => ({ kind: 'pair', zh: ref(p.zh.id), en: ref(p.en.id), lang: 'en', score: p.score, decision: p.decision, active: p.active, readable: true }));
  const unpaired = overview.pairing.unpaired.map((u): PairListRow => {
    const best = u.best ? ref(u.best.id) : null;
    return {
      kind: 'unpaired',
      zh: u.lang === 'zh' ? ref(u.id) : best,
      en: u.lang === 'en' ? ref(u.id) : best,
      lang: u.lang,
      score: u.best?.score ?? null,
      decision: u.best ? 'candidate' : 'none',
      active: false,
      readable: u.lang === 'en' && byId.get(u.id)?.error === null,
    };
  });
  const rows = { pairs, zh: unpaired.filter((u) => u.lang === 'zh'), en: unpaired.filter((u) => u.lang === 'en') };
  rowsOf.set(overview, rows);
  return rows;
}

/** One page of pairs, or of originals without a translation, or of English articles without an original. */
export function pairListPage(overview: CorpusOverview | null, view: PairView, query: PageQuery, filters: { q: string; decision?: string }): PairListPage {
  const rows = overview ? allRows(overview) : { pairs: [], zh: [], en: [] };
  const keep = (r: PairListRow) => (!filters.decision || r.decision === filters.decision) && containsText(filters.q, r.zh?.title, r.en?.title, r.zh?.file, r.en?.file);
  const sorts = { zh: (r: PairListRow) => r.zh?.title ?? null, en: (r: PairListRow) => r.en?.title ?? null, score: (r: PairListRow) => r.score, decision: (r: PairListRow) => r.decision };
  return { ...pageOf(rows[view], query, sorts, keep), counts: { pairs: rows.pairs.length, zh: rows.zh.length, en: rows.en.length } };
}
