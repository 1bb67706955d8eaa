import assert from 'node:assert/strict';
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { saveReviewRow } from '../../lib/review/service';
import { searchCorpus as search } from '../../lib/search/service';
import { termRenderer } from '../../lib/search/renderings';
import { BOSNIA, HOCKEY, searchCorpus } from './helpers';

const dir = searchCorpus();
/** The corpus is re-listed at most every two seconds (lib/search/concordance.ts); saves are seen at once. */
const snapshotExpires = () => new Promise((resolve) => setTimeout(resolve, 2100));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('concordance over a corpus', () => {
  test('a Simplified search finds rows of the Traditional article too, with how each renders the term', async () => {
    const answer = await search(dir, { pattern: '冬奥', side: 'zh' });
    assert.deepEqual(new Set(answer.hits.map((h) => h.row.article)), new Set([BOSNIA, HOCKEY]));
    const traditional = answer.hits.find((h) => h.row.article === HOCKEY)!;
    assert.equal(traditional.row.zh!.slice(traditional.spans[0]![0], traditional.spans[0]![1]), '冬奧');
    assert.deepEqual(answer.renderings[0], { text: 'Winter Olympics', count: answer.hits.filter((h) => h.rendering?.text === 'Winter Olympics').length });
    assert.equal(answer.renderings.reduce((n, r) => n + r.count, 0) + answer.unrendered, answer.rowCount);
    assert.equal(answer.articleCount, 2);
  });

  test('the glossary decides a rendering before the dictionary does', () => {
    const entry = { id: 'e1', zh: '新华网', approved: ['Xinhuanet'], forbidden: ['Xinhua Net'], caseSensitive: false, pos: null, note: null, tags: [], updatedBy: null, updatedAt: null };
    assert.deepEqual(termRenderer('新華網', [entry]).renderingIn('in a special period - Xinhua Net'), { text: 'Xinhua Net', span: [22, 32], how: 'glossary' });
    assert.equal(termRenderer('波黑', []).renderingIn('Bosnia and Herzegovina Olympic Committee')?.text, 'Bosnia and Herzegovina');
    assert.equal(termRenderer('波黑', []).renderingIn('The weather was fine.'), null);
  });

  test('the index follows saves and new articles', async () => {
    const before = await search(dir, { pattern: 'Olympic Winter Games', side: 'en' });
    assert.equal(before.rowCount, 0);
    const row = (await search(dir, { pattern: 'Winter Olympics', side: 'en' })).hits.find((h) => h.row.article === HOCKEY)!.row;
    await saveReviewRow(dir, HOCKEY, row.row, { text: row.text.replace('Winter Olympics', 'Olympic Winter Games'), baseRevision: 0, reviewer: 'Zhou' });
    const saved = await search(dir, { pattern: 'olympic winter games', side: 'en' });
    assert.equal(saved.rowCount, 1);
    assert.equal(saved.hits[0]!.row.state, 'edited');
    assert.equal(saved.hits[0]!.row.reviewer, 'Zhou');
    assert.equal((await search(dir, { pattern: 'olympic winter games', side: 'mt' })).rowCount, 0);
    writeFileSync(path.join(dir, 'late-en.txt'), 'A late article\n\nThe Olympic Winter Games open in February.\n');
    await snapshotExpires();
    const added = await search(dir, { pattern: 'olympic winter games', side: 'en' });
    assert.equal(added.rowCount, 2);
    appendFileSync(path.join(dir, 'late-en.txt'), '\nThe Olympic Winter Games close in March.\n');
    await snapshotExpires();
    assert.equal((await search(dir, { pattern: 'olympic winter games', side: 'en' })).rowCount, 3);
  });
});
