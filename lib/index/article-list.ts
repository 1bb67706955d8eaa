import type { Lang } from '../corpus/types';
import type { PairingResult } from '../pairing/types';
import type { ReviewSummary } from '../review/summary';
import type { CorpusOverview } from './indexer';
import type { ListedArticle } from './listing';
import { containsText, pageOf, type PageQuery, type PageResult } from './paging';

/** What the article list shows of an article: small, serialisable, no body text. */
export interface ArticleListRow extends Omit<ListedArticle, 'words'> {
  counterpart: { id: string; title: string; score: number } | null;
  /** Review of an English article: state, confirmed rows of all rows, and the edit rate so far. */
  review: { state: string; confirmed: number; rows: number; editRate: number; mqm: number; conflicts: number } | null;
}

export interface ArticleFilters {
  q: string;
  lang?: Lang;
}

export type ArticleListPage = PageResult<ArticleListRow> & { counts: Record<Lang, number>; all: number };

const rowsOf = new WeakMap<CorpusOverview, ArticleListRow[]>();

/** Every article as the list shows it, made once per overview. */
export function articleListRows(overview: CorpusOverview): ArticleListRow[] {
  const known = rowsOf.get(overview);
  if (known && known.length === overview.articles.length) return known;
  const titles = new Map(overview.articles.map((a) => [a.id, a.title]));
  const counterparts = counterpartsOf(overview.pairing, titles);
  const rows = overview.articles.map(({ words, ...listed }): ArticleListRow => {
    const review = overview.reviews[listed.id];
    return { ...listed, counterpart: counterparts.get(listed.id) ?? null, review: review ? reviewOf(review, words) : null };
  });
  rowsOf.set(overview, rows);
  return rows;
}

function reviewOf(review: ReviewSummary, words: number): ArticleListRow['review'] {
  return { state: review.state, confirmed: review.confirmed, rows: review.rows, editRate: words ? review.edits / words : 0, mqm: review.mqm, conflicts: review.conflicts ?? 0 };
}

/** Each paired article's counterpart: the active English version for an original. */
function counterpartsOf(result: PairingResult, titles: Map<string, string>): Map<string, ArticleListRow['counterpart']> {
  const map = new Map<string, ArticleListRow['counterpart']>();
  for (const pair of result.pairs) {
    map.set(pair.en.id, { id: pair.zh.id, title: titles.get(pair.zh.id) ?? pair.zh.file, score: pair.score });
    if (pair.active) map.set(pair.zh.id, { id: pair.en.id, title: titles.get(pair.en.id) ?? pair.en.file, score: pair.score });
  }
  return map;
}

export const ARTICLE_SORTS = ['title', 'lang', 'date', 'source', 'length', 'encoding', 'counterpart', 'review', 'editRate', 'mqm'] as const;

const sortKeys: Record<(typeof ARTICLE_SORTS)[number], (r: ArticleListRow) => string | number | null> = {
  title: (r) => r.title || r.file,
  lang: (r) => r.lang,
  date: (r) => r.date,
  source: (r) => r.source,
  length: (r) => r.length,
  encoding: (r) => r.encoding,
  counterpart: (r) => r.counterpart?.title ?? null,
  review: (r) => (r.review ? r.review.confirmed / (r.review.rows || 1) : -1),
  editRate: (r) => r.review?.editRate ?? -1,
  mqm: (r) => r.review?.mqm ?? -1,
};

/** One page of the article list, filtered and sorted on the server. */
export function articleListPage(overview: CorpusOverview | null, query: PageQuery, filters: ArticleFilters): ArticleListPage {
  const rows = overview ? articleListRows(overview) : [];
  const keep = (r: ArticleListRow) => (!filters.lang || r.lang === filters.lang) && containsText(filters.q, r.title, r.file, r.source, r.counterpart?.title);
  const counts: Record<Lang, number> = { zh: 0, en: 0, unknown: 0 };
  for (const r of rows) counts[r.lang] += 1;
  return { ...pageOf(rows, query, sortKeys, keep), counts, all: rows.length };
}
