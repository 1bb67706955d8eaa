import { articleListPage } from '@/lib/index/article-list';
import { serverIndex } from './_server/index';
import { pageQueryOrDefault, pagingOf } from './_server/page-query';
import { ArticleQuery } from './_server/queries';
import { tableQueryOf } from './_server/url';
import { ARTICLE_TABLE_KEYS } from './_components/query-string';
import { ArticleTable } from './_components/article-table';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The article list: one page out of the index, as the URL asks; the rest is fetched page by page. */
export default async function ArticleListPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = pageQueryOrDefault(ArticleQuery, params);
  const index = serverIndex();
  const result = { ...articleListPage(index.overview, pagingOf(query), query), index: index.status() };
  return (
    <>
      <h1>Articles</h1>
      <ArticleTable initial={{ query: tableQueryOf(params, ARTICLE_TABLE_KEYS), result }} />
    </>
  );
}
