import Link from 'next/link';
import type { ReactNode } from 'react';

export interface ReportFinding {
  article: string;
  title: string;
  row: number;
  check: string;
  category: string;
  severity: 'major' | 'minor';
  message: string;
  dismissed: boolean;
}

export type CheckInfo = { id: string; category: string; severity: string; describe: string };

interface SummaryProps {
  findings: ReportFinding[];
  selected: string;
  /** Clicking the selected item again clears the choice. */
  onSelect: (id: string) => void;
}

/** Open and dismissed findings per check, with a bar chart of the open ones; a check's name filters the list. */
export function FindingsPerCheck({ checks, findings, selected, onSelect }: SummaryProps & { checks: CheckInfo[] }) {
  const perCheck = countBy(findings.filter((f) => !f.dismissed), (f) => f.check);
  const dismissed = countBy(findings.filter((f) => f.dismissed), (f) => f.check);
  const max = Math.max(1, ...perCheck.values());
  return (
    <>
      <h2>Findings per check</h2>
      <table className="data chart" aria-label="Findings per check">
        <thead>
          <tr>
            <th>Check</th>
            <th>MQM category</th>
            <th className="num">Open</th>
            <th className="num">Dismissed</th>
            <th>
              <span className="visually-hidden">Chart</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <SelectButton selected={selected === c.id} onClick={() => onSelect(selected === c.id ? '' : c.id)} title={c.describe}>
                  {c.id}
                </SelectButton>
              </th>
              <td className="muted">{c.category}</td>
              <td className="num">
                {perCheck.get(c.id) ?? 0}
                {perCheck.get(c.id) ? (
                  <>
                    {' '}
                    <Link href={`/search?batch=qa&check=${encodeURIComponent(c.id)}`} aria-label={`Fix all findings of ${c.id}`} className="fix-all">
                      fix all…
                    </Link>
                  </>
                ) : null}
              </td>
              <td className="num muted">{dismissed.get(c.id) ?? 0}</td>
              <td className="bar-cell">
                <span className={`bar sev-${c.severity}`} style={{ width: `${((perCheck.get(c.id) ?? 0) / max) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Major, minor and dismissed findings per article, the worst first; an article's title shows it alone. */
export function FindingsPerArticle({ articles, findings, selected, onSelect }: SummaryProps & { articles: { id: string; title: string }[] }) {
  const count = (id: string, test: (f: ReportFinding) => boolean) => findings.filter((f) => f.article === id && test(f)).length;
  const rows = articles
    .map((a) => ({ ...a, major: count(a.id, (f) => !f.dismissed && f.severity === 'major'), minor: count(a.id, (f) => !f.dismissed && f.severity === 'minor'), dismissed: count(a.id, (f) => f.dismissed) }))
    .filter((a) => a.major + a.minor + a.dismissed > 0)
    .sort((a, b) => b.major - a.major || b.minor - a.minor);
  return (
    <>
      <h2>Findings per article</h2>
      <table className="data" aria-label="Findings per article">
        <thead>
          <tr>
            <th>Article</th>
            <th className="num">Major</th>
            <th className="num">Minor</th>
            <th className="num">Dismissed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <SelectButton selected={selected === a.id} onClick={() => onSelect(selected === a.id ? '' : a.id)}>
                  {a.title}
                </SelectButton>
              </th>
              <td className="num">{a.major}</td>
              <td className="num">{a.minor}</td>
              <td className="num muted">{a.dismissed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function SelectButton({ selected, onClick, title, children }: { selected: boolean; onClick: () => void; title?: string; children: ReactNode }) {
  return (
    <button type="button" className="link-button" aria-pressed={selected} onClick={onClick} title={title}>
      {children}
    </button>
  );
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
