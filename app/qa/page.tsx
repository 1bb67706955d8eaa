import { listArticles } from '@/lib/corpus/corpus';
import { CHECKS } from '@/lib/qa/registry';
import { corpusDir } from '../_server/corpus';
import { QaReport } from '../_components/qa/qa-report';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'QA report' };

export default async function QaReportPage() {
  const articles = (await listArticles(corpusDir())).filter((a) => a.lang === 'en' && !a.error).map((a) => ({ id: a.id, title: a.title }));
  const checks = CHECKS.map((c) => ({ id: c.id, category: c.category, severity: c.severity, describe: c.describe }));
  return (
    <>
      <h1>QA report</h1>
      <p className="muted">
        Every check over every English article of the corpus, against its paired Chinese where there is one. Dismissed
        findings (false alarms) are counted apart.
      </p>
      <QaReport articles={articles} checks={checks} />
    </>
  );
}
