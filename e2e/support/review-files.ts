import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface OldCorrection {
  mt: string;
  text: string;
  reviewer: string;
  at: string;
}

/**
 * Writes a correction into an article's review file under a row id of the tester's choosing,
 * as an earlier version of the article would have left it: with an id no current row has,
 * its sentence is gone. Only ever called on the temporary test corpora.
 */
export function addStoredCorrection(corpus: string, ids: { zh: string; en: string }, rowId: string, old: OldCorrection): void {
  const file = path.join(corpus, '_shenjiao', 'reviews', `${ids.en}.json`);
  const fresh = { schema: 1, article: ids.en, zhArticle: ids.zh, state: 'in-review', stateBy: null, stateAt: null, rows: {}, rowCount: 0, alignment: null };
  const review = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : fresh) as { rows: Record<string, unknown> };
  const version = { revision: 1, text: old.text, state: 'edited', reviewer: old.reviewer, at: old.at };
  review.rows[rowId] = { mt: old.mt, text: old.text, state: 'edited', revision: 1, reviewer: old.reviewer, updatedAt: old.at, history: [version], dismissals: [], annotations: [], stale: null };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(review, null, 2));
}
