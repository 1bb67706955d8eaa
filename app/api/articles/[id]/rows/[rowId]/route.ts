import { saveReviewRow } from '@/lib/review/service';
import { SaveRowSchema } from '@/lib/review/types';
import { corpusDir } from '../../../../../_server/corpus';
import { assertSameOrigin, handle, readJsonBody, reviewerName } from '../../../../../_server/http';
import { idParams } from '../../../../../_server/params';
import { rowAnswer } from '../../../../../_server/row-answer';

type Ctx = { params: Promise<{ id: string; rowId: string }> };

/** Saves a row: 200 {revision, row} | 409 {revision, text} when someone saved it first; 507/503 when the disk refuses. */
export const PUT = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { id, rowId } = await idParams(params, 'id', 'rowId');
  const input = await readJsonBody(request, SaveRowSchema);
  return rowAnswer(id, await saveReviewRow(corpusDir(), id, rowId, { ...input, reviewer: reviewerName(request, input.reviewer) }));
});
