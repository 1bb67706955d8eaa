import { refreshConcordance, searchConcordance, type ConcordanceHit, type IndexProgress } from './concordance';
import type { SearchQuery } from './match';
import { groupRenderings, termRenderer, type Rendering, type RenderingGroup } from './renderings';

export interface ConcordanceAnswer {
  hits: (ConcordanceHit & { rendering: Rendering | null })[];
  /** For a Chinese search: how the matching rows render the term, grouped, most used first. */
  renderings: RenderingGroup[];
  /** Matching rows where no rendering could be picked out. */
  unrendered: number;
  rowCount: number;
  occurrences: number;
  articleCount: number;
  searched: number;
  /** Milliseconds spent searching, after the index was up to date. */
  elapsedMs: number;
}

export interface SearchOptions {
  /** Rows returned (all are counted, and all count towards the renderings). */
  limit?: number;
  onProgress?: (p: IndexProgress) => void;
}

/** A concordance search over the corpus's aligned rows, with renderings for a Chinese search. */
export async function searchCorpus(corpusDir: string, query: SearchQuery, options: SearchOptions = {}): Promise<ConcordanceAnswer> {
  const index = await refreshConcordance(corpusDir, options.onProgress);
  const started = performance.now();
  // A regex names no one term, so it has no renderings to group.
  const renderer = query.side === 'zh' && !query.regex ? termRenderer(query.pattern, index.glossary) : null;
  const result = searchConcordance(index, query, options.limit, renderer !== null);
  const hits = result.hits.map((hit) => ({ ...hit, rendering: renderer ? renderer.renderingIn(hit.row.text) : null }));
  const { groups, unrendered } = renderer ? groupRenderings(result.matched.map((row) => renderer.renderingIn(row.text))) : { groups: [], unrendered: 0 };
  return {
    hits,
    renderings: groups,
    unrendered,
    rowCount: result.rowCount,
    occurrences: result.occurrences,
    articleCount: result.articleCount,
    searched: result.searched,
    elapsedMs: performance.now() - started,
  };
}
