import { listArticles } from '../corpus/corpus';
import { AppError } from '../errors';
import { createZip } from '../formats/zip';
import { exportReview } from './export';

/** Exports of many English articles (all of them when no ids are given) in one ZIP. */
export async function exportZip(corpusDir: string, formatId: string, ids: string[] | null, drafts = false): Promise<Uint8Array> {
  const english = (await listArticles(corpusDir)).filter((a) => a.lang === 'en' && !a.error && (!ids || ids.includes(a.id)));
  if (english.length === 0) throw new AppError('not-found', 'No English article to export.');
  const files = [];
  for (const article of english) {
    const file = await exportReview(corpusDir, article.id, formatId, drafts);
    files.push({ name: file.filename, content: file.body });
  }
  return createZip(files);
}
