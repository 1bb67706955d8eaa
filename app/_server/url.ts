import { normalQuery } from '../_components/query-string';

/** A page's search params as the client spells its query (see useServerTable). */
export function normalQueryOf(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string') search.set(k, v);
  return normalQuery(search);
}
