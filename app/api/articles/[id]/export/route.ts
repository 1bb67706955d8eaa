import { exportReview } from '@/lib/review/export';
import { corpusDir } from '../../../../_server/corpus';
import { handle } from '../../../../_server/http';
import { idParams } from '../../../../_server/params';

type Ctx = { params: Promise<{ id: string }> };

/** A download: ?format=txt|tsv|csv|xliff|tmx, &drafts=1 to include unconfirmed corrections. */
export const GET = handle(async (request: Request, { params }: Ctx) => {
  const { id } = await idParams(params, 'id');
  const url = new URL(request.url);
  const file = await exportReview(corpusDir(), id, url.searchParams.get('format') ?? 'txt', url.searchParams.get('drafts') === '1');
  return new Response(file.body, {
    headers: {
      'content-type': file.mimeType,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    },
  });
});
