import { glossaryListPage } from '@/lib/index/glossary-list';
import { readGlossary } from '@/lib/glossary/store';
import type { z } from 'zod';
import { corpusDir } from './corpus';
import { serverIndex } from './index';
import { pagingOf } from './page-query';
import type { GlossaryQuery } from './queries';

/** A page of the glossary: entries from the file (small), usage from the index (never counted on a request). */
export async function glossaryPageData(query: z.infer<typeof GlossaryQuery>) {
  const index = serverIndex();
  const entries = await readGlossary(corpusDir());
  return { ...glossaryListPage(entries, index.overview?.glossaryUsage ?? null, pagingOf(query), query), index: index.status() };
}
