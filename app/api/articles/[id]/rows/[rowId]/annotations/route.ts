import { z } from 'zod';
import { MQM_CATEGORY_NAMES } from '@/lib/qa/mqm';
import { annotateRow } from '@/lib/review/service';
import { ReviewerField } from '@/lib/review/types';
import { corpusDir } from '../../../../../../_server/corpus';
import { assertSameOrigin, handle, readJsonBody, reviewerName } from '../../../../../../_server/http';
import { idParams } from '../../../../../../_server/params';

type Ctx = { params: Promise<{ id: string; rowId: string }> };

const Body = z
  .object({
    side: z.enum(['source', 'target']),
    span: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
    category: z.enum(MQM_CATEGORY_NAMES as [string, ...string[]]),
    severity: z.enum(['major', 'minor']),
    note: z.string().trim().max(1000).nullable().default(null),
    reviewer: ReviewerField.optional(),
  })
  .refine((b) => b.span[0] <= b.span[1], { message: 'span: start must not be after end' });

/** Marks an MQM error on a row. */
export const POST = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { id, rowId } = await idParams(params, 'id', 'rowId');
  const body = await readJsonBody(request, Body);
  const annotation = { ...body, reviewer: reviewerName(request, body.reviewer) };
  const annotationId = await annotateRow(corpusDir(), id, rowId, annotation);
  return Response.json({ id: annotationId, ...annotation }, { status: 201 });
});
