import { AppError } from '../errors';
import { EXPORT_FORMATS, exportFormat } from '../formats/registry';
import { settledForExport } from '../formats/types';
import { reviewContext } from './context';

/** Renders an English article's review in one of the export formats. */
export async function exportReview(corpusDir: string, enId: string, formatId: string, drafts = false) {
  const format = exportFormat(formatId);
  if (!format) {
    throw new AppError('bad-input', `Unknown export format "${formatId}"; use one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}.`);
  }
  const ctx = await reviewContext(corpusDir, enId);
  const body = format.render({ en: ctx.en, zh: ctx.zh, rows: ctx.rows.map(settledForExport), drafts });
  const base = ctx.en.file.replace(/\.[^./]+$/, '').replace(/[/\\]/g, '_');
  return { body, mimeType: format.mimeType, filename: `${base}.reviewed.${format.extension}` };
}
