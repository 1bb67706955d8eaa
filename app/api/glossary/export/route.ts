import { AppError } from '@/lib/errors';
import { formatGlossaryFile } from '@/lib/glossary/import';
import { readGlossary } from '@/lib/glossary/store';
import { corpusDir } from '../../../_server/corpus';
import { handle } from '../../../_server/http';

const TYPES = { csv: 'text/csv; charset=utf-8', tsv: 'text/tab-separated-values; charset=utf-8', tbx: 'application/x-tbx+xml; charset=utf-8' } as const;

export const GET = handle(async (request: Request) => {
  const format = new URL(request.url).searchParams.get('format') ?? 'csv';
  if (!(format in TYPES)) throw new AppError('bad-input', `Unknown glossary format "${format}": use csv, tsv or tbx.`);
  const body = formatGlossaryFile(await readGlossary(corpusDir()), format as keyof typeof TYPES);
  return new Response(body, {
    headers: { 'content-type': TYPES[format as keyof typeof TYPES], 'content-disposition': `attachment; filename="glossary.${format}"` },
  });
});
