import { z } from 'zod';
import { SEARCH_SIDES } from '@/lib/search/match';
import { Concordance } from '../_components/search/concordance';
import type { BatchSource, QueryFields } from '../_components/search/types';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Search' };

const ParamsSchema = z.object({
  q: z.string().max(500).catch(''),
  side: z.enum(SEARCH_SIDES).optional().catch(undefined),
  regex: z.string().optional(),
  word: z.string().optional(),
  case: z.string().optional(),
  batch: z.enum(['glossary', 'qa']).optional().catch(undefined),
  entry: z.string().max(200).optional(),
  check: z.string().max(100).optional(),
});

type Search = Record<string, string | string[] | undefined>;

export default async function SearchPage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const p = ParamsSchema.parse({ q: '', ...raw });
  const initial: QueryFields = { q: p.q, side: p.side ?? (/\p{Script=Han}/u.test(p.q) ? 'zh' : 'en'), regex: p.regex === '1', word: p.word === '1', case: p.case === '1' };
  const batch: BatchSource | null = p.batch === 'glossary' && p.entry ? { kind: 'glossary', entryId: p.entry } : p.batch === 'qa' && p.check ? { kind: 'qa', check: p.check } : null;
  return (
    <>
      <h1>Search the corpus</h1>
      <p className="muted">
        Every aligned row of every English article: its Chinese (Simplified and Traditional alike), the machine translation, or the current English. A
        Chinese search shows how each row renders the term; any search can become a batch correction, previewed row by row and undoable as one.
      </p>
      <Concordance initial={initial} batch={batch} />
    </>
  );
}
