import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearCorpusCache } from '../../lib/corpus/corpus';

/** A temporary corpus with one English article, reviewed alone (no Chinese to pair). */
export function corpusWithEnglishArticle(body = 'The meeting was held.\n\nMunicipal party secretary hong zhong attended.The mayor spoke. Work was deployed.'): { dir: string; id: string } {
  clearCorpusCache();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-review-'));
  mkdirSync(path.join(dir, 'news'));
  writeFileSync(path.join(dir, 'news', 'report.txt'), body);
  return { dir, id: 'news~report' };
}
