import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { undoBatch } from '@/lib/search/batch/apply';
import { ReviewerSchema } from '@/lib/search/batch/types';
import { corpusDir } from '../../../../_server/corpus';
import { assertSameOrigin, handle, readJsonBody, reviewerName } from '../../../../_server/http';

type Ctx = { params: Promise<{ batchId: string }> };

const UndoSchema = z.object({ reviewer: ReviewerSchema });

/** Undoes a whole batch; rows changed since are skipped and listed. 409 when already undone. */
export const POST = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { batchId } = await params;
  if (!/^[0-9A-Za-z-]{1,40}$/.test(batchId)) throw new AppError('not-found', 'No such batch.');
  const { reviewer } = await readJsonBody(request, UndoSchema);
  return Response.json(await undoBatch(corpusDir(), batchId, reviewerName(request, reviewer)));
});
