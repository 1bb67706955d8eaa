import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, mock, test } from 'node:test';
import { clearCorpusCache } from '../../lib/corpus/corpus';
import { addEntry } from '../../lib/glossary/store';
import { cacheFile } from '../../lib/index/cache-files';
import { keepSnapshotCurrent } from '../../lib/index/snapshot';
import { contentHash } from '../../lib/index/hash';
import { corpusSnapshot, forgetSnapshot, indexedFindings, indexedRows } from '../../lib/index/index';
import { writePairDecision } from '../../lib/pairing/decisions-store';
import { saveReviewRow } from '../../lib/review/service';

// A real Chinese talk excerpt and its MT (the e2e fixture, see e2e/fixtures/README.md).
const FIXTURE = new URL('../../e2e/fixtures/corpus/ted', import.meta.url).pathname;
const ZH = 'ted~17fe8c4590';
const EN = 'ted~caebc97dcb';

function pairedCorpus(): string {
  clearCorpusCache();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-index-'));
  cpSync(FIXTURE, path.join(dir, 'ted'), { recursive: true });
  return dir;
}

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Changes a file and moves its mtime on, so the listing sees the change even within one clock tick. */
function rewrite(file: string, text: string) {
  writeFileSync(file, text);
  const later = new Date(Date.now() + 5000);
  utimesSync(file, later, later);
}

const articleCache = (dir: string) => cacheFile(dir, 'articles', EN);
const rowsKey = (dir: string) => (JSON.parse(readFileSync(articleCache(dir), 'utf8')) as { key: string }).key;

describe('index cache', () => {
  const dir = pairedCorpus();
  dirs.push(dir);

  test('content hashes: equal parts give equal keys, a moved boundary or a null does not', () => {
    assert.equal(contentHash('ab', 'c'), contentHash('ab', 'c'));
    assert.notEqual(contentHash('ab', 'c'), contentHash('a', 'bc'));
    assert.notEqual(contentHash('', null), contentHash('', ''));
    assert.match(contentHash('x'), /^[0-9a-f]{32}$/);
  });

  test('rows of a paired article are computed once and stored as readable JSON under the key', async () => {
    await writePairDecision(dir, { zh: ZH, en: EN, decision: 'confirmed', at: '2026-01-01T00:00:00Z' });
    forgetSnapshot(dir);
    const rows = await indexedRows(dir, EN);
    assert.equal(rows.zhId, ZH);
    assert.ok(rows.rows.length > 5);
    assert.ok(rows.rows.every((r) => r.text === r.mt && r.state === 'untouched' && r.revision === 0));
    assert.ok(rows.rows.some((r) => r.zh?.includes('爱因斯坦')));
    const stored = readFileSync(articleCache(dir), 'utf8');
    assert.match(stored, /^\{\n  "key": "[0-9a-f]{32}",/);
    const findings = await indexedFindings(dir, EN);
    assert.equal(findings.rows, rows.rows.length);
    assert.ok(existsSync(articleCache(dir)));
    assert.ok(findings.findings.every((f) => rows.rows.some((r) => r.id === f.rowId) && f.dismissed === false));
  });

  test('a hit is served from the file: same key, same answer', async () => {
    const key = rowsKey(dir);
    const again = await indexedRows(dir, EN);
    assert.equal(rowsKey(dir), key);
    assert.deepEqual(again, JSON.parse(readFileSync(articleCache(dir), 'utf8')).value.rows);
  });

  test('a saved correction changes the review file, so rows and findings are recomputed', async () => {
    const before = rowsKey(dir);
    const row = (await indexedRows(dir, EN)).rows[1]!;
    await saveReviewRow(dir, EN, row.id, { text: `${row.mt} teh`, baseRevision: 0, reviewer: 'Wang' });
    const rows = await indexedRows(dir, EN);
    assert.notEqual(rowsKey(dir), before);
    const saved = rows.rows.find((r) => r.id === row.id)!;
    assert.deepEqual([saved.text, saved.state, saved.revision, saved.reviewer], [`${row.mt} teh`, 'edited', 1, 'Wang']);
    const findings = await indexedFindings(dir, EN);
    assert.ok(findings.findings.some((f) => f.rowId === row.id && f.check === 'spelling' && f.message.includes('teh')));
  });

  test('a glossary change re-keys the article', async () => {
    const before = rowsKey(dir);
    await addEntry(dir, { zh: '爱因斯坦', approved: ['Einstein'], forbidden: ['Aiyinsitan'] }, { by: 'Li', now: () => new Date('2026-01-02T00:00:00Z') });
    await indexedRows(dir, EN);
    assert.notEqual(rowsKey(dir), before);
  });

  test('an edited English article is seen at once, read alone: no new walk, no re-pairing', async () => {
    const snapshot = await corpusSnapshot(dir);
    const file = path.join(dir, 'ted', 'caebc97dcb.txt');
    const text = readFileSync(file, 'utf8');
    rewrite(file, text.replace('Even the path of the Light will be bent.', 'Even the path of light is bent by gravity.'));
    const rows = await indexedRows(dir, EN);
    assert.ok(rows.rows.some((r) => r.mt.includes('bent by gravity')));
    assert.ok(!rows.rows.some((r) => r.mt.includes('of the Light')));
    assert.equal(rows.zhId, ZH);
    assert.equal(await corpusSnapshot(dir), snapshot);
  });

  test('an edited Chinese original changes the rows too', async () => {
    const snapshot = await corpusSnapshot(dir);
    const file = path.join(dir, 'ted', '17fe8c4590.txt');
    rewrite(file, `${readFileSync(file, 'utf8')}\n\n引力让光线弯曲。`);
    const rows = await indexedRows(dir, EN);
    assert.ok(rows.rows.some((r) => r.zh?.includes('引力让光线弯曲')));
    assert.equal(await corpusSnapshot(dir), snapshot);
  });

  test('a snapshot expires after half a minute, unless an indexer keeps it current', async () => {
    const snapshot = await corpusSnapshot(dir);
    mock.timers.enable({ apis: ['Date'], now: Date.now() });
    try {
      mock.timers.tick(60_000);
      keepSnapshotCurrent(dir, true);
      assert.equal(await corpusSnapshot(dir), snapshot);
      keepSnapshotCurrent(dir, false);
      assert.notEqual(await corpusSnapshot(dir), snapshot);
    } finally {
      keepSnapshotCurrent(dir, false);
      mock.timers.reset();
    }
  });

  test('a corrupt cache file is rebuilt, not trusted or fatal', async () => {
    const expected = await indexedRows(dir, EN);
    writeFileSync(articleCache(dir), '{"version": 1, "key": "trunc');
    assert.deepEqual(await indexedRows(dir, EN), expected);
    assert.deepEqual(JSON.parse(readFileSync(articleCache(dir), 'utf8')).value.rows, expected);
    // Valid JSON under the right key but without a value: rebuilt too.
    writeFileSync(articleCache(dir), JSON.stringify({ version: 1, key: rowsKey(dir) }));
    assert.ok(Array.isArray((await indexedFindings(dir, EN)).findings));
    assert.ok(JSON.parse(readFileSync(articleCache(dir), 'utf8')).value.findings);
  });

  test('unknown ids and Chinese ids are clear errors', async () => {
    await assert.rejects(indexedRows(dir, 'ted~nope'), (e: Error & { status?: number }) => e.status === 404);
    await assert.rejects(indexedRows(dir, ZH), (e: Error & { status?: number }) => e.status === 400);
  });
});
