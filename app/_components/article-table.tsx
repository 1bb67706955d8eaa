'use client';

import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type FilterFn,
  type SortingState,
} from '@tanstack/react-table';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { ArticleListRow } from './article-list-row';
import { isNumeric, SortableHead } from './sortable-head';

const column = createColumnHelper<ArticleListRow>();
const PAGE_SIZE = 50;

const matchesText: FilterFn<ArticleListRow> = (row, _columnId, query: string) => {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  const a = row.original;
  return [a.title, a.file, a.source ?? '', a.counterpart?.title ?? ''].some((value) => value.toLowerCase().includes(needle));
};

const columns = [
  column.accessor('title', {
    header: 'Title',
    cell: (info) => {
      const a = info.row.original;
      return (
        <>
          <Link href={`/articles/${encodeURIComponent(a.id)}`} lang={a.lang === 'zh' ? 'zh' : undefined}>
            {a.title || a.file}
          </Link>
          <div className="muted small-file">{a.file}</div>
          {a.error ? <div className="error-text">{a.error}</div> : null}
        </>
      );
    },
  }),
  column.accessor('lang', { header: 'Language', cell: (info) => <span className="lang-badge">{info.getValue()}</span> }),
  column.accessor((a) => a.date ?? '', { id: 'date', header: 'Date' }),
  column.accessor((a) => a.source ?? '', { id: 'source', header: 'Source' }),
  column.accessor('length', {
    header: 'Length',
    meta: { numeric: true },
    cell: (info) => `${info.getValue().toLocaleString('en')} ${info.row.original.lang === 'zh' ? 'chars' : 'words'}`,
  }),
  column.accessor((a) => a.encoding ?? '', { id: 'encoding', header: 'Encoding' }),
  column.accessor((a) => a.counterpart?.title ?? '', {
    id: 'counterpart',
    header: 'Counterpart',
    cell: (info) => {
      const c = info.row.original.counterpart;
      if (!c) return <span className="muted">unpaired</span>;
      return (
        <>
          <Link href={`/articles/${encodeURIComponent(c.id)}`}>{c.title}</Link>{' '}
          <span className="muted">{Math.round(c.score * 100)}%</span>
        </>
      );
    },
  }),
  column.accessor((a) => (a.review ? a.review.confirmed / (a.review.rows || 1) : -1), {
    id: 'review',
    header: 'Review',
    cell: (info) => {
      const a = info.row.original;
      if (a.lang !== 'en' || a.error) return null;
      if (!a.review) return <Link href={`/articles/${encodeURIComponent(a.id)}/review`}>not started</Link>;
      return (
        <Link href={`/articles/${encodeURIComponent(a.id)}/review`}>
          {a.review.state} · {a.review.confirmed}/{a.review.rows}
          {a.review.conflicts ? <span className="conflict-count"> · {a.review.conflicts} in conflict</span> : null}
        </Link>
      );
    },
  }),
  column.accessor((a) => a.review?.editRate ?? -1, {
    id: 'editRate',
    header: 'Edit rate',
    meta: { numeric: true },
    cell: (info) => (info.row.original.review ? `${(info.row.original.review.editRate * 100).toFixed(1)}%` : ''),
  }),
  column.accessor((a) => a.review?.mqm ?? -1, {
    id: 'mqm',
    header: 'MQM',
    meta: { numeric: true },
    cell: (info) => (info.row.original.review ? String(info.row.original.review.mqm) : ''),
  }),
];

export function ArticleTable({ rows }: { rows: ArticleListRow[] }) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [text, setText] = useState('');
  const [lang, setLang] = useState('');
  const data = useMemo(() => (lang ? rows.filter((a) => a.lang === lang) : rows), [rows, lang]);
  const table = useReactTable({
    data,
    columns,
    state: { sorting, globalFilter: text },
    onSortingChange: setSorting,
    onGlobalFilterChange: setText,
    globalFilterFn: matchesText,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageSize: PAGE_SIZE } },
  });
  const shown = table.getFilteredRowModel().rows.length;
  const counts = countByLang(rows);

  return (
    <section aria-label="Articles">
      <div className="toolbar">
        <label>
          Filter
          <input type="search" placeholder="title, file or source" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          Language
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="">all</option>
            <option value="zh">Chinese (zh)</option>
            <option value="en">English (en)</option>
            <option value="unknown">unknown</option>
          </select>
        </label>
        <ExportAll ids={table.getFilteredRowModel().rows.filter((r) => r.original.lang === 'en').map((r) => r.original.id)} />
        <span role="status" className="muted">
          {shown} of {rows.length} articles · {counts.zh} Chinese · {counts.en} English
          {counts.unknown ? ` · ${counts.unknown} unknown` : ''}
        </span>
      </div>
      <table className="data">
        <SortableHead table={table} />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-article-id={row.original.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={isNumeric(cell.column.columnDef.meta) ? 'num' : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.getPageCount() > 1 ? (
        <nav className="pager" aria-label="Pages">
          <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            Previous
          </button>
          <span>
            Page {table.getState().pagination.pageIndex + 1} of {table.getPageCount()}
          </span>
          <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            Next
          </button>
        </nav>
      ) : null}
    </section>
  );
}

/** The shown English articles' exports in one ZIP. */
function ExportAll({ ids }: { ids: string[] }) {
  const [format, setFormat] = useState('txt');
  const href = `/api/export?format=${format}&ids=${ids.map(encodeURIComponent).join(',')}`;
  return (
    <span className="export-all">
      <label>
        Export shown
        <select value={format} onChange={(e) => setFormat(e.target.value)}>
          {['txt', 'tsv', 'csv', 'xliff', 'tmx'].map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
      </label>
      <a href={href} download aria-disabled={ids.length === 0}>
        ZIP of {ids.length} English
      </a>
    </span>
  );
}

function countByLang(rows: ArticleListRow[]) {
  const counts = { zh: 0, en: 0, unknown: 0 };
  for (const row of rows) counts[row.lang] += 1;
  return counts;
}
