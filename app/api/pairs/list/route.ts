import { pairListPage } from '@/lib/index/pair-list';
import { handle } from '../../../_server/http';
import { serverIndex } from '../../../_server/index';
import { pagingOf, parsePageQuery } from '../../../_server/page-query';
import { PairQuery } from '../../../_server/queries';

/** One page of pairs (or of unpaired articles), from the index. */
export const GET = handle(async (request: Request) => {
  const query = parsePageQuery(PairQuery, new URL(request.url).searchParams);
  const index = serverIndex();
  return Response.json({ ...pairListPage(index.overview, query.view, pagingOf(query), query), index: index.status() });
});
