'use client';

import Link from 'next/link';
import { createColumnHelper, flexRender } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { PageResult } from '@/lib/index/paging';
import type { QaArticleRow } from '@/lib/index/qa-views';
import type { QaRunStatus } from '@/lib/index/qa-job';
import { Pager } from '../pager';
import { useManualTable, type useServerTable } from '../server-table';
import { SortableHead } from '../sortable-head';

export type CheckInfo = { id: string; category: string; severity: string; describe: string };

/** Open and dismissed findings per check (the job's totals), with a bar chart of the open ones; a check's name filters the list. */
export function FindingsPerCheck({ checks, counts, selected, onSelect }: { checks: CheckInfo[]; counts: QaRunStatus['checks']; selected: string; onSelect: (id: string) => void }) {
  const byId = new Map(counts.map((c) => [c.id, c]));
  const max = Math.max(1, ...counts.map((c) => c.open));
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
          {checks.map((c) => {
            const open = byId.get(c.id)?.open ?? 0;
            return (
              <tr key={c.id}>
                <th scope="row">
                  <SelectButton selected={selected === c.id} onClick={() => onSelect(selected === c.id ? '' : c.id)} title={c.describe}>
                    {c.id}
                  </SelectButton>
                </th>
                <td className="muted">{c.category}</td>
                <td className="num">
                  {open.toLocaleString('en')}
                  {open > 0 ? (
                    <Link href={`/search?batch=qa&check=${encodeURIComponent(c.id)}`} aria-label={`Fix all findings of ${c.id}`} className="fix-all">
                      fix all…
                    </Link>
                  ) : null}
                </td>
                <td className="num muted">{(byId.get(c.id)?.dismissed ?? 0).toLocaleString('en')}</td>
                <td className="bar-cell">
                  <span className={`bar sev-${c.severity}`} style={{ width: `${(open / max) * 100}%` }} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

const column = createColumnHelper<QaArticleRow>();

/** Major, minor and dismissed findings per article, the worst first, paged on the server; a title shows that article alone. */
export function FindingsPerArticle({ table: server, selected, onSelect }: { table: ReturnType<typeof useServerTable<PageResult<QaArticleRow>>>; selected: string; onSelect: (id: string) => void }) {
  const columns = [
    column.accessor('title', {
      header: 'Article',
      cell: (i) => (
        <SelectButton selected={selected === i.row.original.id} onClick={() => onSelect(selected === i.row.original.id ? '' : i.row.original.id)}>
          {i.getValue()}
        </SelectButton>
      ),
    }),
    column.accessor('major', { header: 'Major', meta: { numeric: true } }),
    column.accessor('minor', { header: 'Minor', meta: { numeric: true } }),
    column.accessor('dismissed', { header: 'Dismissed', meta: { numeric: true } }),
  ];
  const table = useManualTable(server, server.result, columns, (r) => r.id);
  return (
    <>
      <h2>
        Findings per article <span className="muted">({server.result.total.toLocaleString('en')} with findings)</span>
      </h2>
      <table className="data" aria-label="Findings per article">
        <SortableHead table={table} />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell, i) =>
                i === 0 ? (
                  <th key={cell.id} scope="row">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </th>
                ) : (
                  <td key={cell.id} className="num">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Pager table={table} label="Article pages" />
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
