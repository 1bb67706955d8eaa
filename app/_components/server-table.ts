'use client';

import { getCoreRowModel, useReactTable, type ColumnDef, type PaginationState, type SortingState, type Updater } from '@tanstack/react-table';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { normalQuery, ownQuery, PAGING_KEYS, type TableKeys } from './query-string';

export { PAGING_KEYS, type TableKeys };


const apply = <T,>(updater: Updater<T>, old: T): T => (typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater);

/**
 * A table whose state lives in the URL and whose rows come from a paged API: TanStack
 * Table's manual mode. Changing the sort, page or a filter pushes a new URL (so it can be
 * shared and the back button works); a new URL fetches its page. The server renders the
 * first page with the same query, so nothing is fetched on load.
 */
export function useServerTable<R>(endpoint: string, initial: { query: string; result: R }, { prefix = '', keys = PAGING_KEYS }: TableKeys = {}) {
  const params = useSearchParams();
  const query = ownQuery(new URLSearchParams(params.toString()), { prefix, keys });
  const [loaded, setLoaded] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (query === loaded.query) return;
    const controller = new AbortController();
    void fetch(`${endpoint}?${query}`, { signal: controller.signal })
      .then(async (response) => {
        const body = await response.json();
        if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
        // A newer URL aborts this fetch (see the cleanup), so an answer here is the current one.
        setLoaded({ query, result: body as R });
        setError(null);
      })
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setError(e.message);
      });
    return () => controller.abort();
  }, [endpoint, query, loaded.query]);

  const get = (name: string) => params.get(prefix + name) ?? '';

  /** Sets URL parameters (empty removes one); any change but the page's goes back to page 1. */
  const setParams = (changes: Record<string, string | null>, { replace = false } = {}) => {
    const next = new URLSearchParams(params.toString());
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(prefix + name);
      else next.set(prefix + name, value);
    }
    if (!('page' in changes)) next.delete(`${prefix}page`);
    const url = `${window.location.pathname}?${normalQuery(next)}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  };

  const sorting: SortingState = get('sort') ? [{ id: get('sort'), desc: get('dir') === 'desc' }] : [];
  const pagination: PaginationState = { pageIndex: Math.max(0, Number(get('page') || 1) - 1), pageSize: Number(get('size') || 50) };

  return {
    result: loaded.result,
    /** Fetches the current page again (the index has news). */
    reload: () => setLoaded((l) => ({ ...l, query: '' })),
    loading: query !== loaded.query,
    error,
    get,
    setParams,
    tableState: { sorting, pagination },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [first] = apply(updater, sorting);
      setParams({ sort: first?.id ?? null, dir: first ? (first.desc ? 'desc' : 'asc') : null });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = apply(updater, pagination);
      setParams({ page: next.pageIndex > 0 ? String(next.pageIndex + 1) : null, size: next.pageSize !== 50 ? String(next.pageSize) : null });
    },
  };
}

/** A text filter that updates the URL as one types (replacing, not stacking history entries). */
export function useDebouncedText(value: string, commit: (text: string) => void, delay = 300) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  const [committed, setCommitted] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The URL changed under the box (back button, a link), not by our own typing: show its text.
  if (value !== synced) {
    setSynced(value);
    if (value !== committed) setText(value);
  }
  const change = (next: string) => {
    setText(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setCommitted(next);
      commit(next);
    }, delay);
  };
  return [text, change] as const;
}

/**
 * The TanStack table over one server page: sorting, paging and filtering all happen on the
 * server (manual mode), and the table's state is the URL's.
 */
export function useManualTable<T>(
  server: Pick<ReturnType<typeof useServerTable>, 'tableState' | 'onSortingChange' | 'onPaginationChange'>,
  page: { rows: T[]; pages: number },
  columns: ColumnDef<T, any>[],
  getRowId?: (row: T) => string,
) {
  return useReactTable({
    data: page.rows,
    columns,
    state: server.tableState,
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    pageCount: page.pages,
    onSortingChange: server.onSortingChange,
    onPaginationChange: server.onPaginationChange,
    getCoreRowModel: getCoreRowModel(),
    ...(getRowId ? { getRowId } : {}),
  });
}
