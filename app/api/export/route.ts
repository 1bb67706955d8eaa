import { exportZip } from '@/lib/review/export-many';
import { corpusDir } from '../../_server/corpus';
import { handle } from '../../_server/http';

/** Every English article's export in one ZIP: ?format=…[&ids=a,b][&drafts=1]. */
export const GET = handle(async (request: Request) => {
  const url = new URL(request.url);
  const ids = url.searchParams.get('ids');
  const zip = await exportZip(corpusDir(), url.searchParams.get('format') ?? 'txt', ids ? ids.split(',').filter(Boolean) : null, url.searchParams.get('drafts') === '1');
  return new Response(zip as unknown as BodyInit, {
    headers: { 'content-type': 'application/zip', 'content-disposition': 'attachment; filename="shenjiao-export.zip"' },
  });
});
