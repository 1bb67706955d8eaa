import type { Role } from './roles';

/**
 * Every API route and what it needs, in one table: `public` routes answer anyone; the others
 * need a signed-in session whose role is at least the one named (when a users file is in use;
 * without one the server is a single reviewer's local tool and every route is open).
 * Keys are `METHOD /path` with Next's [segment] placeholders, exactly as the route files sit
 * under app/api. test/access/route-permissions.test.ts walks app/api and fails for a route
 * missing here, or an entry without its route.
 */
export type Requirement = Role | 'public';

export const ROUTE_PERMISSIONS: Readonly<Record<string, Requirement>> = {
  // Sign-in and process supervision.
  'POST /api/session': 'public',
  'DELETE /api/session': 'public',
  'GET /api/session': 'public',
  'GET /api/health': 'public',

  // Reading: articles, reviews, findings, exports, glossary.
  'GET /api/articles/[id]/review': 'viewer',
  'GET /api/articles/[id]/qa': 'viewer',
  'GET /api/articles/[id]/export': 'viewer',
  'GET /api/export': 'viewer',
  'GET /api/glossary': 'viewer',
  'GET /api/glossary/export': 'viewer',

  // Reviewing: corrections, annotations, dismissals, layout. Article states too, except the
  // lead-only ones (LEAD_ARTICLE_STATES), which the route checks against the body.
  'PUT /api/articles/[id]/rows/[rowId]': 'reviewer',
  'POST /api/articles/[id]/rows/[rowId]/revert': 'reviewer',
  'POST /api/articles/[id]/rows/[rowId]/annotations': 'reviewer',
  'DELETE /api/articles/[id]/rows/[rowId]/annotations/[annotationId]': 'reviewer',
  'POST /api/articles/[id]/rows/[rowId]/dismissals': 'reviewer',
  'POST /api/articles/[id]/layout': 'reviewer',
  'PUT /api/articles/[id]/review': 'reviewer',

  // Leading: glossary edits and imports, pair decisions, adding translations.
  'POST /api/glossary': 'lead',
  'PUT /api/glossary/[entryId]': 'lead',
  'DELETE /api/glossary/[entryId]': 'lead',
  'POST /api/glossary/import': 'lead',
  'POST /api/pairs': 'lead',
  'PUT /api/pairs/active': 'lead',
  'POST /api/articles/[id]/translation': 'lead',

  // Team sync through git (issue 13): status for all, a sync commits the reviewer's work.
  'GET /api/sync': 'viewer',
  'POST /api/sync': 'reviewer',

  // The corpus index (issue 16): paged lists, its progress, the QA report's summary and job.
  'GET /api/articles': 'viewer',
  'GET /api/index/status': 'viewer',
  'GET /api/pairs/list': 'viewer',
  'GET /api/qa/articles': 'viewer',
  'GET /api/qa/findings': 'viewer',
  'GET /api/qa/export': 'viewer',
  'GET /api/qa/run': 'viewer',
  'POST /api/qa/run': 'reviewer',

  // Concordance search and batch corrections (issue 15): searching reads; a batch, its
  // preview and its undo are a reviewer's corrections.
  'GET /api/search': 'viewer',
  'GET /api/batches': 'viewer',
  'POST /api/batches/preview': 'reviewer',
  'POST /api/batches': 'reviewer',
  'POST /api/batches/[batchId]/undo': 'reviewer',
};

/** Article states only a lead may set (issue 14: a lead marks articles reviewed or approved). */
export const LEAD_ARTICLE_STATES: readonly string[] = ['reviewed', 'approved'];

/** Pages anyone may open; every other page needs a session when a users file is in use. */
export const PUBLIC_PAGES: readonly string[] = ['/login'];

/**
 * The table entry for a request, or null when the route is not in the table (refused: a
 * route nobody classified is not served). A static segment wins over a [placeholder] at the
 * same place, as in Next's own routing (/api/glossary/export is not an entry id).
 */
export function routeRequirement(method: string, pathname: string): { route: string; requires: Requirement } | null {
  const parts = pathname.replace(/\/+$/, '').split('/');
  let best: { route: string; requires: Requirement; score: number[] } | null = null;
  for (const [key, requires] of Object.entries(ROUTE_PERMISSIONS)) {
    const [keyMethod, pattern] = key.split(' ') as [string, string];
    if (keyMethod !== method.toUpperCase()) continue;
    const score = matchScore(pattern.split('/'), parts);
    if (score && (!best || compareScores(score, best.score) > 0)) best = { route: key, requires, score };
  }
  return best && { route: best.route, requires: best.requires };
}

/** Per segment 1 for a static match, 0 for a placeholder; null when the path does not fit. */
function matchScore(pattern: string[], parts: string[]): number[] | null {
  if (pattern.length !== parts.length) return null;
  const score: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const segment = pattern[i]!;
    if (/^\[[^\]]+\]$/.test(segment)) {
      if (!parts[i]) return null;
      score.push(0);
    } else if (segment === parts[i]) score.push(1);
    else return null;
  }
  return score;
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
