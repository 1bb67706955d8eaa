import { z } from 'zod';
import { dismissFinding } from '@/lib/review/service';
import { ReviewerField } from '@/lib/review/types';
import { corpusDir } from '../../../../../../_server/corpus';
import { assertSameOrigin, handle, readJsonBody, reviewerName } from '../../../../../../_server/http';
import { idParams } from '../../../../../../_server/params';

type Ctx = { params: Promise<{ id: string; rowId: string }> };

const Body = z.object({ key: z.string().min(1).max(500), check: z.string().max(80).default(''), reviewer: ReviewerField.optional() });

export const POST = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { id, rowId } = await idParams(params, 'id', 'rowId');
  const body = await readJsonBody(request, Body);
  const check = body.check || body.key.split(':')[0] || 'unknown';
  await dismissFinding(corpusDir(), id, rowId, { key: body.key, check, reviewer: reviewerName(request, body.reviewer) });
  return Response.json({ dismissed: body.key });
});
