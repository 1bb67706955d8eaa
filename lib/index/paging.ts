/** One page of a table, as every paged API answers it. */
export interface PageResult<T> {
  rows: T[];
  /** Rows matching the filters, over all pages. */
  total: number;
  /** 1-based. */
  page: number;
  size: number;
  pages: number;
}

export interface PageQuery {
  page: number;
  size: number;
  sort: string | null;
  dir: 'asc' | 'desc';
}

export type SortValue = string | number | null;

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(a: SortValue, b: SortValue): number {
  // Empty values sort last in either direction would surprise; they sort as the smallest.
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Filters, sorts and cuts one page out of `items` (already in their natural order, which
 * breaks ties so pages never overlap). Unknown sort keys leave the natural order.
 */
export function pageOf<T>(items: readonly T[], query: PageQuery, sortKeys: Record<string, (item: T) => SortValue>, keep?: (item: T) => boolean): PageResult<T> {
  const key = query.sort ? sortKeys[query.sort] : undefined;
  const ordered = key ? sortedOnce(items, `${query.sort}:${query.dir}`, key, query.dir) : items;
  const rows = keep ? ordered.filter(keep) : ordered;
  const pages = Math.max(1, Math.ceil(rows.length / query.size));
  const page = Math.min(Math.max(1, query.page), pages);
  return { rows: rows.slice((page - 1) * query.size, page * query.size), total: rows.length, page, size: query.size, pages };
}

const sortings = new WeakMap<object, Map<string, readonly unknown[]>>();

/**
 * The items sorted, remembered per list and order: the lists pages show are made once per
 * index run, and sorting a hundred thousand titles takes a second; filters keep the order.
 */
function sortedOnce<T>(items: readonly T[], name: string, key: (item: T) => SortValue, dir: 'asc' | 'desc'): readonly T[] {
  const known = sortings.get(items)?.get(name);
  if (known) return known as readonly T[];
  const sign = dir === 'desc' ? -1 : 1;
  const decorated = items.map((item, index) => ({ item, index, value: key(item) }));
  decorated.sort((a, b) => sign * compare(a.value, b.value) || a.index - b.index);
  const sorted = decorated.map((d) => d.item);
  if (!sortings.has(items)) sortings.set(items, new Map());
  sortings.get(items)!.set(name, sorted);
  return sorted;
}

/** Whether any of the texts contains the query, ignoring case; an empty query keeps everything. */
export function containsText(query: string, ...texts: (string | null | undefined)[]): boolean {
  const needle = query.trim().toLowerCase();
  return !needle || texts.some((t) => t?.toLowerCase().includes(needle));
}
