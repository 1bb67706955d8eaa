'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import type { IndexStatus } from '@/lib/index/indexer';
import type { PairListPage, PairListRow, PairView } from '@/lib/index/pair-list';
import { IndexNotice } from './index-notice';
import { PairActions } from './pair-actions';
import { Pager } from './pager';
import { PAIR_TABLE_KEYS } from './query-string';
import { useDebouncedText, useServerTable, useManualTable } from './server-table';
import { DataCells, SortableHead } from './sortable-head';

type PairPageData = PairListPage & { index: IndexStatus };

const VIEWS: { view: PairView; label: string }[] = [
  { view: 'pairs', label: 'Pairs' },
  { view: 'zh', label: 'Chinese originals without a translation' },
  { view: 'en', label: 'English articles without an original' },
];

const column = createColumnHelper<PairListRow>();

const articleLink = (ref: PairListRow['zh'], lang: 'zh' | 'en') =>
  ref ? (
    <>
      <Link href={`/articles/${encodeURIComponent(ref.id)}`} lang={lang === 'zh' ? 'zh' : undefined}>
        {ref.title}
      </Link>
      <div className="muted small-file">{ref.file}</div>
    </>
  ) : (
    <span className="muted">none</span>
  );

const columns = [
  column.accessor((r) => r.zh?.title ?? '', { id: 'zh', header: 'Chinese original', cell: (i) => articleLink(i.row.original.zh, 'zh') }),
  column.accessor((r) => r.en?.title ?? '', {
    id: 'en',
    header: 'English translation',
    cell: (i) => (
      <>
        {articleLink(i.row.original.en, 'en')} {i.row.original.kind === 'pair' && !i.row.original.active ? <span className="muted">(other version)</span> : null}
      </>
    ),
  }),
  column.accessor((r) => r.score ?? -1, {
    id: 'score',
    header: 'Confidence',
    meta: { numeric: true },
    cell: (i) => (i.row.original.score === null ? '—' : `${Math.round(i.row.original.score * 100)}%`),
  }),
  column.accessor('decision', {
    header: 'Decision',
    cell: (i) => ({ auto: 'suggested', candidate: 'candidate', none: '—' } as Record<string, string>)[i.getValue()] ?? i.getValue(),
  }),
  column.display({
    id: 'actions',
    header: 'Actions',
    enableSorting: false,
    cell: (i) => {
      const r = i.row.original;
      const other = r.lang === 'zh' ? r.en : r.zh;
      return (
        <>
          {r.kind === 'pair' ? <Link href={`/articles/${encodeURIComponent(r.en!.id)}/review`}>Review</Link> : null}{' '}
          {r.zh && r.en ? <PairActions zh={r.zh.id} en={r.en.id} decision={r.decision} active={r.active} label={(r.kind === 'pair' ? r.en : other)?.title ?? ''} /> : null}
          {r.kind === 'unpaired' && r.readable && r.en ? <Link href={`/articles/${encodeURIComponent(r.en.id)}/review`}>Review alone</Link> : null}
        </>
      );
    },
  }),
];

/** Pairs, or articles left unpaired, one page at a time from the server; the URL keeps view, sort, filter and page. */
export function PairTable({ initial }: { initial: { query: string; result: PairPageData } }) {
  const server = useServerTable<PairPageData>('/api/pairs/list', initial, PAIR_TABLE_KEYS);
  const { result } = server;
  const view = (server.get('view') || 'pairs') as PairView;
  const [text, setText] = useDebouncedText(server.get('q'), (q) => server.setParams({ q }, { replace: true }));
  const table = useManualTable(server, result, columns);
  const current = VIEWS.find((v) => v.view === view)!;
  return (
    <section aria-label="Pairing" aria-busy={server.loading}>
      <IndexNotice status={result.index} needs={['listing', 'pairing']} onFresh={server.reload} />
      <nav className="tabs" aria-label="Show">
        {VIEWS.map((v) => (
          <button key={v.view} type="button" aria-pressed={v.view === view} onClick={() => server.setParams({ view: v.view === 'pairs' ? null : v.view, sort: null, dir: null, decision: null })}>
            {v.label} ({result.counts[v.view].toLocaleString('en')})
          </button>
        ))}
      </nav>
      <h2>
        {current.label} <span className="muted">({result.counts[view].toLocaleString('en')})</span>
      </h2>
      <div className="toolbar">
        <label>
          Filter
          <input type="search" placeholder="title or file" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        {view === 'pairs' ? (
          <label>
            Decision
            <select value={server.get('decision')} onChange={(e) => server.setParams({ decision: e.target.value })}>
              <option value="">all</option>
              <option value="auto">suggested</option>
              <option value="confirmed">confirmed</option>
              <option value="manual">manual</option>
            </select>
          </label>
        ) : null}
        <span className="muted">
          {result.total.toLocaleString('en')} shown{server.loading ? ' · loading…' : ''}
        </span>
      </div>
      {view === 'pairs' && result.counts.pairs === 0 ? <p>No pairs: no English article here translates a Chinese one, as far as the evidence shows.</p> : null}
      <table className="data" aria-label={current.label}>
        <SortableHead table={table} />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-article-id={row.original.kind === 'pair' ? undefined : (row.original.lang === 'zh' ? row.original.zh : row.original.en)?.id}>
              <DataCells row={row} />
            </tr>
          ))}
        </tbody>
      </table>
      <Pager table={table} />
    </section>
  );
}
