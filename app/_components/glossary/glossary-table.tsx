'use client';

import Link from 'next/link';
import { createColumnHelper, flexRender } from '@tanstack/react-table';
import { useState } from 'react';
import type { GlossaryListPage } from '@/lib/index/glossary-list';
import type { IndexStatus } from '@/lib/index/indexer';
import { IndexNotice } from '../index-notice';
import { Pager } from '../pager';
import { GLOSSARY_TABLE_KEYS } from '../query-string';
import { useDebouncedText, useServerTable, useManualTable } from '../server-table';
import { addEntry, deleteEntry, updateEntry } from './api';
import { EntryForm } from './entry-form';
import { ImportPanel } from './import-panel';
import type { EntryInput, GlossaryRow } from './types';
import { SortableHead } from '../sortable-head';
import { useReviewer } from '../review/use-reviewer';
import { useMayDo } from '../session';
import { ConflictMark } from './conflict-mark';

const column = createColumnHelper<GlossaryRow>();

type GlossaryPageData = GlossaryListPage & { index: IndexStatus };

const baseColumns = [
  column.accessor('zh', {
    header: 'Chinese',
    cell: (i) => (
      <>
        <span lang="zh">{i.getValue()}</span>
        <ConflictMark entry={i.row.original} />
      </>
    ),
  }),
  column.accessor((e) => e.approved.join(' | '), { id: 'approved', header: 'Approved English' }),
  column.accessor((e) => e.forbidden.join(' | '), { id: 'forbidden', header: 'Forbidden' }),
  column.accessor((e) => e.tags.join(', '), { id: 'tags', header: 'Tags' }),
  column.accessor((e) => e.pos ?? '', { id: 'pos', header: 'POS' }),
  column.accessor((e) => e.note ?? '', { id: 'note', header: 'Note' }),
  column.accessor((e) => e.usage?.articles ?? 0, {
    id: 'usage',
    header: 'Usage',
    cell: (i) => {
      const u = i.row.original.usage;
      return u ? `${u.articles} ${u.articles === 1 ? 'article' : 'articles'} · approved in ${u.approvedInEnglish}` : '—';
    },
  }),
];

/** The glossary, a page at a time from the server (sorted and filtered there, state in the URL), editable in place. */
export function GlossaryTable({ initial }: { initial: { query: string; result: GlossaryPageData } }) {
  const server = useServerTable<GlossaryPageData>('/api/glossary', initial, GLOSSARY_TABLE_KEYS);
  const { result, reload } = server;
  const [text, setText] = useDebouncedText(server.get('q'), (q) => server.setParams({ q }, { replace: true }));
  const [editing, setEditing] = useState<string | null>(null);
  const [undo, setUndo] = useState<GlossaryRow | null>(null);
  const [message, setMessage] = useState('');
  const [reviewer] = useReviewer();
  const lead = useMayDo('lead');
  const who = reviewer || 'anonymous';

  const add = async (input: EntryInput) => {
    const answer = await addEntry(input, who);
    if (!answer.ok) return setMessage(answer.error), false;
    reload();
    setMessage(`Added ${answer.value.entry.zh}.`);
    return true;
  };
  const save = async (row: GlossaryRow, input: EntryInput) => {
    const answer = await updateEntry(row.id, input, row.updatedAt, who);
    if (!answer.ok) return setMessage(answer.error), false;
    reload();
    setEditing(null);
    setMessage(`Saved ${answer.value.entry.zh}.`);
    return true;
  };
  const remove = async (row: GlossaryRow) => {
    const answer = await deleteEntry(row.id, row.updatedAt);
    if (!answer.ok) return setMessage(answer.error);
    reload();
    setUndo(row);
    setMessage(`Deleted ${row.zh}.`);
  };
  const undoDelete = async () => {
    if (!undo) return;
    if (await add(undo)) setUndo(null);
  };

  const columns = !lead ? baseColumns : [
    ...baseColumns,
    column.display({
      id: 'actions',
      header: 'Actions',
      enableSorting: false,
      cell: (i) => (
        <span className="row-actions">
          <button type="button" aria-label={`Edit ${i.row.original.zh}`} onClick={() => setEditing(i.row.original.id)}>
            Edit
          </button>
          <button type="button" aria-label={`Delete ${i.row.original.zh}`} onClick={() => void remove(i.row.original)}>
            Delete
          </button>
          {i.row.original.forbidden.length && i.row.original.approved.length ? (
            <Link href={`/search?batch=glossary&entry=${encodeURIComponent(i.row.original.id)}`} aria-label={`Replace forbidden renderings of ${i.row.original.zh}`}>
              Replace forbidden…
            </Link>
          ) : null}
          {i.row.original.duplicateOf.length ? <span className="error-text">duplicate</span> : null}
        </span>
      ),
    }),
  ];

  const table = useManualTable(server, result, columns, (row) => row.id);

  return (
    <>
      <IndexNotice status={result.index} needs={['glossary']} onFresh={reload} />
      {lead ? <EntryForm label="New entry" onSubmit={add} /> : <p className="muted">Only a lead edits the glossary.</p>}
      <div className="toolbar">
        <label>
          Filter
          <input type="search" value={text} placeholder="term, rendering or note" onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          Tag
          <select value={server.get('tag')} onChange={(e) => server.setParams({ tag: e.target.value })}>
            <option value="">all</option>
            {result.tags.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <span role="status" className="muted">
          {result.total} of {result.all} entries {message ? `· ${message}` : ''}
        </span>
        {undo ? (
          <button type="button" onClick={() => void undoDelete()}>
            Undo delete of {undo.zh}
          </button>
        ) : null}
        <a href="/api/glossary/export?format=csv">Export CSV</a>
        <a href="/api/glossary/export?format=tbx">Export TBX</a>
      </div>
      <table className="data glossary">
        <SortableHead table={table} />
        <tbody>
          {table.getRowModel().rows.map((row) =>
            editing === row.id ? (
              <tr key={row.id}>
                <td colSpan={columns.length}>
                  <EntryForm
                    label={`Edit ${row.original.zh}`}
                    initial={row.original}
                    onSubmit={(input) => save(row.original, input)}
                    onCancel={() => setEditing(null)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
      <Pager table={table} />
      {lead ? <ImportPanel reviewer={who} /> : null}
    </>
  );
}
