import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routeRequirement } from '../../lib/access/permissions';

test('a request finds its table entry: placeholders take one segment, a static segment wins', () => {
  const cases: [string, string, string | null][] = [
    ['GET', '/api/glossary/export', 'GET /api/glossary/export'],
    ['PUT', '/api/glossary/abc123', 'PUT /api/glossary/[entryId]'],
    ['PUT', '/api/pairs/active', 'PUT /api/pairs/active'],
    ['put', '/api/articles/a~b/rows/s1-2/', 'PUT /api/articles/[id]/rows/[rowId]'],
    ['DELETE', '/api/articles/a/rows/r/annotations/n1', 'DELETE /api/articles/[id]/rows/[rowId]/annotations/[annotationId]'],
    ['GET', '/api/articles/a/rows/r', null],
    ['POST', '/api/articles//layout', null],
    ['GET', '/api/nothing', null],
  ];
  for (const [method, pathname, route] of cases) assert.equal(routeRequirement(method, pathname)?.route ?? null, route, `${method} ${pathname}`);
});
