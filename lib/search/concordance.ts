import path from 'node:path';
import { readGlossary } from '../glossary/store';
import type { GlossaryEntry } from '../glossary/types';
import { corpusSnapshot } from '../index';
import { processWide } from '../process-wide';
import { compileQuery, foldEnglish, type SearchQuery, type Span } from './match';
import { normaliseZh } from '../glossary/normalise-zh';
import { articleRows, rowsStamp, type ConcordanceRow } from './rows';

/** A row with the folded forms plain searches read (same offsets as the texts). */
interface IndexedRow extends ConcordanceRow {
  zhFolded: string | null;
  mtFolded: string;
  textFolded: string;
}

interface IndexedArticle {
  stamp: string;
  rows: IndexedRow[];
}

interface CorpusIndex {
  articles: Map<string, IndexedArticle>;
  /** English article ids in corpus order. */
  order: string[];
  glossary: GlossaryEntry[];
}

export interface IndexProgress {
  done: number;
  total: number;
}

export interface ConcordanceHit {
  row: ConcordanceRow;
  /** Where the pattern matched, in the searched text (`zh`, `mt` or `text`). */
  spans: Span[];
}

export interface SearchResult {
  hits: ConcordanceHit[];
  /** Every matching row, including those past the limit. */
  rowCount: number;
  occurrences: number;
  articleCount: number;
  /** Rows searched. */
  searched: number;
}

const indexes = processWide('concordance indexes', () => new Map<string, CorpusIndex>());
const refreshing = processWide('concordance refreshes', () => new Map<string, Promise<CorpusIndex>>());

/** Articles read between two turns of the event loop, so a cold index never holds the server long. */
const BATCH = 25;

/**
 * Brings the in-memory concordance of a corpus up to date: articles that came, went or
 * changed (their file, their original, their review file or the glossary) are read again,
 * the rest kept. Callers asking while a refresh runs share it.
 */
export function refreshConcordance(corpusDir: string, onProgress?: (p: IndexProgress) => void): Promise<CorpusIndex> {
  const key = path.resolve(corpusDir);
  const running = refreshing.get(key);
  if (running) return running;
  const work = rebuild(key, onProgress).finally(() => refreshing.delete(key));
  refreshing.set(key, work);
  return work;
}

async function rebuild(corpusDir: string, onProgress?: (p: IndexProgress) => void): Promise<CorpusIndex> {
  const { articles, byId, pairOfEn } = await corpusSnapshot(corpusDir);
  const glossary = await readGlossary(corpusDir);
  const glossaryKey = glossary.map((e) => `${e.id}@${e.updatedAt}`).join(',');
  const english = articles.filter((a) => a.lang === 'en' && !a.error);
  const before = indexes.get(corpusDir);
  const next = new Map<string, IndexedArticle>();
  for (let i = 0; i < english.length; i += 1) {
    const en = english[i]!;
    const pair = pairOfEn.get(en.id);
    const zh = pair ? (byId.get(pair.zh.id) ?? null) : null;
    const stamp = rowsStamp(corpusDir, en, zh, glossaryKey);
    const known = before?.articles.get(en.id);
    if (known?.stamp === stamp) next.set(en.id, known);
    else next.set(en.id, { stamp, rows: (await articleRows(corpusDir, en)).map(indexRow) });
    if ((i + 1) % BATCH === 0) {
      onProgress?.({ done: i + 1, total: english.length });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  onProgress?.({ done: english.length, total: english.length });
  const index = { articles: next, order: english.map((a) => a.id), glossary };
  indexes.set(corpusDir, index);
  return index;
}

function indexRow(row: ConcordanceRow): IndexedRow {
  const mtFolded = foldEnglish(row.mt);
  return {
    ...row,
    zhFolded: row.zh === null ? null : normaliseZh(row.zh),
    mtFolded,
    textFolded: row.text === row.mt ? mtFolded : foldEnglish(row.text),
  };
}

/** Every row of the concordance, in corpus order. */
export function* concordanceRows(index: CorpusIndex): Generator<ConcordanceRow> {
  for (const id of index.order) yield* index.articles.get(id)?.rows ?? [];
}

/**
 * Runs a query over every row. All matching rows are counted; the first `limit` are
 * returned (in corpus order), so a query for "the" stays cheap to answer.
 */
export function searchConcordance(index: CorpusIndex, query: SearchQuery, limit = Number.POSITIVE_INFINITY): SearchResult {
  const matcher = compileQuery(query);
  const hits: ConcordanceHit[] = [];
  const articles = new Set<string>();
  let rowCount = 0;
  let occurrences = 0;
  let searched = 0;
  for (const id of index.order) {
    for (const row of index.articles.get(id)?.rows ?? []) {
      searched += 1;
      const text = searchedText(row, query, matcher.haystack);
      if (text === null) continue;
      const spans = matcher.find(text);
      if (spans.length === 0) continue;
      rowCount += 1;
      occurrences += spans.length;
      articles.add(row.article);
      if (hits.length < limit) hits.push({ row: publicRow(row), spans });
    }
  }
  return { hits, rowCount, occurrences, articleCount: articles.size, searched };
}

function searchedText(row: IndexedRow, query: SearchQuery, haystack: 'folded' | 'original'): string | null {
  if (query.side === 'zh') return haystack === 'folded' ? row.zhFolded : row.zh;
  if (query.side === 'mt') return haystack === 'folded' ? row.mtFolded : row.mt;
  return haystack === 'folded' ? row.textFolded : row.text;
}

/** The row without its folded copies, as callers see it. */
function publicRow({ zhFolded: _z, mtFolded: _m, textFolded: _t, ...row }: IndexedRow): ConcordanceRow {
  return row;
}

/** Forgets a corpus's concordance (tests, benchmarks). */
export function clearConcordance(corpusDir?: string): void {
  if (corpusDir === undefined) indexes.clear();
  else indexes.delete(path.resolve(corpusDir));
}

export type { CorpusIndex };
