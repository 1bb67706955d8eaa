import { z } from 'zod';
import { setActiveVersion } from '@/lib/pairing/decisions-store';
import { corpusDir } from '../../../_server/corpus';
import { serverIndex } from '../../../_server/index';
import { assertSameOrigin, handle, readJsonBody } from '../../../_server/http';

const Body = z.object({ zh: z.string().min(1).max(300), en: z.string().min(1).max(300) });

/** Chooses which English version of an original is the one under review. */
export const PUT = handle(async (request: Request) => {
  assertSameOrigin(request);
  const body = await readJsonBody(request, Body);
  await setActiveVersion(corpusDir(), body.zh, body.en);
  await serverIndex().pairsChanged();
  return Response.json({ ok: true });
});
