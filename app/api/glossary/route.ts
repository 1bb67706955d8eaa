import { addEntry } from '@/lib/glossary/store';
import { corpusDir } from '../../_server/corpus';
import { EntryBody } from '../../_server/glossary-input';
import { glossaryPageData } from '../../_server/glossary-page';
import { toGlossaryRow } from '../../_server/glossary-row';
import { assertSameOrigin, handle, readJsonBody } from '../../_server/http';
import { serverIndex } from '../../_server/index';
import { parsePageQuery } from '../../_server/page-query';
import { GlossaryQuery } from '../../_server/queries';

/** One page of the glossary: `?page&size&sort&dir&q&tag`. */
export const GET = handle(async (request: Request) => {
  return Response.json(await glossaryPageData(parsePageQuery(GlossaryQuery, new URL(request.url).searchParams)));
});

/** Adds an entry (or restores a deleted one: the undo of a delete sends its id back). */
export const POST = handle(async (request: Request) => {
  assertSameOrigin(request);
  const { reviewer, ...draft } = await readJsonBody(request, EntryBody);
  const entry = await addEntry(corpusDir(), draft, { by: reviewer });
  serverIndex().changed();
  return Response.json({ entry: toGlossaryRow(entry) }, { status: 201 });
});
