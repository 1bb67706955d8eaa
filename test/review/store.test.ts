import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { AppError } from '../../lib/errors';
import { getReview, revertReviewRow, saveReviewRow, setReviewState } from '../../lib/review/service';
import { reviewPath } from '../../lib/review/store';
import { reviewSummaries } from '../../lib/review/summary';
import { corpusWithEnglishArticle } from './helpers';

const { dir, id } = corpusWithEnglishArticle();
after(() => rmSync(dir, { recursive: true, force: true }));

describe('review store', () => {
  test('an English article alone is reviewed sentence by sentence', async () => {
    const review = await getReview(dir, id);
    assert.equal(review.zhArticle, null);
    assert.deepEqual(review.rows.map((r) => r.mt), ['The meeting was held.', 'Municipal party secretary hong zhong attended.', 'The mayor spoke.', 'Work was deployed.']);
    assert.ok(review.rows.every((r) => r.zh === null && r.revision === 0 && r.text === r.mt && r.state === 'untouched'));
  });

  test('saves bump the row revision; a stale save is refused with the current text', async () => {
    const { rows } = await getReview(dir, id);
    const row = rows[1]!;
    const saved = await saveReviewRow(dir, id, row.id, { text: 'Municipal Party Secretary Li Hongzhong attended.', baseRevision: 0, reviewer: 'Wang' });
    assert.equal(saved.revision, 1);
    assert.equal(saved.state, 'edited');
    await assert.rejects(
      saveReviewRow(dir, id, row.id, { text: 'Another text.', baseRevision: 0, reviewer: 'Li' }),
      (error: AppError) => error.status === 409 && error.details?.revision === 1 && error.details?.text === 'Municipal Party Secretary Li Hongzhong attended.',
    );
    const again = await saveReviewRow(dir, id, row.id, { text: 'Party Secretary Li Hongzhong attended.', baseRevision: 1, reviewer: 'Li', state: 'confirmed' });
    assert.equal(again.revision, 2);
    const reloaded = (await getReview(dir, id)).rows[1]!;
    assert.equal(reloaded.text, 'Party Secretary Li Hongzhong attended.');
    assert.deepEqual(reloaded.history.map((v) => [v.revision, v.reviewer, v.state]), [[1, 'Wang', 'edited'], [2, 'Li', 'confirmed']]);
    assert.equal((await getReview(dir, id)).state, 'in-review');
  });

  test('a row reverted to an earlier version, then to the MT, through the store', async () => {
    const row = (await getReview(dir, id)).rows[2]!;
    await saveReviewRow(dir, id, row.id, { text: 'The mayor made a speech.', baseRevision: 0, reviewer: 'Wang' });
    await saveReviewRow(dir, id, row.id, { text: 'The mayor gave a speech.', baseRevision: 1, reviewer: 'Wang' });
    const back = await revertReviewRow(dir, id, row.id, { to: 1, baseRevision: 2, reviewer: 'Li' });
    assert.deepEqual([back.text, back.revision, back.state], ['The mayor made a speech.', 3, 'edited']);
    await assert.rejects(revertReviewRow(dir, id, row.id, { to: 'mt', baseRevision: 2, reviewer: 'Li' }), (e: AppError) => e.status === 409);
    const mt = await revertReviewRow(dir, id, row.id, { to: 'mt', baseRevision: 3, reviewer: 'Li' });
    assert.deepEqual([mt.text, mt.revision, mt.state], [row.mt, 4, 'untouched']);
    assert.equal((await getReview(dir, id)).rows[2]!.history.length, 4);
  });

  test('the file is pretty JSON with sorted keys, and the list summary counts it', async () => {
    const text = readFileSync(reviewPath(dir, id), 'utf8');
    assert.match(text, /^\{\n  "alignment": null,\n  "article": "news~report",/);
    const summary = (await reviewSummaries(dir)).get(id);
    assert.deepEqual({ ...summary, edits: undefined }, { state: 'in-review', rows: 4, confirmed: 1, corrected: 1, edits: undefined, mqm: 0, conflicts: 0 });
    assert.ok(summary!.edits > 0);
    await setReviewState(dir, id, 'approved', 'Li');
    assert.equal((await getReview(dir, id)).state, 'approved');
  });

  test('twenty concurrent writers on different rows and many on one row: no acknowledged save is lost', async () => {
    const { dir: many, id: manyId } = corpusWithEnglishArticle(Array.from({ length: 20 }, (_, i) => `Sentence number ${i + 1} is here.`).join(' '));
    try {
      const { rows } = await getReview(many, manyId);
      const saves = rows.map((row, i) => saveReviewRow(many, manyId, row.id, { text: `Corrected ${i}.`, baseRevision: 0, reviewer: `r${i}` }));
      const sameRow = Array.from({ length: 10 }, (_, k) =>
        saveReviewRow(many, manyId, rows[0]!.id, { text: `Rival ${k}.`, baseRevision: 0, reviewer: `x${k}` }).then(
          () => 'ok',
          (e: AppError) => (e.status === 409 ? 'conflict' : 'error'),
        ),
      );
      const results = await Promise.allSettled(saves);
      const rival = await Promise.all(sameRow);
      const after = (await getReview(many, manyId)).rows;
      for (const [i, result] of results.entries()) {
        if (result.status === 'fulfilled') assert.equal(after[i]!.text, `Corrected ${i}.`);
      }
      assert.equal(results.filter((r) => r.status === 'fulfilled').length + rival.filter((r) => r === 'ok').length, 20);
      assert.ok(rival.every((r) => r !== 'error'));
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });

  test('a crash mid-write leaves the old file whole, and its temp file is cleaned on the next start', async () => {
    const { dir: crashed, id: crashedId } = corpusWithEnglishArticle();
    try {
      const { rows } = await getReview(crashed, crashedId);
      await saveReviewRow(crashed, crashedId, rows[0]!.id, { text: 'Saved before the crash.', baseRevision: 0, reviewer: 'Wang' });
      const folder = path.dirname(reviewPath(crashed, crashedId));
      const before = readFileSync(reviewPath(crashed, crashedId), 'utf8');
      writeFileSync(path.join(folder, `.${crashedId}.json.abc123.shenjiao-tmp`), '{"schema": 1, "rows": {trunc');
      const { cleanLeftoverTempFiles } = await import('../../lib/storage/atomic');
      assert.equal(await cleanLeftoverTempFiles(folder), 1);
      assert.deepEqual(readdirSync(folder), [`${crashedId}.json`]);
      assert.equal(readFileSync(reviewPath(crashed, crashedId), 'utf8'), before);
      assert.equal((await getReview(crashed, crashedId)).rows[0]!.text, 'Saved before the crash.');
    } finally {
      rmSync(crashed, { recursive: true, force: true });
    }
  });

  test('review file names refuse path tricks', () => {
    for (const bad of ['../x', 'a/b', '.hidden', 'a\\b', 'nul\0']) assert.throws(() => reviewPath(dir, bad), /cannot name a review file/);
    assert.ok(!existsSync(path.join(dir, 'x.json')));
  });
});
