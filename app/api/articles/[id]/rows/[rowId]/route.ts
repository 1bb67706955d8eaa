import { checkedReview } from '@/lib/review/checked';
import { saveReviewRow } from '@/lib/review/service';
import { SaveRowSchema } from '@/lib/review/types';
import { corpusDir } from '../../../../../_server/corpus';
import { assertSameOrigin, handle, readJsonBody } from '../../../../../_server/http';
import { idParams } from '../../../../../_server/params';
import { toRowView } from '../../../../../_server/review-view';

type Ctx = { params: Promise<{ id: string; rowId: string }> };

/** Saves a row: 200 {revision, row} | 409 {revision, text} when someone saved it first. */
export const PUT = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { id, rowId } = await idParams(params, 'id', 'rowId');
  const input = await readJsonBody(request, SaveRowSchema);
  const row = await saveReviewRow(corpusDir(), id, rowId, input);
  // Re-checked as the reviewer edits: the answer carries the row's new terms and findings.
  const checked = (await checkedReview(corpusDir(), id)).rows.find((c) => c.row.id === rowId);
  return Response.json({ revision: row.revision, row: checked ? toRowView(checked.row, checked.terms, checked.findings) : row });
});
