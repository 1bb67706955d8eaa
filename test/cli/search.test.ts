import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

// The `search` and `replace` contracts (README, issue 15), run as a user runs them.
function shenjiao(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const corpus = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-cli-search-'));
cpSync(path.join('e2e', 'fixtures', 'search-corpus'), corpus, { recursive: true });
after(() => rmSync(corpus, { recursive: true, force: true }));

test('search --json: hits with the contract fields, rows from 1, renderings of a Chinese term (Traditional query)', () => {
  const { status, stdout } = shenjiao('search', '波黑奧委會', '--side', 'zh', '--corpus', corpus, '--json');
  assert.equal(status, 0);
  const { hits, renderings } = JSON.parse(stdout) as { hits: Record<string, unknown>[]; renderings: { text: string; count: number }[] };
  assert.ok(hits.length >= 3);
  for (const hit of hits) {
    assert.deepEqual(Object.keys(hit).sort(), ['id', 'mt', 'row', 'text', 'zh']);
    assert.equal(hit.id, 'bosnia-en');
    assert.match(String(hit.zh), /波黑奥委会/);
  }
  assert.equal(hits[0]!.row, 1);
  assert.equal(renderings.reduce((n, r) => n + r.count, 0) <= hits.length, true);
  assert.deepEqual(renderings[0], { text: 'Bosnia and Herzegovina Olympic Committee', count: 2 });
});

test('replace --dry-run changes nothing; replace records a batch; bad input is a usage error', () => {
  const dry = shenjiao('replace', 'BiH', 'Bosnia and Herzegovina', '--side', 'en', '--word', '--dry-run', '--corpus', corpus, '--json');
  assert.equal(dry.status, 0);
  const planned = JSON.parse(dry.stdout) as { changed: { id: string; row: number; before: string; after: string }[]; skipped: unknown[] };
  assert.equal(planned.changed.length, 2);
  assert.equal(readdirSync(corpus).includes('_shenjiao') && readdirSync(path.join(corpus, '_shenjiao')).includes('batches'), false);
  const real = shenjiao('replace', 'BiH', 'Bosnia and Herzegovina', '--side', 'en', '--word', '--reviewer', 'Zhou', '--corpus', corpus, '--json');
  assert.equal(real.status, 0);
  const done = JSON.parse(real.stdout) as { changed: { id: string; row: number; before: string; after: string }[]; skipped: unknown[] };
  assert.deepEqual(done, planned);
  const [batch] = readdirSync(path.join(corpus, '_shenjiao', 'batches'));
  const record = JSON.parse(readFileSync(path.join(corpus, '_shenjiao', 'batches', batch!), 'utf8')) as { reviewer: string; changed: unknown[] };
  assert.equal(record.reviewer, 'Zhou');
  assert.equal(record.changed.length, 2);
  const review = JSON.parse(readFileSync(path.join(corpus, '_shenjiao', 'reviews', 'bosnia-en.json'), 'utf8')) as { rows: Record<string, { text: string; state: string }> };
  assert.equal(Object.values(review.rows).filter((r) => r.state === 'edited' && r.text.includes('with Bosnia and Herzegovina Olympic')).length, 1);
  const noName = shenjiao('replace', 'BiH', 'x', '--side', 'en', '--corpus', corpus, '--json');
  assert.equal(noName.status, 2);
  assert.match(noName.stderr, /--reviewer NAME is required/);
  const badRegex = shenjiao('search', '(', '--regex', '--corpus', corpus, '--json');
  assert.equal(badRegex.status, 2);
  assert.match(badRegex.stderr, /Not a valid regular expression/);
});
