import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { addEntry } from '../../lib/glossary/store';
import { getReview, saveReviewRow } from '../../lib/review/service';
import { applyBatch, applySelection, undoBatch } from '../../lib/search/batch/apply';
import { fitRendering, planBatch, replaceSpans } from '../../lib/search/batch/plan';
import { batchesDir } from '../../lib/search/batch/store';
import type { BatchSource } from '../../lib/search/batch/types';
import { BOSNIA, HOCKEY, searchCorpus } from './helpers';

const dir = searchCorpus();
after(() => rmSync(dir, { recursive: true, force: true }));

const replaceOlympics: BatchSource = { kind: 'search', pattern: 'Winter Olympics', replacement: 'Olympic Winter Games', side: 'en', regex: false, wholeWord: true, caseSensitive: false };

const rowText = async (article: string, row: string) => (await getReview(dir, article)).rows.find((r) => r.id === row)!;

describe('batch planning', () => {
  test('spans are replaced right to left; overlaps keep the first', () => {
    assert.equal(replaceSpans('a b a', [[4, 5], [0, 1]], () => 'xy'), 'xy b xy');
    assert.equal(replaceSpans('abcdef', [[0, 3], [2, 5]], (m) => m.toUpperCase()), 'ABCdef');
  });

  test('an approved rendering takes the place of a forbidden one with its capital and possessive', () => {
    assert.equal(fitRendering('Xinhua Net’s', 'xinhuanet'), 'Xinhuanet’s');
    assert.equal(fitRendering('xinhua net', 'Xinhuanet'), 'Xinhuanet');
  });

  test('a search plan lists every row that would change, before and after, across articles', async () => {
    const plan = await planBatch(dir, replaceOlympics);
    assert.deepEqual(new Set(plan.changes.map((c) => c.article)), new Set([BOSNIA, HOCKEY]));
    for (const c of plan.changes) {
      assert.equal(c.after, c.before.replace(/\bWinter Olympics\b/g, 'Olympic Winter Games'));
      assert.equal(c.baseRevision, 0);
    }
  });

  test('a regex replacement may use its groups', async () => {
    const plan = await planBatch(dir, { ...replaceOlympics, pattern: 'Winter (Olympics)', replacement: '$1 (Winter)', regex: true, wholeWord: false });
    assert.ok(plan.changes.length > 0 && plan.changes.every((c) => c.after.includes('Olympics (Winter)')));
  });

  test('a glossary entry replaces its forbidden rendering with the approved one', async () => {
    const entry = await addEntry(dir, { zh: '波黑', approved: ['Bosnia and Herzegovina'], forbidden: ['BiH'] }, { by: 'Zhou' });
    const plan = await planBatch(dir, { kind: 'glossary', entryId: entry.id });
    assert.ok(plan.changes.length >= 2);
    assert.ok(plan.changes.every((c) => c.before.includes('BiH') && !c.after.includes('BiH') && c.after.includes('Bosnia and Herzegovina')));
  });
});

describe('applying and undoing a batch', () => {
  test('changes are ordinary corrections; a row changed since the preview is skipped; the record is a readable file', async () => {
    const plan = await planBatch(dir, replaceOlympics);
    const [stale, ...rest] = plan.changes;
    await saveReviewRow(dir, stale!.article, stale!.row, { text: 'Someone else was here first.', baseRevision: 0, reviewer: 'Li' });
    const record = await applyBatch(dir, { source: replaceOlympics, reviewer: 'Zhou', changes: plan.changes }, '2026-12-02T10:00:00.000Z');
    assert.equal(record.changed.length, rest.length);
    assert.deepEqual(record.skipped.map((s) => [s.article, s.row]), [[stale!.article, stale!.row]]);
    assert.match(record.skipped[0]!.reason, /Changed since the preview/);
    for (const c of rest) {
      const row = await rowText(c.article, c.row);
      assert.equal(row.text, c.after);
      assert.equal(row.state, 'edited');
      assert.equal(row.reviewer, 'Zhou');
      assert.equal(row.revision, 1);
      assert.equal(row.history.at(-1)!.text, c.after);
    }
    assert.equal((await rowText(stale!.article, stale!.row)).text, 'Someone else was here first.');
    const files = readdirSync(batchesDir(dir));
    assert.deepEqual(files, [`${record.id}.json`]);
    const onDisk = readFileSync(path.join(batchesDir(dir), files[0]!), 'utf8');
    assert.match(onDisk, /^\{\n {2}"at": "2026-12-02T10:00:00.000Z",\n/);
    assert.equal(JSON.parse(onDisk).changed.length, rest.length);
  });

  test('undo restores every row of the batch as one operation, skipping rows changed since', async () => {
    const [id] = readdirSync(batchesDir(dir)).map((f) => f.slice(0, -5));
    const record = JSON.parse(readFileSync(path.join(batchesDir(dir), `${id}.json`), 'utf8'));
    const [touched, ...others] = record.changed as { article: string; row: string; before: string; after: string; revision: number }[];
    await saveReviewRow(dir, touched!.article, touched!.row, { text: 'Edited after the batch.', baseRevision: touched!.revision, reviewer: 'Li' });
    const undone = await undoBatch(dir, id!, 'Zhou');
    assert.equal(undone.undo!.restored.length, others.length);
    assert.deepEqual(undone.undo!.skipped.map((s) => s.row), [touched!.row]);
    for (const c of others) {
      const row = await rowText(c.article, c.row);
      assert.equal(row.text, c.before);
      assert.equal(row.state, 'untouched');
      assert.equal(row.revision, c.revision + 1);
    }
    assert.equal((await rowText(touched!.article, touched!.row)).text, 'Edited after the batch.');
    await assert.rejects(undoBatch(dir, id!, 'Zhou'), /was undone/);
  });
});

describe('a QA check as a batch', () => {
  test('every open finding of the check with a fix becomes a planned change', async () => {
    const row = (await getReview(dir, HOCKEY)).rows[2]!;
    const doubled = row.text.replace(/ the /, ' the the ');
    await saveReviewRow(dir, HOCKEY, row.id, { text: doubled, baseRevision: row.revision, reviewer: 'Li' });
    const plan = await planBatch(dir, { kind: 'qa', check: 'repeated-word' });
    assert.deepEqual(plan.changes.map((c) => [c.article, c.row, c.before, c.after]), [[HOCKEY, row.id, doubled, row.text]]);
    await assert.rejects(planBatch(dir, { kind: 'qa', check: 'no-such-check' }), /No QA check/);
  });
});

describe('applying a selection from the page', () => {
  test('only the rows kept selected change; a row at another revision than previewed, or no longer matching, is skipped', async () => {
    const source: BatchSource = { ...replaceOlympics, pattern: 'Beijing', replacement: 'Peking', wholeWord: true, within: '北京' };
    const plan = await planBatch(dir, source);
    assert.ok(plan.changes.length >= 3, `${plan.changes.length} rows planned`);
    assert.ok(plan.changes.every((c) => /\bbeijing\b/i.test(c.before) && !/\bbeijing\b/i.test(c.after)));
    const [kept, moved, gone, ...rest] = plan.changes;
    await saveReviewRow(dir, moved!.article, moved!.row, { text: `${moved!.before} Still Beijing.`, baseRevision: moved!.baseRevision, reviewer: 'Li' });
    await saveReviewRow(dir, gone!.article, gone!.row, { text: 'No city named here.', baseRevision: gone!.baseRevision, reviewer: 'Li' });
    const pick = (c: typeof kept) => ({ article: c!.article, row: c!.row, baseRevision: c!.baseRevision });
    const record = await applySelection(dir, { source, reviewer: 'Zhou', rows: [pick(kept), pick(moved), pick(gone)] });
    assert.deepEqual(record.changed.map((c) => c.row), [kept!.row]);
    assert.deepEqual(new Map(record.skipped.map((s) => [s.row, s.reason])), new Map([
      [moved!.row, `Changed since the preview (now revision ${moved!.baseRevision + 1}).`],
      [gone!.row, 'Changed since the preview: the row no longer matches.'],
    ]));
    for (const c of rest) assert.equal((await rowText(c.article, c.row)).text, c.before);
  });
});
