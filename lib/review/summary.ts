import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readJsonFile } from '../storage/atomic';
import { mqmScore } from '../qa/mqm';
import { articleEffort } from './effort';
import { reviewsDir } from './store';
import { ReviewFileSchema, type ArticleState } from './types';

/** What the article list shows of a review. */
export interface ReviewSummary {
  state: ArticleState;
  rows: number;
  confirmed: number;
  corrected: number;
  /** Word edits of all corrections so far (TER-style, without shifts). */
  edits: number;
  /** MQM penalty of the errors reviewers marked (Major 5, Minor 1, Minor punctuation 0.1). */
  mqm: number;
  /** Rows with an open merge conflict (two reviewers' versions, from a sync). */
  conflicts: number;
}

/** Summaries of every review file in the corpus, by English article id. Unreadable files are skipped. */
export async function reviewSummaries(corpusDir: string): Promise<Map<string, ReviewSummary>> {
  const dir = reviewsDir(corpusDir);
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  } catch {
    return new Map();
  }
  const summaries = new Map<string, ReviewSummary>();
  for (const name of names) {
    const file = await readJsonFile(path.join(dir, name), ReviewFileSchema).catch(() => null);
    if (!file) continue;
    const rows = Object.values(file.rows);
    summaries.set(file.article, {
      state: file.state,
      rows: file.rowCount,
      confirmed: rows.filter((r) => r.state === 'confirmed').length,
      corrected: rows.filter((r) => r.text !== r.mt).length,
      edits: articleEffort(rows).edits,
      mqm: mqmScore(rows.flatMap((r) => r.annotations), 0).penalty,
      conflicts: rows.filter((r) => r.conflict).length,
    });
  }
  return summaries;
}
