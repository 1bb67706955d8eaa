import path from 'node:path';
import type { Article } from '../corpus/types';
import { glossaryFile, readGlossary } from '../glossary/store';
import type { GlossaryEntry } from '../glossary/types';
import { corpusSnapshot } from '../index';
import { processWide } from '../process-wide';
import { compileQuery, foldEnglish, type SearchQuery, type Span } from './match';
import { normaliseZh } from '../glossary/normalise-zh';
import { articleRows, fileStamp, rowsStamp, type ConcordanceRow } from './rows';

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

/** The English articles and their originals, as last listed and paired. */
interface Listing {
  at: number;
  english: Article[];
  zhOf: Map<string, Article>;
}

interface CorpusIndex {
  articles: Map<string, IndexedArticle>;
  /** English article ids in corpus order. */
  order: string[];
  glossary: GlossaryEntry[];
  glossaryStamp: string;
  listing: Listing;
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
  /** The first `limit` matching rows. */
  hits: ConcordanceHit[];
  /** Every matching row (kept only when asked: a Chinese search's renderings count them all). */
  matched: ConcordanceRow[];
  rowCount: number;
  occurrences: number;
  articleCount: number;
  /** Rows searched. */
  searched: number;
}

const indexes = processWide('concordance indexes', () => new Map<string, CorpusIndex>());
const refreshing = processWide('concordance refreshes', () => new Map<string, Promise<CorpusIndex>>());

/**
 * How long a listing of the corpus answers for. Saves are seen at once (every review file is
 * looked at on every refresh); an article file added or changed on disk within this time.
 * Listing ten thousand files on every keystroke would cost more than the search.
 */
const LISTING_REUSE_MS = 2000;
/** Articles read at once from the index (its cache files): reads overlap, parsing does not. */
const PARALLEL_READS = 16;

/**
 * Brings the in-memory concordance of a corpus up to date: articles that came, went or
 * changed (their file, their original, their review file or the glossary) are read again
 * through the shared index, the rest kept. Callers asking while a refresh runs share it.
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
  const before = indexes.get(corpusDir);
  const glossaryStamp = fileStamp(glossaryFile(corpusDir));
  const sameGlossary = before?.glossaryStamp === glossaryStamp;
  const listing = sameGlossary && Date.now() - before!.listing.at < LISTING_REUSE_MS ? before!.listing : await listCorpus(corpusDir);
  const glossary = sameGlossary ? before!.glossary : await readGlossary(corpusDir);
  const next = new Map<string, IndexedArticle>();
  const toRead: { en: Article; stamp: string }[] = [];
  for (const en of listing.english) {
    const stamp = rowsStamp(corpusDir, en, listing.zhOf.get(en.id) ?? null, glossaryStamp);
    const known = before?.articles.get(en.id);
    if (known?.stamp === stamp) next.set(en.id, known);
    else toRead.push({ en, stamp });
  }
  const total = listing.english.length;
  let done = total - toRead.length;
  const worker = async () => {
    for (let item = toRead.shift(); item; item = toRead.shift()) {
      next.set(item.en.id, { stamp: item.stamp, rows: (await articleRows(corpusDir, item.en)).map(indexRow) });
      done += 1;
      if (done % 100 === 0) onProgress?.({ done, total });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
  onProgress?.({ done: total, total });
  const index = { articles: next, order: listing.english.map((a) => a.id), glossary, glossaryStamp, listing };
  indexes.set(corpusDir, index);
  return index;
}

async function listCorpus(corpusDir: string): Promise<Listing> {
  // Forced: the shared snapshot may answer for longer than a searcher waits for a new article.
  const { articles, byId, pairOfEn } = await corpusSnapshot(corpusDir, true);
  const zhOf = new Map<string, Article>();
  for (const [enId, pair] of pairOfEn) {
    const zh = byId.get(pair.zh.id);
    if (zh) zhOf.set(enId, zh);
  }
  return { at: Date.now(), english: articles.filter((a) => a.lang === 'en' && !a.error), zhOf };
}

/**
 * A row with its folded forms. Equal strings share one copy: most rows are untouched
 * (text is the MT) and most Chinese folds to itself, which halves the memory per row.
 */
function indexRow(row: ConcordanceRow): IndexedRow {
  const text = row.text === row.mt ? row.mt : row.text;
  const mtFolded = foldEnglish(row.mt);
  const zhFolded = row.zh === null ? null : normaliseZh(row.zh);
  // Every field written out, in one order: the rows share one hidden class and stay compact
  // (a spread here gives each of 200,000 rows a slower, larger dictionary of properties).
  return {
    article: row.article,
    title: row.title,
    row: row.row,
    position: row.position,
    zh: row.zh,
    mt: row.mt,
    text,
    state: row.state,
    reviewer: row.reviewer,
    revision: row.revision,
    zhFolded: zhFolded === row.zh ? row.zh : zhFolded,
    mtFolded,
    textFolded: text === row.mt ? mtFolded : foldEnglish(text),
  };
}

/** Every row of the concordance, in corpus order. */
export function* concordanceRows(index: CorpusIndex): Generator<ConcordanceRow> {
  for (const id of index.order) yield* index.articles.get(id)?.rows ?? [];
}

/**
 * Runs a query over every row. All matching rows are counted; the first `limit` are returned
 * with their spans (in corpus order), so a query for "the" stays cheap to answer.
 */
export function searchConcordance(index: CorpusIndex, query: SearchQuery, limit = Number.POSITIVE_INFINITY, keepMatched = false): SearchResult {
  const matcher = compileQuery(query);
  const hits: ConcordanceHit[] = [];
  const matched: ConcordanceRow[] = [];
  let articleCount = 0;
  let rowCount = 0;
  let occurrences = 0;
  let searched = 0;
  for (const id of index.order) {
    let inArticle = false;
    for (const row of index.articles.get(id)?.rows ?? []) {
      searched += 1;
      const text = searchedText(row, query, matcher.haystack);
      if (text === null) continue;
      const spans = matcher.find(text);
      if (spans.length === 0) continue;
      rowCount += 1;
      occurrences += spans.length;
      if (!inArticle) (inArticle = true), (articleCount += 1);
      if (hits.length < limit) hits.push({ row: publicRow(row), spans });
      if (keepMatched) matched.push(row);
    }
  }
  return { hits, matched, rowCount, occurrences, articleCount, searched };
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
