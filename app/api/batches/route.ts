import { applySelection } from '@/lib/search/batch/apply';
import { listBatches } from '@/lib/search/batch/store';
import { ApplySelectionSchema } from '@/lib/search/batch/types';
import { corpusDir } from '../../_server/corpus';
import { assertSameOrigin, handle, readJsonBody, reviewerName } from '../../_server/http';

/** Selections name rows, not texts: 20,000 rows fit well under this. */
const MAX_SELECTION_BYTES = 4 * 1024 * 1024;

/** Recent batches, newest first. */
export const GET = handle(async () => Response.json({ batches: await listBatches(corpusDir()) }));

/** Applies the rows kept selected in a preview; answers the batch record (changed and skipped rows). */
export const POST = handle(async (request: Request) => {
  assertSameOrigin(request);
  const input = await readJsonBody(request, ApplySelectionSchema, MAX_SELECTION_BYTES);
  // Signed in, the batch is the session's, whatever the body names.
  const reviewer = reviewerName(request, input.reviewer);
  return Response.json(await applySelection(corpusDir(), { ...input, reviewer }), { status: 201 });
});
