import { z } from 'zod';
import { deleteEntry, updateEntry } from '@/lib/glossary/store';
import { corpusDir } from '../../../_server/corpus';
import { EntryBody } from '../../../_server/glossary-input';
import { toGlossaryRow } from '../../../_server/glossary-row';
import { assertSameOrigin, handle, readJsonBody } from '../../../_server/http';
import { serverIndex } from '../../../_server/index';
import { idParams } from '../../../_server/params';

type Ctx = { params: Promise<{ entryId: string }> };

const UpdateBody = EntryBody.extend({ baseUpdatedAt: z.string().nullable() });

/** Saves an entry; 409 when someone changed it since it was loaded. */
export const PUT = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { entryId } = await idParams(params, 'entryId');
  const { reviewer, baseUpdatedAt, id: _ignored, ...changes } = await readJsonBody(request, UpdateBody);
  const entry = await updateEntry(corpusDir(), entryId, baseUpdatedAt, changes, { by: reviewer });
  serverIndex().changed();
  return Response.json({ entry: toGlossaryRow(entry) });
});

export const DELETE = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { entryId } = await idParams(params, 'entryId');
  // The revision the page saw: a delete of an entry someone changed meanwhile is refused (409).
  const base = new URL(request.url).searchParams.get('base');
  const entry = await deleteEntry(corpusDir(), entryId, base);
  serverIndex().changed();
  return Response.json({ entry: toGlossaryRow(entry) });
});
