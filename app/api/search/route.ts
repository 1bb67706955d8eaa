import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { compileQuery, SEARCH_SIDES } from '@/lib/search/match';
import { searchCorpus } from '@/lib/search/service';
import { corpusDir } from '../../_server/corpus';
import { handle } from '../../_server/http';
import { ndjsonResponse } from '../../_server/ndjson';

const flag = z.enum(['0', '1']).default('0').transform((v) => v === '1');
const QuerySchema = z.object({
  q: z.string().max(500, 'A search pattern may have at most 500 characters.'),
  side: z.enum(SEARCH_SIDES).default('en'),
  regex: flag,
  word: flag,
  case: flag,
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

const CHUNK = 100;

/**
 * Concordance search, streamed as NDJSON: `progress` lines while the index catches up,
 * `hits` in chunks, then `done` with the counts and, for a Chinese search, the renderings.
 */
export const GET = handle(async (request: Request) => {
  const parsed = QuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError('bad-input', parsed.error.issues[0]?.message ?? 'Bad search.');
  const { q, side, regex, word, case: caseSensitive, limit } = parsed.data;
  const query = { pattern: q, side, regex, wholeWord: word, caseSensitive };
  compileQuery(query); // a bad pattern is a 400 before anything streams
  return ndjsonResponse(async (send) => {
    const answer = await searchCorpus(corpusDir(), query, { limit, onProgress: (p) => send({ type: 'progress', ...p }) });
    for (let i = 0; i < answer.hits.length; i += CHUNK) send({ type: 'hits', hits: answer.hits.slice(i, i + CHUNK) });
    const { hits: _hits, ...summary } = answer;
    send({ type: 'done', ...summary, shown: answer.hits.length });
  });
});
