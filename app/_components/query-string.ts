/** The query string in a stable order, so the server's and the browser's spelling compare equal. */
export function normalQuery(params: URLSearchParams): string {
  const sorted = [...params.entries()].filter(([, v]) => v !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(sorted).toString();
}

/** The URL parameters a table owns: its paging keys and filters, under its prefix when a page has two tables. */
export interface TableKeys {
  prefix?: string;
  keys?: readonly string[];
}

export const PAGING_KEYS = ['page', 'size', 'sort', 'dir', 'q'] as const;

/** The part of the URL one table reads, prefix removed: what its API is asked. */
export function ownQuery(params: URLSearchParams, { prefix = '', keys = PAGING_KEYS }: TableKeys): string {
  const own = new URLSearchParams();
  for (const [k, v] of params.entries()) if (k.startsWith(prefix) && keys.includes(k.slice(prefix.length))) own.set(k.slice(prefix.length), v);
  return normalQuery(own);
}


export const ARTICLE_TABLE_KEYS: TableKeys = { keys: [...PAGING_KEYS, 'lang'] };
export const QA_FINDING_KEYS: TableKeys = { keys: [...PAGING_KEYS, 'check', 'severity', 'article', 'dismissed'] };
export const QA_ARTICLE_KEYS: TableKeys = { prefix: 'a', keys: PAGING_KEYS };
export const PAIR_TABLE_KEYS: TableKeys = { keys: [...PAGING_KEYS, 'view', 'decision'] };
export const GLOSSARY_TABLE_KEYS: TableKeys = { keys: [...PAGING_KEYS, 'tag'] };
