import { ownQuery, type TableKeys } from '../_components/query-string';

/** The part of a page's search params one table owns, spelled as the client spells it (see useServerTable). */
export function tableQueryOf(params: Record<string, string | string[] | undefined>, keys: TableKeys = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string') search.set(k, v);
  return ownQuery(search, keys);
}
