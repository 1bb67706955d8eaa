import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AlignedRow } from '../../lib/alignment/align';
import { applyAnnotation, applyRevert, applySave } from '../../lib/review/edits';
import { editLayout } from '../../lib/review/layout';
import { buildReviewRows, settleCorrections, unattachedCorrections } from '../../lib/review/rows';
import { emptyReview, type ReviewFile, type StoredRow } from '../../lib/review/types';

const s = (text: string, start: number) => ({ text, start, end: start + text.length });
const rowsOf = (en: { text: string; start: number; end: number }[], zh = en.map((_, i) => s('句。', i * 2))): AlignedRow[] =>
  en.map((e, i) => ({ zh: zh[i] ? [zh[i]!] : [], en: [e], score: 1 }));
const en = [s('One.', 0), s('Two.', 5), s('Three.', 10)];

function stored(mt: string, text: string, revision = 1, at = 't1'): StoredRow {
  const history = Array.from({ length: revision }, (_, k) => ({ revision: k + 1, text, state: 'edited' as const, reviewer: 'W', at }));
  return { mt, text, state: 'edited', revision, reviewer: 'W', updatedAt: at, history, dismissals: [], annotations: [], stale: null, conflict: null };
}
const review = (rows: Record<string, StoredRow>): ReviewFile => ({ ...emptyReview('en', 'zh'), rows });

describe('re-attaching corrections', () => {
  test('re-aligned on the Chinese side: corrections stay with their English sentences', () => {
    const file = review({ 's5-9': stored('Two.', 'Second.') });
    const realigned: AlignedRow[] = [{ zh: [s('一二。', 0)], en: [en[0]!], score: 1 }, { zh: [], en: [en[1]!], score: 1 }, { zh: [s('三。', 3)], en: [en[2]!], score: 1 }];
    const rows = buildReviewRows(realigned, file, false);
    assert.deepEqual(rows.map((r) => [r.id, r.text, r.zh]), [['s0-4', 'One.', '一二。'], ['s5-9', 'Second.', ''], ['s10-16', 'Three.', '三。']]);
  });

  test('the article re-read with a line added above: corrections follow their MT text', () => {
    const file = review({ 's5-9': stored('Two.', 'Second.'), 's10-16': stored('Three.', 'Third.') });
    const shifted = rowsOf([s('New.', 0), s('One.', 6), s('Two.', 11), s('Three.', 16)]);
    const rows = buildReviewRows(shifted, file, false);
    assert.deepEqual(rows.map((r) => r.text), ['New.', 'One.', 'Second.', 'Third.']);
    assert.ok(rows.every((r) => r.stale === null));
    assert.deepEqual(unattachedCorrections(shifted, file), []);
  });

  test('a correction whose sentence is gone is listed, never dropped', () => {
    const file = review({ 's20-30': stored('Gone sentence.', 'Corrected gone sentence.') });
    assert.deepEqual(unattachedCorrections(rowsOf(en), file).map((c) => [c.key, c.text]), [['s20-30', 'Corrected gone sentence.']]);
    assert.deepEqual(buildReviewRows(rowsOf(en), file, false).map((r) => r.text), ['One.', 'Two.', 'Three.']);
  });

  test('settling re-keys a merge under the merged row, keeping both histories', () => {
    const file = review({ 's0-4': stored('One.', 'First.', 1, 't1'), 's5-9': stored('Two.', 'Second.', 2, 't2') });
    const merged = editLayout(rowsOf(en), { kind: 'merge-next', row: 0 });
    const settled = settleCorrections(file, merged);
    assert.deepEqual(Object.keys(settled.rows), ['s0-9']);
    assert.equal(settled.rows['s0-9']!.text, 'First. Second.');
    assert.equal(settled.rows['s0-9']!.revision, 2);
    assert.equal(settled.rows['s0-9']!.history.length, 3);
    assert.equal(settleCorrections(settled, merged), settled, 'a settled file is left as it is');
  });

  test('after a merge, a save based on the revision the reviewer saw is accepted (no false conflict)', () => {
    const file = review({ 's0-4': stored('One.', 'First.', 1), 's5-9': stored('Two.', 'Second.', 2) });
    const merged = editLayout(rowsOf(en), { kind: 'merge-next', row: 0 });
    const seen = buildReviewRows(merged, file, false)[0]!;
    const { review: saved, result } = applySave(settleCorrections(file, merged), seen, { text: 'First, then second.', baseRevision: seen.revision, reviewer: 'Li' }, 't3');
    assert.equal(result.ok, true);
    assert.equal(saved.rows['s0-9']!.revision, 3);
    assert.deepEqual(buildReviewRows(merged, saved, false).map((r) => r.text), ['First, then second.', 'Three.']);
  });

  test('split back after a merge: each part gets its own words again', () => {
    const file = review({ 's0-9': stored('One. Two.', 'First. Second.', 3) });
    const split = rowsOf(en);
    const settled = settleCorrections(file, split);
    assert.deepEqual(Object.keys(settled.rows).sort(), ['s0-4', 's5-9']);
    assert.deepEqual(buildReviewRows(split, settled, false).map((r) => [r.text, r.revision]), [['First.', 3], ['Second.', 3], ['Three.', 0]]);
  });
});

describe('MQM marks survive merges and splits', () => {
  const mark = (side: 'source' | 'target', span: [number, number], id: string) => ({ id, side, span, category: 'Accuracy/Mistranslation', severity: 'major' as const, note: null, reviewer: 'W', at: 't' });

  test('merged: English spans move to where each row now starts', () => {
    const file = review({
      's0-4': { ...stored('One.', 'First.'), annotations: [mark('target', [0, 5], 'a')] },
      's5-9': { ...stored('Two.', 'Second.'), annotations: [mark('target', [0, 6], 'b'), mark('source', [0, 1], 'c')] },
    });
    const row = buildReviewRows(editLayout(rowsOf(en), { kind: 'merge-next', row: 0 }), file, false)[0]!;
    assert.deepEqual(row.annotations.map((a) => [a.id, row.text.slice(a.span[0], a.span[1])]), [['a', 'First'], ['b', 'Second'], ['c', 'F']]);
  });

  test('split: each English mark goes to the part it falls in', () => {
    const file = review({ 's0-9': { ...stored('One. Two.', 'First. Second.'), annotations: [mark('target', [7, 13], 'b'), mark('target', [0, 5], 'a')] } });
    const rows = buildReviewRows(rowsOf(en), file, false);
    assert.deepEqual(rows.map((r) => r.annotations.map((a) => [a.id, r.text.slice(a.span[0], a.span[1])])), [[['a', 'First']], [['b', 'Second']], []]);
  });
});

describe('Chinese-side MQM marks follow their Chinese when rows are merged or split', () => {
  const mark = (side: 'source' | 'target', span: [number, number], id: string) => ({ id, side, span, category: 'Accuracy/Omission', severity: 'major' as const, note: null, reviewer: 'W', at: 't' });
  const layout = rowsOf(en, [s('一。', 0), s('二。', 2), s('三。', 4)]);
  const merge = (rows: AlignedRow[]) => editLayout(rows, { kind: 'merge-next', row: 0 });
  const marked = (row: ReturnType<typeof buildReviewRows>[number]) =>
    row.annotations.map((a) => [a.id, (a.side === 'source' ? row.zh! : row.text).slice(a.span[0], a.span[1])]);
  const twoMarkedRows = () =>
    review({
      's0-4': { ...stored('One.', 'First.'), zh: '一。', annotations: [mark('source', [0, 1], 'a')] },
      's5-9': { ...stored('Two.', 'Second.'), zh: '二。', annotations: [mark('source', [0, 1], 'b'), mark('target', [0, 6], 'c')] },
    });

  test('merged: each Chinese span moves to where its row’s Chinese now starts', () => {
    const row = buildReviewRows(merge(layout), twoMarkedRows(), false)[0]!;
    assert.equal(row.zh, '一。二。');
    assert.deepEqual(marked(row), [['a', '一'], ['b', '二'], ['c', 'Second']]);
  });

  test('merged over a row nobody touched: its sentence is kept and counted on both sides', () => {
    const file = review({
      's0-4': { ...stored('One.', 'First.'), zh: '一。', annotations: [mark('source', [0, 1], 'a')] },
      's10-16': { ...stored('Three.', 'Third.'), zh: '三。', annotations: [mark('source', [0, 1], 'b'), mark('target', [0, 5], 'c')] },
    });
    const row = buildReviewRows(merge(merge(layout)), file, false)[0]!;
    assert.deepEqual([row.text, row.stale, row.state], ['First. Two. Third.', null, 'edited']);
    assert.deepEqual(marked(row), [['a', '一'], ['b', '三'], ['c', 'Third']]);
  });

  test('one corrected row merged with an untouched one keeps the untouched English', () => {
    const file = review({ 's5-9': stored('Two.', 'Second.') });
    const row = buildReviewRows(merge(layout), file, false)[0]!;
    assert.deepEqual([row.mt, row.text, row.stale], ['One. Two.', 'One. Second.', null]);
  });

  test('split back after a merge: Chinese marks return to their own rows', () => {
    const merged = settleCorrections(twoMarkedRows(), merge(layout));
    assert.equal(merged.rows['s0-9']!.zh, '一。二。', 'the merged row keeps the Chinese its marks are counted in');
    const rows = buildReviewRows(layout, settleCorrections(merged, layout), false);
    assert.deepEqual(rows.map(marked), [[['a', '一']], [['b', '二'], ['c', 'Second']], []]);
  });

  test('without the Chinese kept (files written before it was), marks stay where they were', () => {
    const file = review({ 's0-4': stored('One.', 'First.'), 's5-9': { ...stored('Two.', 'Second.'), annotations: [mark('source', [0, 1], 'b')] } });
    const row = buildReviewRows(merge(layout), file, false)[0]!;
    assert.deepEqual(row.annotations.map((a) => a.span), [[0, 1]]);
  });

  test('a mark is stored with the Chinese its span is counted in', () => {
    const { review: file } = applyAnnotation(review({}), { id: 's5-9', mt: 'Two.', zh: '二。' }, { side: 'source', span: [0, 1], category: 'Accuracy/Omission', severity: 'minor', note: null, reviewer: 'W' }, '2026-01-01T00:00:00Z');
    assert.equal(file.rows['s5-9']!.zh, '二。');
  });
});

describe('saves and reverts', () => {
  const row = { id: 's0-4', mt: 'One.' };
  const t = (n: number) => `2026-01-01T00:00:0${n}Z`;

  test('each save is a revision; a stale one is refused with the current text', () => {
    let file = review({});
    file = applySave(file, row, { text: 'First.', baseRevision: 0, reviewer: 'Wang' }, t(1)).review;
    const stale = applySave(file, row, { text: 'Uno.', baseRevision: 0, reviewer: 'Li' }, t(2));
    assert.deepEqual(stale.result, { ok: false, revision: 1, text: 'First.' });
    assert.equal(stale.review, file);
    assert.equal(file.state, 'in-review');
  });

  test('revert to an earlier version or to the MT adds a revision and keeps the history', () => {
    let file = review({});
    file = applySave(file, row, { text: 'First.', baseRevision: 0, reviewer: 'Wang' }, t(1)).review;
    file = applySave(file, row, { text: 'Firstly.', baseRevision: 1, reviewer: 'Wang', state: 'confirmed' }, t(2)).review;
    file = applyRevert(file, row, { to: 1, baseRevision: 2, reviewer: 'Li' }, t(3)).review;
    assert.deepEqual([file.rows[row.id]!.text, file.rows[row.id]!.state, file.rows[row.id]!.revision], ['First.', 'edited', 3]);
    file = applyRevert(file, row, { to: 'mt', baseRevision: 3, reviewer: 'Li' }, t(4)).review;
    assert.deepEqual([file.rows[row.id]!.text, file.rows[row.id]!.state, file.rows[row.id]!.revision], ['One.', 'untouched', 4]);
    assert.deepEqual(file.rows[row.id]!.history.map((v) => [v.revision, v.text, v.reviewer]), [[1, 'First.', 'Wang'], [2, 'Firstly.', 'Wang'], [3, 'First.', 'Li'], [4, 'One.', 'Li']]);
    assert.throws(() => applyRevert(file, row, { to: 9, baseRevision: 4, reviewer: 'Li' }, t(5)), /no revision 9/);
    assert.equal(applyRevert(file, row, { to: 'mt', baseRevision: 1, reviewer: 'Li' }, t(5)).result.ok, false);
  });
});
