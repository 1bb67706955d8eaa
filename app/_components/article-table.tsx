'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useState } from 'react';
import type { ArticleListPage } from '@/lib/index/article-list';
import type { IndexStatus } from '@/lib/index/indexer';
import type { ArticleListRow } from './article-list-row';
import { IndexNotice } from './index-notice';
import { Pager } from './pager';
import { ARTICLE_TABLE_KEYS } from './query-string';
import { useDebouncedText, useServerTable, useManualTable } from './server-table';
import { DataCells, SortableHead } from './sortable-head';

const column = createColumnHelper<ArticleListRow>();

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

type ArticlePageData = ArticleListPage & { index: IndexStatus };

/** The article list: one page from the server, sorted and filtered there; the URL holds the state. */
export function ArticleTable({ initial }: { initial: { query: string; result: ArticlePageData } }) {
  const server = useServerTable<ArticlePageData>('/api/articles', initial, ARTICLE_TABLE_KEYS);
  const { result } = server;
  const [text, setText] = useDebouncedText(server.get('q'), (q) => server.setParams({ q }, { replace: true }));
  const table = useManualTable(server, result, columns, (row) => row.id);
  const { counts } = result;

  return (
    <section aria-label="Articles" aria-busy={server.loading}>
      <IndexNotice status={result.index} needs={['listing', 'pairing']} onFresh={server.reload} />
      <div className="toolbar">
        <label>
          Filter
          <input type="search" placeholder="title, file or source" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          Language
          <select value={server.get('lang')} onChange={(e) => server.setParams({ lang: e.target.value })}>
            <option value="">all</option>
            <option value="zh">Chinese (zh)</option>
            <option value="en">English (en)</option>
            <option value="unknown">unknown</option>
          </select>
        </label>
        <ExportAll ids={result.rows.filter((r) => r.lang === 'en').map((r) => r.id)} />
        <span role="status" className="muted">
          {result.total.toLocaleString('en')} of {result.all.toLocaleString('en')} articles · {counts.zh.toLocaleString('en')} Chinese · {counts.en.toLocaleString('en')} English
          {counts.unknown ? ` · ${counts.unknown} unknown` : ''}
          {server.loading ? ' · loading…' : ''}
        </span>
        {server.error ? <span className="error-text">{server.error}</span> : null}
      </div>
      <table className="data">
        <SortableHead table={table} />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-article-id={row.original.id}>
              <DataCells row={row} />
            </tr>
          ))}
        </tbody>
      </table>
      <Pager table={table} />
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
