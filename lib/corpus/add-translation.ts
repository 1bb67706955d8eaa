import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { writeFileAtomic } from '../storage/atomic';
import { listArticles } from './corpus';
import { detectLanguage } from './language';
import type { Article } from './types';

export const MAX_TRANSLATION_BYTES = 1024 * 1024;

/**
 * Adds an English translation of a Chinese original as a new article file beside it
 * ("news/a.txt" → "news/a.en.txt", then ".en-2.txt"…). Existing files are never
 * overwritten, and the original is never touched. Returns the new article.
 */
export async function addTranslation(corpusDir: string, zh: Article, text: string): Promise<Article> {
  const body = text.replace(/\r\n?/g, '\n').trim();
  if (!body) throw new AppError('bad-input', 'The translation is empty.');
  if (Buffer.byteLength(body) > MAX_TRANSLATION_BYTES) throw new AppError('too-large', 'A translation may be at most 1 MB.');
  if (detectLanguage(body) !== 'en') throw new AppError('bad-input', 'This does not read as English text; paste the English translation.');
  const relative = freeName(corpusDir, zh.file);
  await writeFileAtomic(path.join(/*turbopackIgnore: true*/ corpusDir, relative), `${body}\n`);
  const article = (await listArticles(corpusDir)).find((a) => a.file === relative) ?? null;
  if (!article) throw new AppError('internal', 'The translation was written but could not be read back.');
  return article;
}

function freeName(corpusDir: string, zhFile: string): string {
  const base = zhFile.replace(/\.[^./]+$/, '');
  for (let n = 1; n < 1000; n += 1) {
    const candidate = `${base}.en${n === 1 ? '' : `-${n}`}.txt`;
    if (!existsSync(path.join(corpusDir, candidate))) return candidate;
  }
  throw new AppError('conflict', 'Too many translations of this article already.');
}
