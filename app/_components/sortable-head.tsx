'use client';

import { flexRender, type Row, type Table } from '@tanstack/react-table';

/** Column metadata a table may set: numeric columns are right-aligned. */
export function isNumeric(meta: unknown): boolean {
  return Boolean(meta && typeof meta === 'object' && 'numeric' in meta);
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A TanStack table's header: every column sorts on click, and says so to screen readers. */
export function SortableHead<T>({ table }: { table: Table<T> }) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <th key={header.id} aria-sort={sorted ? ARIA_SORT[sorted] : 'none'} className={isNumeric(header.column.columnDef.meta) ? 'num' : undefined}>
                <button type="button" onClick={header.column.getToggleSortingHandler()}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                  {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                </button>
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

/** A TanStack row's cells, numeric ones right-aligned (the body of the paged tables). */
export function DataCells<T>({ row }: { row: Row<T> }) {
  return row.getVisibleCells().map((cell) => (
    <td key={cell.id} className={isNumeric(cell.column.columnDef.meta) ? 'num' : undefined}>
      {flexRender(cell.column.columnDef.cell, cell.getContext())}
    </td>
  ));
}
