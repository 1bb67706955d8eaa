import type { Article } from '@/lib/corpus/types';
import { corpusPairing } from '@/lib/pairing/corpus-pairing';
import type { PairingResult } from '@/lib/pairing/types';
import { reviewSummaries, type ReviewSummary } from '@/lib/review/summary';
import { corpusDir } from './_server/corpus';
import { ArticleTable } from './_components/article-table';
import type { ArticleListRow } from './_components/article-list-row';

export const dynamic = 'force-dynamic';

export default async function ArticleListPage() {
  const { articles, result } = await corpusPairing(corpusDir());
  const counterparts = counterpartsOf(result, new Map(articles.map((a) => [a.id, a.title])));
  const reviews = await reviewSummaries(corpusDir());
  const rows = articles.map((a) => toListRow(a, counterparts.get(a.id) ?? null, reviews.get(a.id)));
  return (
    <>
      <h1>Articles</h1>
      <ArticleTable rows={rows} />
    </>
  );
}

function toListRow(article: Article, counterpart: ArticleListRow['counterpart'], review: ReviewSummary | undefined): ArticleListRow {
  return {
    id: article.id,
    file: article.file,
    lang: article.lang,
    title: article.title,
    date: article.date,
    source: article.source,
    encoding: article.encoding,
    length: article.lang === 'zh' ? article.chars : article.words,
    error: article.error,
    counterpart,
    review: review
      ? { state: review.state, confirmed: review.confirmed, rows: review.rows, editRate: article.words ? review.edits / article.words : 0, mqm: review.mqm, conflicts: review.conflicts }
      : null,
  };
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
