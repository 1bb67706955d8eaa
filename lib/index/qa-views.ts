import { CHECKS } from '../qa/registry';
import type { CorpusOverview } from './indexer';
import { indexedFindings } from './index';
import { containsText, pageOf, type PageQuery, type PageResult } from './paging';
import type { QaJob } from './qa-job';

/** A row of the per-article table: counts only. */
export interface QaArticleRow {
  id: string;
  title: string;
  major: number;
  minor: number;
  dismissed: number;
}

export const QA_ARTICLE_SORTS = ['title', 'major', 'minor', 'dismissed'] as const;

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** One page of the per-article table, worst first unless sorted otherwise; articles without findings are left out. */
export function qaArticlePage(job: QaJob, overview: CorpusOverview | null, query: PageQuery, q: string): PageResult<QaArticleRow> {
  const titles = new Map(overview?.articles.map((a) => [a.id, a.title || a.file]) ?? []);
  const rows: QaArticleRow[] = [];
  for (const a of job.articles.values()) {
    const dismissed = sum(a.dismissed);
    if (a.openTotal + dismissed === 0) continue;
    rows.push({ id: a.enId, title: titles.get(a.enId) ?? a.enId, major: a.major, minor: a.openTotal - a.major, dismissed });
  }
  rows.sort((x, y) => y.major - x.major || y.minor - x.minor || (x.title < y.title ? -1 : x.title > y.title ? 1 : 0));
  return pageOf(rows, query, { title: (r) => r.title, major: (r) => r.major, minor: (r) => r.minor, dismissed: (r) => r.dismissed }, (r) => containsText(q, r.title));
}

export interface QaFindingFilters {
  check?: string;
  severity?: 'major' | 'minor';
  article?: string;
  dismissed: boolean;
}

/** A finding as the report lists it; `row` is 1-based, as reviewers count. */
export interface QaFindingRow {
  article: string;
  title: string;
  row: number;
  check: string;
  category: string;
  severity: 'major' | 'minor';
  message: string;
  dismissed: boolean;
}

/**
 * One page of findings, read from the per-article cache files of only the articles the
 * page covers: the counts per check say how many findings each article contributes, so
 * earlier pages are skipped without reading anything.
 */
export async function qaFindingPage(corpusDir: string, job: QaJob, overview: CorpusOverview | null, query: PageQuery, filters: QaFindingFilters): Promise<PageResult<QaFindingRow>> {
  const checks = CHECKS.filter((c) => (!filters.check || c.id === filters.check) && (!filters.severity || c.severity === filters.severity)).map((c) => c.id);
  const order = overview?.articles.filter((a) => a.lang === 'en') ?? [];
  const counted = order
    .filter((a) => !filters.article || a.id === filters.article)
    .map((a) => {
      const qa = job.articles.get(a.id);
      const n = qa ? checks.reduce((s, c) => s + (qa.open[c] ?? 0) + (filters.dismissed ? (qa.dismissed[c] ?? 0) : 0), 0) : 0;
      return { id: a.id, title: a.title || a.file, n };
    })
    .filter((a) => a.n > 0);
  const total = counted.reduce((s, a) => s + a.n, 0);
  const pages = Math.max(1, Math.ceil(total / query.size));
  const page = Math.min(Math.max(1, query.page), pages);
  const rows: QaFindingRow[] = [];
  let skip = (page - 1) * query.size;
  const wanted = new Set(checks);
  for (const a of counted) {
    if (rows.length >= query.size) break;
    if (skip >= a.n) {
      skip -= a.n;
      continue;
    }
    const { findings } = await indexedFindings(corpusDir, a.id);
    const matching = findings.filter((f) => wanted.has(f.check) && (filters.dismissed || !f.dismissed));
    for (const f of matching.slice(skip, skip + query.size - rows.length)) {
      rows.push({ article: a.id, title: a.title, row: f.row + 1, check: f.check, category: f.category, severity: f.severity, message: f.message, dismissed: f.dismissed });
    }
    skip = 0;
  }
  return { rows, total, page, size: query.size, pages };
}
