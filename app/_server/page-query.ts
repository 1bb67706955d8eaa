import { z } from 'zod';
import { AppError } from '@/lib/errors';
import type { PageQuery } from '@/lib/index/paging';

export const DEFAULT_PAGE_SIZE = 50;

/** The table state every paged API and page reads from the URL: page, size, sort, dir, q and a table's own filters. */
export function pageQuerySchema<S extends z.ZodRawShape>(sortable: readonly [string, ...string[]], filters: S) {
  return z.object({
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    size: z.coerce.number().int().min(1).max(200).default(DEFAULT_PAGE_SIZE),
    sort: z.enum(sortable).optional(),
    dir: z.enum(['asc', 'desc']).default('asc'),
    q: z.string().max(200).default(''),
    ...filters,
  });
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** Parses the query; bad input is a 400 naming the parameter. */
export function parsePageQuery<T extends z.ZodType>(schema: T, params: Params): z.infer<T> {
  const flat: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [k, v] of entries) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value !== '') flat[k] = value;
  }
  const parsed = schema.safeParse(flat);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad-input', `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** The paging part of a parsed query. */
export function pagingOf(query: { page: number; size: number; sort?: string; dir: 'asc' | 'desc' }): PageQuery {
  return { page: query.page, size: query.size, sort: query.sort ?? null, dir: query.dir };
}

/** For pages: a URL with a bad parameter shows the default table rather than an error page. */
export function pageQueryOrDefault<T extends z.ZodType>(schema: T, params: Params): z.infer<T> {
  try {
    return parsePageQuery(schema, params);
  } catch {
    return schema.parse({});
  }
}
