import { qaFindingPage } from '@/lib/index/qa-views';
import { corpusDir } from '../../../_server/corpus';
import { handle } from '../../../_server/http';
import { serverIndex } from '../../../_server/index';
import { pagingOf, parsePageQuery } from '../../../_server/page-query';
import { QaFindingQuery } from '../../../_server/queries';

/** One page of QA findings, filtered by check, severity and article. */
export const GET = handle(async (request: Request) => {
  const query = parsePageQuery(QaFindingQuery, new URL(request.url).searchParams);
  const index = serverIndex();
  const filters = { check: query.check, severity: query.severity, article: query.article, dismissed: query.dismissed === '1' };
  return Response.json(await qaFindingPage(corpusDir(), index.qa, index.overview, pagingOf(query), filters));
});
