import { alignArticles, monolingualRows } from '../alignment/articles';
import type { AlignedRow } from '../alignment/align';
import type { Article } from '../corpus/types';
import { AppError } from '../errors';
import { glossaryMatcher } from '../glossary/service';
import type { GlossaryEntry } from '../glossary/types';
import { englishArticle } from '../index/snapshot';
import type { Pair } from '../pairing/types';
import { splitParagraphSentences, type Sentence } from '../text/sentences';
import { buildReviewRows, unattachedCorrections, type UnattachedCorrection } from './rows';
import { readReview } from './store';
import type { ReviewFile, ReviewRow } from './types';

export interface ReviewContext {
  en: Article;
  zh: Article | null;
  pair: Pair | null;
  file: ReviewFile;
  aligned: AlignedRow[];
  rows: ReviewRow[];
  /** Stored corrections whose sentences no row holds any more: kept in the file, shown apart. */
  unattached: UnattachedCorrection[];
}

/**
 * Automatic alignments, kept while neither article nor the glossary changes (saving a row
 * must not re-align). Glossary terms are anchors: 李鸿忠 in a Chinese sentence and
 * "Li Hongzhong" in an English one pull the two into one row.
 */
const alignments = new WeakMap<Article, { zh: Article | null; glossary: readonly GlossaryEntry[]; rows: AlignedRow[] }>();

function automaticRows(en: Article, zh: Article | null, glossary: readonly GlossaryEntry[]): AlignedRow[] {
  const cached = alignments.get(en);
  if (cached && cached.zh === zh && cached.glossary === glossary) return cached.rows;
  const termPairs = glossary.map((entry) => ({ zh: entry.zh, en: entry.approved }));
  const rows = zh ? alignArticles(zh, en, { termPairs }) : monolingualRows(en);
  alignments.set(en, { zh, glossary, rows });
  return rows;
}

/** The English article, its paired Chinese original (if any) and the pair. */
export async function pairContext(corpusDir: string, enId: string): Promise<{ en: Article; zh: Article | null; pair: Pair | null; glossary: readonly GlossaryEntry[] }> {
  // From the index's snapshot of the corpus: no walk of every file, no re-pairing, per request.
  const found = await englishArticle(corpusDir, enId);
  if (!found) throw new AppError('not-found', `No readable article "${enId}" in this corpus.`);
  const { entries } = await glossaryMatcher(corpusDir);
  return { ...found, glossary: entries };
}

/** The rows' layout: the reviewer's own when the file holds one that still fits, else automatic. */
export function layoutRows(file: ReviewFile, en: Article, zh: Article | null, glossary: readonly GlossaryEntry[] = []): AlignedRow[] {
  return storedLayout(file, en, zh) ?? automaticRows(en, zh, glossary);
}

/** Everything the review of an English article needs: its pair, rows, and stored work. */
export async function reviewContext(corpusDir: string, enId: string): Promise<ReviewContext> {
  const { en, zh, pair, glossary } = await pairContext(corpusDir, enId);
  const file = await readReview(corpusDir, enId, zh?.id ?? null);
  const aligned = layoutRows(file, en, zh, glossary);
  return { en, zh, pair, file, aligned, rows: buildReviewRows(aligned, file, zh === null), unattached: unattachedCorrections(aligned, file) };
}

/**
 * The reviewer's own row layout, if it still fits the articles (every sentence it names
 * still exists); otherwise null and the automatic alignment is used.
 */
const layouts = new WeakMap<Article, { key: string; rows: AlignedRow[] | null }>();

function storedLayout(file: ReviewFile, en: Article, zh: Article | null): AlignedRow[] | null {
  if (!file.alignment || !zh || file.zhArticle !== zh.id) return null;
  const key = `${zh.id}@${zh.mtimeMs}#${JSON.stringify(file.alignment)}`;
  const cached = layouts.get(en);
  if (cached?.key === key) return cached.rows;
  const rows = rebuildLayout(file.alignment, en, zh);
  layouts.set(en, { key, rows });
  return rows;
}

function rebuildLayout(alignment: NonNullable<ReviewFile['alignment']>, en: Article, zh: Article): AlignedRow[] | null {
  const zhSentences = byStart(splitParagraphSentences(zh.body, 'zh').flat());
  const enSentences = byStart(splitParagraphSentences(en.body, 'en').flat());
  const rows: AlignedRow[] = [];
  for (const row of alignment) {
    const zhRow = row.zh.map(([s, e]) => zhSentences.get(`${s}-${e}`));
    const enRow = row.en.map(([s, e]) => enSentences.get(`${s}-${e}`));
    if (zhRow.includes(undefined) || enRow.includes(undefined)) return null;
    rows.push({ zh: zhRow as Sentence[], en: enRow as Sentence[], score: 1 });
  }
  return rows;
}

function byStart(sentences: Sentence[]): Map<string, Sentence> {
  return new Map(sentences.map((s) => [`${s.start}-${s.end}`, s]));
}
