import { planBatch } from '@/lib/search/batch/plan';
import { BatchSourceSchema } from '@/lib/search/batch/types';
import { corpusDir } from '../../../_server/corpus';
import { assertSameOrigin, handle, readJsonBody } from '../../../_server/http';
import { ndjsonResponse } from '../../../_server/ndjson';
import { z } from 'zod';

const PreviewSchema = z.object({ source: BatchSourceSchema });

/** The rows a batch would change, before and after, streamed after `progress` lines: nothing is written. */
export const POST = handle(async (request: Request) => {
  assertSameOrigin(request);
  const { source } = await readJsonBody(request, PreviewSchema);
  return ndjsonResponse(async (send) => {
    const plan = await planBatch(corpusDir(), source, (p) => send({ type: 'progress', ...p }));
    send({ type: 'plan', ...plan });
  });
});
