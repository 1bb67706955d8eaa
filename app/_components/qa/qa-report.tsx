'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { PageResult } from '@/lib/index/paging';
import type { QaArticleRow, QaFindingRow } from '@/lib/index/qa-views';
import type { QaRunStatus } from '@/lib/index/qa-job';
import { QA_ARTICLE_KEYS, QA_FINDING_KEYS } from '../query-string';
import { useServerTable } from '../server-table';
import { FindingsPerArticle, FindingsPerCheck, type CheckInfo } from './qa-summary';

type Initial<R> = { query: string; result: PageResult<R> };

const POLL_MS = 1000;

/** The corpus QA job's status, polled while it runs; starting (or joining) it on first sight. */
function useQaRun(initial: QaRunStatus): [QaRunStatus, () => void] {
  const [status, setStatus] = useState(initial);
  const running = !status.finishedAt;
  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const poll = async () => {
      const response = await fetch('/api/qa/run').catch(() => null);
      if (!stopped && response?.ok) setStatus((await response.json()) as QaRunStatus);
    };
    // Joins the job under way (or starts one, when the index has not run it yet).
    void fetch('/api/qa/run', { method: 'POST' }).then(poll);
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [running]);
  const again = () => setStatus((s) => ({ ...s, finishedAt: null }));
  return [status, again];
}

/** The QA report: progress of the server's job, then counts per check and per article, and the findings page by page. */
export function QaReport({ checks, status: initialStatus, articles, findings }: { checks: CheckInfo[]; status: QaRunStatus; articles: Initial<QaArticleRow>; findings: Initial<QaFindingRow> }) {
  const [status, runAgain] = useQaRun(initialStatus);
  const findingTable = useServerTable<PageResult<QaFindingRow>>('/api/qa/findings', findings, QA_FINDING_KEYS);
  const articleTable = useServerTable<PageResult<QaArticleRow>>('/api/qa/articles', articles, QA_ARTICLE_KEYS);
  const finished = Boolean(status.finishedAt);
  const { reload: reloadFindings } = findingTable;
  const { reload: reloadArticles } = articleTable;
  useEffect(() => {
    // Counts grow while the job runs: refresh the tables now and then, and once at the end.
    if (finished || status.done % 200 === 0) {
      reloadFindings();
      reloadArticles();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finished, Math.floor(status.done / 200)]);

  const open = status.checks.reduce((s, c) => s + c.open, 0);
  const dismissed = status.checks.reduce((s, c) => s + c.dismissed, 0);
  const major = status.checks.filter((c) => checks.find((k) => k.id === c.id)?.severity === 'major').reduce((s, c) => s + c.open, 0);
  const f = findingTable.result;
  const check = findingTable.get('check');
  const article = findingTable.get('article');
  const exportQuery = new URLSearchParams(Object.entries({ check, severity: findingTable.get('severity'), article, dismissed: findingTable.get('dismissed') }).filter(([, v]) => v)).toString();
  const n = (x: number) => x.toLocaleString('en');
  return (
    <section aria-label="QA report">
      <p role="status">
        {finished ? `Checked ${n(status.total)} articles` : `Checking… ${n(status.done)} of ${n(status.total)} articles`} · {n(open)} open findings ({n(major)} major), {n(dismissed)} dismissed
        {status.finishedAt && status.startedAt ? <span className="muted"> · took {((Date.parse(status.finishedAt) - Date.parse(status.startedAt)) / 1000).toFixed(1)} s</span> : null}
      </p>
      <progress max={status.total || 1} value={status.done} aria-label="Articles checked" />{' '}
      {finished ? (
        <button type="button" onClick={runAgain}>
          Check again
        </button>
      ) : null}
      <FindingsPerCheck checks={checks} counts={status.checks} selected={check} onSelect={(id) => findingTable.setParams({ check: id })} />
      <FindingsPerArticle table={articleTable} selected={article} onSelect={(id) => findingTable.setParams({ article: id })} />
      <h2>Findings</h2>
      <div className="toolbar">
        <label>
          Check
          <select aria-label="Check" value={check} onChange={(e) => findingTable.setParams({ check: e.target.value })}>
            <option value="">all</option>
            {checks.map((c) => (
              <option key={c.id}>{c.id}</option>
            ))}
          </select>
        </label>
        <label>
          Severity
          <select aria-label="Severity" value={findingTable.get('severity')} onChange={(e) => findingTable.setParams({ severity: e.target.value })}>
            <option value="">all</option>
            <option value="major">major</option>
            <option value="minor">minor</option>
          </select>
        </label>
        {article ? (
          <button type="button" onClick={() => findingTable.setParams({ article: null })}>
            Show all articles
          </button>
        ) : null}
        <label>
          <input type="checkbox" checked={findingTable.get('dismissed') === '1'} onChange={(e) => findingTable.setParams({ dismissed: e.target.checked ? '1' : null })} /> Show dismissed
        </label>
        <a className="button" href={`/api/qa/export?${exportQuery}`} download>
          Export CSV
        </a>
        <span className="muted">
          {n(f.total)} shown{findingTable.loading ? ' · loading…' : ''}
        </span>
      </div>
      <table className="data" aria-label="Findings" aria-busy={findingTable.loading}>
        <thead>
          <tr>
            <th>Article</th>
            <th className="num">Row</th>
            <th>Severity</th>
            <th>Check</th>
            <th>Message</th>
          </tr>
        </thead>
        <tbody>
          {f.rows.map((x, i) => (
            <tr key={`${x.article}-${x.row}-${i}`} className={x.dismissed ? 'dismissed' : undefined}>
              <td>
                <Link href={`/articles/${encodeURIComponent(x.article)}/review`}>{x.title}</Link>
              </td>
              <td className="num">{x.row}</td>
              <td className={`sev-${x.severity}`}>
                <span className="sev">{x.severity}</span>
              </td>
              <td>{x.check}</td>
              <td>
                {x.message}
                {x.dismissed ? <span className="muted"> (dismissed)</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SimplePager page={f.page} pages={f.pages} onPage={(p) => findingTable.setParams({ page: p > 1 ? String(p) : null })} label="Finding pages" />
    </section>
  );
}

export function SimplePager({ page, pages, onPage, label }: { page: number; pages: number; onPage: (page: number) => void; label: string }) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        Previous
      </button>
      <span>
        Page {page} of {pages.toLocaleString('en')}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        Next
      </button>
    </nav>
  );
}
