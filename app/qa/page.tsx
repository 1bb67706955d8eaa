import { qaArticlePage, qaFindingPage } from '@/lib/index/qa-views';
import { CHECKS } from '@/lib/qa/registry';
import { corpusDir } from '../_server/corpus';
import { serverIndex } from '../_server/index';
import { pageQueryOrDefault, pagingOf } from '../_server/page-query';
import { QaArticleQuery, QaFindingQuery } from '../_server/queries';
import { tableQueryOf } from '../_server/url';
import { QA_ARTICLE_KEYS, QA_FINDING_KEYS } from '../_components/query-string';
import { QaReport } from '../_components/qa/qa-report';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'QA report' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The QA report: the corpus job's counts now and one page of each table. The indexer runs
 * the job after every change; the page joins it while it runs and can start one again.
 */
export default async function QaReportPage({ searchParams }: Props) {
  const params = await searchParams;
  const index = serverIndex();
  const findingQuery = pageQueryOrDefault(QaFindingQuery, params);
  const articleParams = Object.fromEntries(Object.entries(params).filter(([k]) => k.startsWith('a')).map(([k, v]) => [k.slice(1), v]));
  const articleQuery = pageQueryOrDefault(QaArticleQuery, articleParams);
  const filters = { check: findingQuery.check, severity: findingQuery.severity, article: findingQuery.article, dismissed: findingQuery.dismissed === '1' };
  const checks = CHECKS.map((c) => ({ id: c.id, category: c.category, severity: c.severity, describe: c.describe }));
  return (
    <>
      <h1>QA report</h1>
      <p className="muted">
        Every check over every English article of the corpus, against its paired Chinese where there is one, run as one job on
        the server (results are cached per article, so a second run only checks what changed). Dismissed findings (false
        alarms) are counted apart.
      </p>
      <QaReport
        checks={checks}
        status={index.qa.status()}
        articles={{ query: tableQueryOf(params, QA_ARTICLE_KEYS), result: qaArticlePage(index.qa, index.overview, pagingOf(articleQuery), articleQuery.q) }}
        findings={{ query: tableQueryOf(params, QA_FINDING_KEYS), result: await qaFindingPage(corpusDir(), index.qa, index.overview, pagingOf(findingQuery), filters) }}
      />
    </>
  );
}
