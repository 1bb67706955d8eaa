import { z } from 'zod';
import { requireArticleStateRole } from '@/lib/access/access-control';
import { ARTICLE_STATES, ReviewerField } from '@/lib/review/types';
import { getReview, setReviewState } from '@/lib/review/service';
import { corpusDir } from '../../../../_server/corpus';
import { accessOf, assertSameOrigin, handle, readJsonBody, reviewerName } from '../../../../_server/http';
import { idParams } from '../../../../_server/params';

type Ctx = { params: Promise<{ id: string }> };

export const GET = handle(async (_request: Request, { params }: Ctx) => {
  const { id } = await idParams(params, 'id');
  const review = await getReview(corpusDir(), id);
  return Response.json({
    ...review,
    rows: review.rows.map(({ id: rowId, zh, mt, text, state, revision, reviewer, updatedAt, stale, conflict }) => ({
      id: rowId, zh, mt, text, state, revision, reviewer, updatedAt, stale,
      conflict: conflict ? { ours: conflict.ours, theirs: conflict.theirs } : null,
    })),
  });
});

const StateBody = z.object({ state: z.enum(ARTICLE_STATES), reviewer: ReviewerField.optional() });

export const PUT = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { id } = await idParams(params, 'id');
  const body = await readJsonBody(request, StateBody);
  requireArticleStateRole(accessOf(request), body.state);
  return Response.json(await setReviewState(corpusDir(), id, body.state, reviewerName(request, body.reviewer)));
});
