import { addEntry } from '@/lib/glossary/store';
import { glossaryOverview } from '@/lib/glossary/service';
import { corpusDir } from '../../_server/corpus';
import { EntryBody } from '../../_server/glossary-input';
import { toGlossaryRow } from '../../_server/glossary-row';
import { assertSameOrigin, handle, readJsonBody, reviewerName } from '../../_server/http';

export const GET = handle(async (_request: Request) => {
  const overview = await glossaryOverview(corpusDir());
  return Response.json({ entries: overview.map((o) => toGlossaryRow(o.entry, o)) });
});

/** Adds an entry (or restores a deleted one: the undo of a delete sends its id back). */
export const POST = handle(async (request: Request) => {
  assertSameOrigin(request);
  const { reviewer, ...draft } = await readJsonBody(request, EntryBody);
  const entry = await addEntry(corpusDir(), draft, { by: reviewerName(request, reviewer) });
  return Response.json({ entry: toGlossaryRow(entry) }, { status: 201 });
});
