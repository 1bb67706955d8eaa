import { AppError } from '@/lib/errors';
import { decodeRouteId } from './route-id';

/** Reads route params; a malformed or path-like id is a 404, as for any unknown article. */
export async function idParams<K extends string>(params: Promise<Record<K, string>>, ...names: K[]): Promise<Record<K, string>> {
  let raw: Record<K, string>;
  try {
    raw = await params;
  } catch {
    throw new AppError('not-found', 'No such article.');
  }
  const out = {} as Record<K, string>;
  for (const name of names) {
    const id = decodeRouteId(raw[name] ?? '');
    if (!id) throw new AppError('not-found', `No such ${name === 'id' ? 'article' : name}.`);
    out[name] = id;
  }
  return out;
}
