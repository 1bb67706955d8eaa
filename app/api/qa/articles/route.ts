import { qaArticlePage } from '@/lib/index/qa-views';
import { handle } from '../../../_server/http';
import { serverIndex } from '../../../_server/index';
import { pagingOf, parsePageQuery } from '../../../_server/page-query';
import { QaArticleQuery } from '../../../_server/queries';

/** One page of the per-article QA table, from the job's counts. */
export const GET = handle(async (request: Request) => {
  const query = parsePageQuery(QaArticleQuery, new URL(request.url).searchParams);
  const index = serverIndex();
  return Response.json(qaArticlePage(index.qa, index.overview, pagingOf(query), query.q));
});
