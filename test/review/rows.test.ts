import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AlignedRow } from '../../lib/alignment/align';
import { editLayout } from '../../lib/review/layout';
import { buildReviewRows } from '../../lib/review/rows';
import { emptyReview, type StoredRow } from '../../lib/review/types';

const s = (text: string, start: number) => ({ text, start, end: start + text.length });
const en = [s('One.', 0), s('Two.', 5), s('Three.', 10)];
const zh = [s('一。', 0), s('二。', 2), s('三。', 4)];
const oneToOne: AlignedRow[] = en.map((e, i) => ({ zh: [zh[i]!], en: [e], score: 1 }));

function stored(mt: string, text: string): StoredRow {
  return { mt, text, state: 'edited', revision: 1, reviewer: 'W', updatedAt: 't', history: [{ revision: 1, text, state: 'edited', reviewer: 'W', at: 't' }], dismissals: [], annotations: [], stale: null, conflict: null };
}

describe('corrections stay with their sentences', () => {
  const review = { ...emptyReview('en', 'zh'), rows: { 's0-4': stored('One.', 'First.'), 's5-9': stored('Two.', 'Second.') } };

  test('rows merged: the corrections are joined', () => {
    const merged = editLayout(oneToOne, { kind: 'merge-next', row: 0 });
    const rows = buildReviewRows(merged, review, false);
    assert.equal(rows[0]!.id, 's0-9');
    assert.equal(rows[0]!.text, 'First. Second.');
    assert.equal(rows[0]!.zh, '一。二。');
  });

  test('a row split: the correction is cut between the parts, flagged', () => {
    const wide = { ...emptyReview('en', 'zh'), rows: { 's0-9': stored('One. Two.', 'First. Second.') } };
    const split = editLayout(editLayout(oneToOne, { kind: 'merge-next', row: 0 }), { kind: 'split', row: 0 });
    const rows = buildReviewRows(split, wide, false);
    assert.deepEqual(rows.map((r) => r.text), ['First.', 'Second.', 'Three.']);
    assert.deepEqual(rows.map((r) => r.state), ['edited', 'edited', 'untouched']);
    assert.match(rows[0]!.stale!, /split/);
    assert.match(rows[1]!.stale!, /split/);
  });

  test('a row split where the correction made one sentence of two: all of it stays on the first part', () => {
    const wide = { ...emptyReview('en', 'zh'), rows: { 's0-9': stored('One. Two.', 'First and second.') } };
    const split = editLayout(editLayout(oneToOne, { kind: 'merge-next', row: 0 }), { kind: 'split', row: 0 });
    const rows = buildReviewRows(split, wide, false);
    assert.deepEqual(rows.map((r) => r.text), ['First and second.', 'Two.', 'Three.']);
    assert.match(rows[0]!.stale!, /whole row/);
    assert.equal(rows[1]!.state, 'untouched');
  });

  test('the MT under a correction changed: kept and flagged', () => {
    const changed = { ...emptyReview('en', 'zh'), rows: { 's0-4': stored('Uno.', 'First.') } };
    const rows = buildReviewRows(oneToOne, changed, false);
    assert.equal(rows[0]!.text, 'First.');
    assert.match(rows[0]!.stale!, /changed/);
  });

  test('moving a sentence down and up', () => {
    const down = editLayout(oneToOne, { kind: 'move-down', row: 0, side: 'en' });
    assert.deepEqual(down.map((r) => [r.zh.length, r.en.length]), [[1, 0], [1, 2], [1, 1]]);
    const up = editLayout(down, { kind: 'move-up', row: 1, side: 'en' });
    assert.deepEqual(up.map((r) => [r.zh.length, r.en.length]), [[1, 1], [1, 1], [1, 1]]);
    assert.throws(() => editLayout(oneToOne, { kind: 'merge-next', row: 2 }), /no next row/);
  });
});
