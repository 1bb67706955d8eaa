import { statSync } from 'node:fs';
import type { Article } from '../corpus/types';
import { indexedRows } from '../index';
import { reviewPath } from '../review/store';
import type { RowState } from '../review/types';

/** One aligned row as the concordance reads it: where it is, its three texts, and who touched it. */
export interface ConcordanceRow {
  /** The English article's id. */
  article: string;
  title: string;
  /** The row's id in its review (see lib/review/rows.ts rowId). */
  row: string;
  /** 1-based position of the row in its article. */
  position: number;
  zh: string | null;
  mt: string;
  /** The current English: the reviewer's correction, or the MT while untouched. */
  text: string;
  state: RowState;
  reviewer: string | null;
  revision: number;
}

/**
 * What an article's rows depend on, cheaply read: the English file, the paired Chinese file,
 * the review file and the glossary (anchors of the automatic alignment). Rows are read again
 * only when this changes; saving a row changes the review file, so the next search sees it.
 */
export function rowsStamp(corpusDir: string, en: Article, zh: Article | null, glossaryStamp: string): string {
  return `${en.mtimeMs}:${en.size}|${zh ? `${zh.id}:${zh.mtimeMs}:${zh.size}` : '-'}|${fileStamp(reviewPath(corpusDir, en.id))}|${glossaryStamp}`;
}

/** A file's modification time and size, or "-" when there is none. */
export function fileStamp(file: string): string {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.mtimeMs}:${stat.size}` : '-';
}

/**
 * THE one place the concordance gets rows from: the shared index's rows of an English
 * article (lib/index: the reviewer's layout or the automatic alignment, corrections applied,
 * cached on disk under a content hash of the articles, glossary and review file).
 */
export async function articleRows(corpusDir: string, en: Article): Promise<ConcordanceRow[]> {
  const { rows } = await indexedRows(corpusDir, en.id);
  return rows.map((r, i) => ({
    article: en.id,
    title: en.title,
    row: r.id,
    position: i + 1,
    zh: r.zh,
    mt: r.mt,
    text: r.text,
    state: r.state,
    reviewer: r.reviewer,
    revision: r.revision,
  }));
}
