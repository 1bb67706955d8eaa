import { articleListPage } from '@/lib/index/article-list';
import { handle } from '../../_server/http';
import { serverIndex } from '../../_server/index';
import { pagingOf, parsePageQuery } from '../../_server/page-query';
import { ArticleQuery } from '../../_server/queries';

/** One page of the article list: `?page&size&sort&dir&q&lang`, from the index, never from the files. */
export const GET = handle(async (request: Request) => {
  const query = parsePageQuery(ArticleQuery, new URL(request.url).searchParams);
  const index = serverIndex();
  return Response.json({ ...articleListPage(index.overview, pagingOf(query), query), index: index.status() });
});
