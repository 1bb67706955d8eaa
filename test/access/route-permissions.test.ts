import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LEAD_ARTICLE_STATES, ROUTE_PERMISSIONS } from '../../lib/access/permissions';
import { makeUsersFile, PASSWORDS } from './helpers';

/**
 * Walks every route handler under app/api (so a new route cannot be forgotten) and calls it
 * as the server would: without a session, as a viewer, a reviewer and a lead, on an empty
 * corpus (a request that gets past the check fails on its missing article or body, and
 * writes nothing).
 */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

function routeFiles(dir = 'app/api'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

const routes = routeFiles().map((file) => ({ file, pattern: `/${path.dirname(file).split(path.sep).slice(1).join('/')}` }));
const tokens: Record<string, string> = {};

before(async () => {
  const { file } = await makeUsersFile();
  process.env.SHENJIAO_USERS = file;
  process.env.SHENJIAO_CORPUS = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-empty-corpus-'));
  const { serverAccess } = await import('../../lib/access/access-control');
  for (const name of Object.keys(PASSWORDS)) tokens[name] = (await serverAccess().signIn(name, PASSWORDS[name]!, 'test')).token;
});

async function call(handler: Handler, method: string, pattern: string, who: string | null, body?: unknown): Promise<number> {
  const params: Record<string, string> = {};
  const url = pattern.replace(/\[(\w+)\]/g, (_m, name: string) => (params[name] = `x-${name}`));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (who) headers.cookie = `shenjiao_session=${encodeURIComponent(tokens[who]!)}`;
  const init: RequestInit = { method, headers, ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }) };
  const response = await handler(new Request(`http://127.0.0.1${url}`, init), { params: Promise.resolve(params) });
  return response.status;
}

test('every route under app/api is in the permission table, and every table entry is a route', async () => {
  assert.ok(routes.length >= 15, `found only ${routes.length} routes`);
  const served = new Set<string>();
  for (const { file, pattern } of routes) {
    const routeModule = (await import(pathToFileURL(path.resolve(file)).href)) as Record<string, unknown>;
    for (const method of METHODS) if (typeof routeModule[method] === 'function') served.add(`${method} ${pattern}`);
  }
  assert.deepEqual([...served].filter((key) => !(key in ROUTE_PERMISSIONS)), [], 'routes missing from lib/access/permissions.ts');
  assert.deepEqual(Object.keys(ROUTE_PERMISSIONS).filter((key) => !served.has(key)), [], 'table entries without a route');
});

describe('each route answers by the table', () => {
  for (const { file, pattern } of routes) {
    test(pattern, async () => {
      const routeModule = (await import(pathToFileURL(path.resolve(file)).href)) as Record<string, Handler | undefined>;
      for (const method of METHODS) {
        const handler = routeModule[method];
        const requires = ROUTE_PERMISSIONS[`${method} ${pattern}`];
        if (!handler || !requires || requires === 'public') continue;
        const label = `${method} ${pattern}`;
        assert.equal(await call(handler, method, pattern, null), 401, `${label} without a session`);
        const mutation = method !== 'GET';
        if (mutation) assert.equal(await call(handler, method, pattern, 'Viv'), 403, `${label} as a viewer`);
        if (requires === 'lead') assert.equal(await call(handler, method, pattern, 'Ren'), 403, `${label} as a reviewer`);
        // The role the table names gets past the check (to a 404 or 400 on this empty corpus).
        const allowed = { viewer: 'Viv', reviewer: 'Ren', lead: 'Lee' }[requires];
        assert.ok(![401, 403].includes(await call(handler, method, pattern, allowed)), `${label} as a ${requires}`);
        if (!mutation) assert.ok(![401, 403].includes(await call(handler, method, pattern, 'Viv')), `${label} as a viewer`);
      }
    });
  }
});

test('article states reviewed and approved are a lead\'s: a reviewer gets 403, a lead gets past', async () => {
  const { PUT } = (await import('../../app/api/articles/[id]/review/route')) as unknown as { PUT: Handler };
  const pattern = '/api/articles/[id]/review';
  for (const state of LEAD_ARTICLE_STATES) {
    assert.equal(await call(PUT, 'PUT', pattern, 'Ren', { state }), 403, state);
    assert.equal(await call(PUT, 'PUT', pattern, 'Lee', { state }), 404, state);
  }
  assert.equal(await call(PUT, 'PUT', pattern, 'Ren', { state: 'in-review' }), 404);
});
