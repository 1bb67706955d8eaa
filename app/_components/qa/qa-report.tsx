'use client';

import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { csvDocument } from '@/lib/formats/delimited';

import { FindingsPerArticle, FindingsPerCheck, type CheckInfo, type ReportFinding } from './qa-summary';

/** Runs the checks article by article with visible progress, then tabulates and charts them. */
export function QaReport({ articles, checks }: { articles: { id: string; title: string }[]; checks: CheckInfo[] }) {
  const [findings, setFindings] = useState<ReportFinding[]>([]);
  const [done, setDone] = useState(0);
  const [failed, setFailed] = useState<string[]>([]);
  const [check, setCheck] = useState('');
  const [severity, setSeverity] = useState('');
  const [text, setText] = useState('');
  const [showDismissed, setShowDismissed] = useState(false);
  const [article, setArticle] = useState('');

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      for (const article of articles) {
        if (cancelled) return;
        const response = await fetch(`/api/articles/${encodeURIComponent(article.id)}/qa`);
        if (response.ok) {
          const body = (await response.json()) as { findings: Omit<ReportFinding, 'article' | 'title'>[] };
          setFindings((all) => [...all, ...body.findings.map((f) => ({ ...f, article: article.id, title: article.title }))]);
        } else setFailed((list) => [...list, article.title]);
        setDone((n) => n + 1);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [articles]);

  const shown = useMemo(
    () =>
      findings.filter(
        (f) =>
          (showDismissed || !f.dismissed) &&
          (!check || f.check === check) &&
          (!severity || f.severity === severity) &&
          (!article || f.article === article) &&
          (!text || `${f.message} ${f.title}`.toLowerCase().includes(text.toLowerCase())),
      ),
    [findings, check, severity, text, showDismissed, article],
  );
  return (
    <section aria-label="QA report">
      <p role="status">
        {done < articles.length ? `Checking… ${done} of ${articles.length} articles` : `Checked ${articles.length} articles`} ·{' '}
        {findings.filter((f) => !f.dismissed).length} open findings ({findings.filter((f) => !f.dismissed && f.severity === 'major').length} major),{' '}
        {findings.filter((f) => f.dismissed).length} dismissed
        {failed.length ? ` · could not check: ${failed.join(', ')}` : ''}
      </p>
      <progress max={articles.length || 1} value={done} aria-label="Articles checked" />
      <FindingsPerCheck checks={checks} findings={findings} selected={check} onSelect={setCheck} />
      <FindingsPerArticle articles={articles} findings={findings} selected={article} onSelect={setArticle} />
      <h2>Findings</h2>
      <div className="toolbar">
        <label>
          Article
          <select aria-label="Article" value={article} onChange={(e) => setArticle(e.target.value)}>
            <option value="">all</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title.length > 60 ? `${a.title.slice(0, 60)}…` : a.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Check
          <select aria-label="Check" value={check} onChange={(e) => setCheck(e.target.value)}>
            <option value="">all</option>
            {checks.map((c) => (
              <option key={c.id}>{c.id}</option>
            ))}
          </select>
        </label>
        <label>
          Severity
          <select aria-label="Severity" value={severity} onChange={(e) => setSeverity(e.target.value)}>
            <option value="">all</option>
            <option value="major">major</option>
            <option value="minor">minor</option>
          </select>
        </label>
        <label>
          Filter
          <input type="search" value={text} placeholder="message or article" onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          <input type="checkbox" checked={showDismissed} onChange={(e) => setShowDismissed(e.target.checked)} /> Show dismissed
        </label>
        <button type="button" onClick={() => downloadCsv(shown)}>
          Export CSV
        </button>
        <span className="muted">{shown.length} shown</span>
      </div>
      <table className="data" aria-label="Findings">
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
          {shown.slice(0, 500).map((f, i) => (
            <tr key={`${f.article}-${f.row}-${i}`} className={f.dismissed ? 'dismissed' : undefined}>
              <td>
                <Link href={`/articles/${encodeURIComponent(f.article)}/review`}>{f.title}</Link>
              </td>
              <td className="num">{f.row}</td>
              <td className={`sev-${f.severity}`}>
                <span className="sev">{f.severity}</span>
              </td>
              <td>{f.check}</td>
              <td>
                {f.message}
                {f.dismissed ? <span className="muted"> (dismissed)</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length > 500 ? <p className="muted">The first 500 are listed; the CSV has all {shown.length}.</p> : null}
    </section>
  );
}

/** The report as CSV: the exporters' writer (BOM, quoting, formulas neutralised). */
function downloadCsv(findings: ReportFinding[]) {
  const header = ['article', 'title', 'row', 'check', 'category', 'severity', 'message', 'dismissed'];
  const lines = findings.map((f) => [f.article, f.title, f.row, f.check, f.category, f.severity, f.message, f.dismissed]);
  const blob = new Blob([csvDocument([header, ...lines])], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'shenjiao-qa-report.csv';
  link.click();
  URL.revokeObjectURL(link.href);
}
