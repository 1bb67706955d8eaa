import { csvDocument } from '@/lib/formats/delimited';
import { qaFindingPage } from '@/lib/index/qa-views';
import { corpusDir } from '../../../_server/corpus';
import { handle } from '../../../_server/http';
import { serverIndex } from '../../../_server/index';
import { parsePageQuery } from '../../../_server/page-query';
import { QaFindingQuery } from '../../../_server/queries';

const MAX_ROWS = 1_000_000;

/** Every finding matching the report's filters, as CSV (the exporters' writer: BOM, quoting, formulas neutralised). */
export const GET = handle(async (request: Request) => {
  const query = parsePageQuery(QaFindingQuery, new URL(request.url).searchParams);
  const index = serverIndex();
  const filters = { check: query.check, severity: query.severity, article: query.article, dismissed: query.dismissed === '1' };
  const { rows } = await qaFindingPage(corpusDir(), index.qa, index.overview, { page: 1, size: MAX_ROWS, sort: null, dir: 'asc' }, filters);
  const header = ['article', 'title', 'row', 'check', 'category', 'severity', 'message', 'dismissed'];
  const lines = rows.map((f) => [f.article, f.title, f.row, f.check, f.category, f.severity, f.message, f.dismissed]);
  return new Response(csvDocument([header, ...lines]), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="shenjiao-qa-report.csv"' },
  });
});
