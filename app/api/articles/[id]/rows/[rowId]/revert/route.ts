import { revertReviewRow } from '@/lib/review/service';
import { RevertRowSchema } from '@/lib/review/types';
import { corpusDir } from '../../../../../../_server/corpus';
import { assertSameOrigin, handle, readJsonBody, reviewerName } from '../../../../../../_server/http';
import { idParams } from '../../../../../../_server/params';
import { rowAnswer } from '../../../../../../_server/row-answer';

type Ctx = { params: Promise<{ id: string; rowId: string }> };

/** Reverts a row to the MT or an earlier revision, as a new revision: {to: 'mt' | n, baseRevision, reviewer}. */
export const POST = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { id, rowId } = await idParams(params, 'id', 'rowId');
  const input = await readJsonBody(request, RevertRowSchema);
  return rowAnswer(id, await revertReviewRow(corpusDir(), id, rowId, { ...input, reviewer: reviewerName(request, input.reviewer) }));
});
