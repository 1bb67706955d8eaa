import { deleteAnnotation } from '@/lib/review/service';
import { corpusDir } from '../../../../../../../_server/corpus';
import { assertSameOrigin, handle } from '../../../../../../../_server/http';
import { idParams } from '../../../../../../../_server/params';

type Ctx = { params: Promise<{ id: string; rowId: string; annotationId: string }> };

export const DELETE = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { id, rowId, annotationId } = await idParams(params, 'id', 'rowId', 'annotationId');
  await deleteAnnotation(corpusDir(), id, rowId, annotationId);
  return Response.json({ deleted: annotationId });
});
