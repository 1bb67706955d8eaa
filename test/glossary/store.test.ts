import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { parseGlossaryCsv } from '../../lib/formats/glossary-csv';
import { applyImport } from '../../lib/glossary/import';
import { addEntry, deleteEntry, glossaryFile, readGlossary, updateEntry } from '../../lib/glossary/store';
import { GlossaryFileSchema } from '../../lib/glossary/types';

const folders: string[] = [];
after(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));

async function corpus(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shenjiao-glossary-'));
  folders.push(dir);
  return dir;
}

/** A clock that ticks one second per call, from a fixed start. */
function clock(start = Date.UTC(2025, 0, 6, 9)): () => Date {
  let now = start;
  return () => new Date((now += 1000));
}

const alice = { by: 'alice', now: clock() };

test('add writes a versioned, sorted, schema-valid file with a readable id', async () => {
  const dir = await corpus();
  await addEntry(dir, { zh: '长治', approved: ['Changzhi'], tags: ['place'] }, alice);
  const added = await addEntry(dir, { zh: ' 上党区 ', approved: [' Shangdang District ', ''] }, alice);
  assert.deepEqual([added.id, added.zh, added.approved, added.updatedBy], ['shang-dang-qu', '上党区', ['Shangdang District'], 'alice']);
  const file = JSON.parse(await readFile(glossaryFile(dir), 'utf8'));
  assert.equal(GlossaryFileSchema.safeParse(file).success, true);
  assert.deepEqual(file.entries.map((e: { zh: string }) => e.zh), ['上党区', '长治']);
  assert.deepEqual(Object.keys(file.entries[0]), [...Object.keys(file.entries[0])].sort());
});

test('the same term in the other script is a duplicate', async () => {
  const dir = await corpus();
  const first = await addEntry(dir, { zh: '滨城', approved: ['Bincheng'] }, alice);
  await assert.rejects(addEntry(dir, { zh: '濱城 ', approved: ['Binhai'] }, alice), (error: Error & { code?: string; details?: { existingId?: string } }) => {
    assert.equal(error.code, 'conflict');
    assert.equal(error.details?.existingId, first.id);
    return true;
  });
  assert.equal((await readGlossary(dir)).length, 1);
});

test('an update from a stale revision is refused with the current entry; a fresh one saves', async () => {
  const dir = await corpus();
  const original = await addEntry(dir, { zh: '市长', approved: ['Mayor'] }, alice);
  const bob = await updateEntry(dir, original.id, original.updatedAt, { note: 'bob was here' }, { by: 'bob', now: clock(Date.UTC(2025, 1, 1)) });
  await assert.rejects(updateEntry(dir, original.id, original.updatedAt, { note: 'alice overwrites' }, alice), (error: Error & { code?: string; details?: { current?: { note: string } } }) => {
    assert.equal(error.code, 'conflict');
    assert.equal(error.details?.current?.note, 'bob was here');
    return true;
  });
  const saved = await updateEntry(dir, original.id, bob.updatedAt, { approved: ['Mayor', 'mayor of the city'] }, alice);
  assert.deepEqual([saved.note, saved.approved], ['bob was here', ['Mayor', 'mayor of the city']]);
});

test('two saves in the same millisecond still get distinct revisions', async () => {
  const dir = await corpus();
  const frozen = { by: 'alice', now: () => new Date(Date.UTC(2025, 0, 1)) };
  const first = await addEntry(dir, { zh: '长治', approved: ['Changzhi'] }, frozen);
  const second = await updateEntry(dir, first.id, first.updatedAt, { note: 'a' }, frozen);
  assert.notEqual(second.updatedAt, first.updatedAt);
  await assert.rejects(updateEntry(dir, first.id, first.updatedAt, { note: 'b' }, frozen), /changed by alice/);
});

test('delete returns the entry, and adding it back with its id undoes the delete', async () => {
  const dir = await corpus();
  const original = await addEntry(dir, { zh: '张驰', approved: ['Zhang Chi'], caseSensitive: true, tags: ['person'] }, alice);
  const deleted = await deleteEntry(dir, original.id, original.updatedAt);
  assert.deepEqual(await readGlossary(dir), []);
  const restored = await addEntry(dir, deleted, alice);
  assert.deepEqual({ ...restored, updatedAt: null }, { ...original, updatedAt: null });
  await assert.rejects(deleteEntry(dir, 'no-such-entry', null), /No glossary entry/);
});

test('concurrent adds are all kept', async () => {
  const dir = await corpus();
  const terms = ['长治', '上党区', '张驰', '杨勤荣', '滨城', '天津', '泰兴', '宁武县', '锦州', '山西'];
  await Promise.all(terms.map((zh, i) => addEntry(dir, { zh, approved: [`Term ${i}`] }, alice)));
  assert.equal((await readGlossary(dir)).length, terms.length);
});

test('applyImport saves added and updated rows, stamped by the importer, and skips rejected ones', async () => {
  const dir = await corpus();
  await addEntry(dir, { zh: '市长', approved: ['Mayor'] }, alice);
  const parsed = parseGlossaryCsv('zh,en\n市长,Mayor|City Mayor\n长治,Changzhi\n,Nothing\n');
  const outcome = await applyImport(dir, parsed, { by: 'importer', now: clock(Date.UTC(2025, 5, 1)) });
  assert.deepEqual(outcome.rows.map((r) => r.action), ['update', 'add', 'reject']);
  const saved = await readGlossary(dir);
  assert.deepEqual(saved.map((e) => [e.zh, e.approved, e.updatedBy]), [
    ['市长', ['Mayor', 'City Mayor'], 'importer'],
    ['长治', ['Changzhi'], 'importer'],
  ]);
});

test('the starter glossary in corpus/ is valid, has 30+ entries and no duplicate terms', async () => {
  const entries = await readGlossary(path.resolve('corpus'));
  assert.ok(entries.length >= 30, `only ${entries.length} entries`);
  const { duplicateKey } = await import('../../lib/glossary/normalise-zh');
  assert.equal(new Set(entries.map((e) => duplicateKey(e.zh))).size, entries.length);
  assert.ok(entries.every((e) => e.approved.length > 0 && e.updatedBy === 'Shenjiao starter glossary'));
});
