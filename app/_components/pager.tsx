'use client';

import type { Table } from '@tanstack/react-table';

/** Previous / next and where we are, for a table paged on the server. */
export function Pager<T>({ table, label = 'Pages' }: { table: Table<T>; label?: string }) {
  if (table.getPageCount() <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
        Previous
      </button>
      <span>
        Page {table.getState().pagination.pageIndex + 1} of {table.getPageCount().toLocaleString('en')}
      </span>
      <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
        Next
      </button>
    </nav>
  );
}
