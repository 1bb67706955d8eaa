import { z } from 'zod';
import { editReviewLayout } from '@/lib/review/service';
import { corpusDir } from '../../../../_server/corpus';
import { assertSameOrigin, handle, readJsonBody } from '../../../../_server/http';
import { idParams } from '../../../../_server/params';

type Ctx = { params: Promise<{ id: string }> };

const Body = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('merge-next'), row: z.number().int().min(0) }),
  z.object({ kind: z.literal('split'), row: z.number().int().min(0) }),
  z.object({ kind: z.literal('move-down'), row: z.number().int().min(0), side: z.enum(['zh', 'en']) }),
  z.object({ kind: z.literal('move-up'), row: z.number().int().min(0), side: z.enum(['zh', 'en']) }),
]);

export const POST = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { id } = await idParams(params, 'id');
  const edit = await readJsonBody(request, Body);
  return Response.json(await editReviewLayout(corpusDir(), id, edit));
});
