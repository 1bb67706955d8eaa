import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { SPLIT_NOTE } from '../../lib/review/attach';
import { buildReviewRows } from '../../lib/review/rows';
import { ReviewFileSchema, type ReviewFile } from '../../lib/review/types';
import { stableJson } from '../../lib/storage/stable-json';
import { runMergeDriver } from '../../lib/sync/merge-driver';
import { mergeGlossaryFiles } from '../../lib/sync/merge-glossary';
import { mergePairsFiles } from '../../lib/sync/merge-pairs';
import { mergeReviewFiles } from '../../lib/sync/merge-review';
import { entry, review, row, version } from './builders';

const MT = { a: 'The meeting was held.', b: 'The mayor spoke.', whole: 'The mayor spoke. Work was deployed.' };
const base1 = row(MT.a, [version(1, 'The meeting took place.', 'Wang', 1, 'confirmed')]);

interface Case {
  name: string;
  base: ReviewFile | null;
  ours: ReviewFile;
  theirs: ReviewFile;
  check(merged: ReviewFile, conflicts: string[]): void;
}

const cases: Case[] = [
  {
    name: 'different rows: both corrections kept, no conflict',
    base: review({}),
    ours: review({ 's0-21': row(MT.a, [version(1, 'The meeting took place.', 'Wang', 1)]) }),
    theirs: review({ 's22-38': row(MT.b, [version(1, 'The Mayor spoke.', 'Li', 2)]) }),
    check(merged, conflicts) {
      assert.deepEqual(conflicts, []);
      assert.equal(merged.rows['s0-21']!.text, 'The meeting took place.');
      assert.equal(merged.rows['s22-38']!.text, 'The Mayor spoke.');
    },
  },
  {
    name: 'same row, different texts: a conflict with both versions, histories united',
    base: review({ 's0-21': base1 }),
    ours: review({ 's0-21': row(MT.a, [...base1.history, version(2, 'The meeting was convened.', 'Wang', 5)]) }),
    theirs: review({ 's0-21': row(MT.a, [...base1.history, version(2, 'A meeting was held.', 'Li', 3)]) }),
    check(merged, conflicts) {
      const r = merged.rows['s0-21']!;
      assert.deepEqual(conflicts, ['s0-21']);
      assert.deepEqual(r.conflict?.ours, { text: 'The meeting was convened.', state: 'edited', reviewer: 'Wang', updatedAt: '2026-03-01T10:05:00.000Z' });
      assert.deepEqual(r.conflict?.theirs, { text: 'A meeting was held.', state: 'edited', reviewer: 'Li', updatedAt: '2026-03-01T10:03:00.000Z' });
      assert.equal(r.conflict?.lastConfirmed, 'The meeting took place.');
      assert.deepEqual(r.history.map((v) => [v.revision, v.reviewer, v.text]), [
        [1, 'Wang', 'The meeting took place.'],
        [2, 'Li', 'A meeting was held.'],
        [3, 'Wang', 'The meeting was convened.'],
      ]);
      assert.ok(r.revision > 2, 'past both sides, so a page open on either must reload');
    },
  },
  {
    name: 'same row, same new text on both sides: one outcome, no conflict',
    base: review({ 's0-21': base1 }),
    ours: review({ 's0-21': row(MT.a, [...base1.history, version(2, 'A meeting was held.', 'Wang', 5)]) }),
    theirs: review({ 's0-21': row(MT.a, [...base1.history, version(2, 'A meeting was held.', 'Li', 3)]) }),
    check(merged, conflicts) {
      assert.deepEqual(conflicts, []);
      assert.equal(merged.rows['s0-21']!.conflict, null);
      assert.equal(merged.rows['s0-21']!.text, 'A meeting was held.');
      assert.equal(merged.rows['s0-21']!.history.length, 3);
    },
  },
  {
    name: 'same row, text on one side and an MQM mark on the other: both kept',
    base: review({ 's0-21': base1 }),
    ours: review({ 's0-21': row(MT.a, [...base1.history, version(2, 'The meeting was convened.', 'Wang', 5)]) }),
    theirs: review({ 's0-21': { ...base1, annotations: [{ id: 'a1', side: 'target', span: [4, 11], category: 'Accuracy/Mistranslation', severity: 'minor', note: null, reviewer: 'Li', at: 'x' }] } }),
    check(merged, conflicts) {
      assert.deepEqual(conflicts, []);
      assert.equal(merged.rows['s0-21']!.text, 'The meeting was convened.');
      assert.equal(merged.rows['s0-21']!.annotations.length, 1);
    },
  },
  {
    name: 'text corrected on one side, a finding dismissed on the other (which refreshes the Chinese snapshot): no conflict',
    base: review({ 's0-21': { ...base1, zh: '会议召开了' } }),
    ours: review({ 's0-21': { ...row(MT.a, [...base1.history, version(2, 'The meeting was convened.', 'Wang', 5)]), zh: '会议召开了' } }),
    theirs: review({ 's0-21': { ...base1, zh: '会议召开了。', dismissals: [{ key: 'k', check: 'spelling', reviewer: 'Li', at: 'x' }] } }),
    check(merged, conflicts) {
      assert.deepEqual(conflicts, []);
      assert.equal(merged.rows['s0-21']!.text, 'The meeting was convened.');
      assert.equal(merged.rows['s0-21']!.dismissals.length, 1);
    },
  },
  {
    name: 'row split on one side and corrected on the other: the newer correction is kept whole, the untouched split copies dropped',
    base: review({ 's22-57': row(MT.whole, [version(1, 'The Mayor spoke. Work was deployed.', 'Wang', 1)]) }),
    ours: review(
      {
        's22-38': row(MT.b, [version(1, 'The Mayor spoke. Work was deployed.', 'Wang', 1)], { text: 'The Mayor spoke.', stale: SPLIT_NOTE }),
        's39-57': row('Work was deployed.', [version(1, 'The Mayor spoke. Work was deployed.', 'Wang', 1)], { text: 'Work was deployed.', stale: SPLIT_NOTE }),
      },
      { alignment: [{ zh: [], en: [[22, 38]] }, { zh: [], en: [[39, 57]] }] },
    ),
    theirs: review({ 's22-57': row(MT.whole, [version(1, 'The Mayor spoke. Work was deployed.', 'Wang', 1), version(2, 'The Mayor spoke. Tasks were assigned.', 'Li', 4)]) }),
    check(merged, conflicts) {
      assert.deepEqual(conflicts, []);
      assert.deepEqual(Object.keys(merged.rows), ['s22-57']);
      assert.equal(merged.rows['s22-57']!.text, 'The Mayor spoke. Tasks were assigned.');
      assert.equal(merged.alignment?.length, 2, 'the split layout stays');
      const parts = buildReviewRows([
        { zh: [], en: [{ text: 'The mayor spoke.', start: 22, end: 38 }], score: 1 },
        { zh: [], en: [{ text: 'Work was deployed.', start: 39, end: 57 }], score: 1 },
      ], merged, true);
      assert.deepEqual(parts.map((p) => [p.text, p.stale]), [['The Mayor spoke.', SPLIT_NOTE], ['Tasks were assigned.', SPLIT_NOTE]], 'the newer correction is cut between the parts when read');
    },
  },
  {
    name: 'row split and then edited on one side, corrected whole on the other: nothing dropped',
    base: review({ 's22-57': row(MT.whole, [version(1, 'The Mayor spoke. Work was deployed.', 'Wang', 1)]) }),
    ours: review({ 's22-38': row(MT.b, [version(1, 'x', 'Wang', 1), version(2, 'The mayor gave a speech.', 'Wang', 6)], { stale: null }) }),
    theirs: review({ 's22-57': row(MT.whole, [version(1, 'The Mayor spoke. Work was deployed.', 'Wang', 1), version(2, 'The Mayor spoke. Tasks were assigned.', 'Li', 4)]) }),
    check(merged) {
      assert.deepEqual(Object.keys(merged.rows).sort(), ['s22-38', 's22-57']);
    },
  },
  {
    name: 'histories: several new versions on each side are united in time order and renumbered',
    base: review({ 's0-21': base1 }),
    ours: review({ 's0-21': row(MT.a, [...base1.history, version(2, 'one', 'Wang', 2), version(3, 'three', 'Wang', 6)]) }),
    theirs: review({ 's0-21': row(MT.a, [...base1.history, version(2, 'two', 'Li', 4), version(3, 'three', 'Li', 7)]) }),
    check(merged, conflicts) {
      const r = merged.rows['s0-21']!;
      assert.deepEqual(conflicts, [], 'both ended on the same text');
      assert.deepEqual(r.history.map((v) => `${v.revision}:${v.text}`), ['1:The meeting took place.', '2:one', '3:two', '4:three', '5:three']);
      assert.equal(r.revision, 5);
      assert.equal(r.reviewer, 'Li', 'the later of two equal versions');
    },
  },
  {
    name: 'a conflict settled on one side and untouched on the other stays settled',
    base: review({ 's0-21': row(MT.a, [version(1, 'x', 'Wang', 1)], { conflict: { ours: { text: 'x', state: 'edited', reviewer: 'Wang', updatedAt: null }, theirs: { text: 'y', state: 'edited', reviewer: 'Li', updatedAt: null }, lastConfirmed: null } }) }),
    ours: review({ 's0-21': row(MT.a, [version(1, 'x', 'Wang', 1), version(2, 'y', 'Wang', 9)]) }),
    theirs: review({ 's0-21': row(MT.a, [version(1, 'x', 'Wang', 1)], { conflict: { ours: { text: 'x', state: 'edited', reviewer: 'Wang', updatedAt: null }, theirs: { text: 'y', state: 'edited', reviewer: 'Li', updatedAt: null }, lastConfirmed: null } }) }),
    check(merged, conflicts) {
      assert.deepEqual(conflicts, []);
      assert.equal(merged.rows['s0-21']!.conflict, null);
      assert.equal(merged.rows['s0-21']!.text, 'y');
    },
  },
  {
    name: 'a row added on both sides with no base: different texts conflict',
    base: null,
    ours: review({ 's0-21': row(MT.a, [version(1, 'one', 'Wang', 1)]) }),
    theirs: review({ 's0-21': row(MT.a, [version(1, 'two', 'Li', 2)]) }),
    check(merged, conflicts) {
      assert.deepEqual(conflicts, ['s0-21']);
      assert.equal(merged.rows['s0-21']!.conflict?.lastConfirmed, null);
    },
  },
  {
    name: 'article state changed on both sides: the later change holds',
    base: review({}),
    ours: review({}, { state: 'reviewed', stateBy: 'Wang', stateAt: '2026-03-01T11:00:00.000Z' }),
    theirs: review({}, { state: 'approved', stateBy: 'Lead', stateAt: '2026-03-01T12:00:00.000Z' }),
    check(merged) {
      assert.equal(merged.state, 'approved');
      assert.equal(merged.stateBy, 'Lead');
    },
  },
];

describe('merge driver: review files row by row', () => {
  for (const c of cases) {
    test(c.name, () => {
      const { merged, conflicts } = mergeReviewFiles(c.base, c.ours, c.theirs);
      assert.ok(ReviewFileSchema.safeParse(JSON.parse(stableJson(merged))).success, 'always a valid review file');
      c.check(merged, conflicts);
    });
  }

  test('the driver command writes a valid merged file in place of ours, never conflict markers', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-driver-'));
    try {
      const c = cases[1]!;
      const files = ['base', 'ours', 'theirs'].map((n) => path.join(dir, n));
      [c.base, c.ours, c.theirs].forEach((f, i) => writeFileSync(files[i]!, stableJson(f)));
      const conflicts = await runMergeDriver(files[0]!, files[1]!, files[2]!, '_shenjiao/reviews/news~report.json');
      assert.deepEqual(conflicts, [{ file: '_shenjiao/reviews/news~report.json', article: 'news~report', row: 's0-21' }]);
      const text = readFileSync(files[1]!, 'utf8');
      assert.doesNotMatch(text, /^(<<<<<<<|=======|>>>>>>>)/m);
      assert.ok(ReviewFileSchema.parse(JSON.parse(text)).rows['s0-21']!.conflict);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('merge driver: glossary.json entry by entry', () => {
  const g = (...entries: ReturnType<typeof entry>[]) => ({ schema: 1 as const, entries });
  test('an entry deleted on one side and edited on the other is kept, with the edit', () => {
    const { merged, conflicts } = mergeGlossaryFiles(g(entry('li', ['Li Hongzhong'], 'Wang', 1)), g(), g(entry('li', ['Li Hongzhong', 'Secretary Li'], 'Li', 3)));
    assert.deepEqual(merged.entries.map((e) => e.approved), [['Li Hongzhong', 'Secretary Li']]);
    assert.deepEqual(conflicts, []);
  });
  test('an entry deleted on one side and untouched on the other is deleted', () => {
    const { merged } = mergeGlossaryFiles(g(entry('li', ['Li Hongzhong'], 'Wang', 1)), g(), g(entry('li', ['Li Hongzhong'], 'Wang', 1)));
    assert.deepEqual(merged.entries, []);
  });
  test('entries added on each side are both kept; one edited differently on both is a conflict, the later edit in force', () => {
    const base = g(entry('li', ['Li Hongzhong'], 'Wang', 1));
    const ours = g(entry('li', ['Li H.'], 'Wang', 5), entry('shuji', ['party secretary'], 'Wang', 5));
    const theirs = g(entry('li', ['Secretary Li'], 'Li', 7));
    const { merged, conflicts } = mergeGlossaryFiles(base, ours, theirs);
    assert.deepEqual(conflicts, ['li']);
    const li = merged.entries.find((e) => e.id === 'li')!;
    assert.deepEqual(li.approved, ['Secretary Li']);
    assert.deepEqual(li.conflict?.ours.approved, ['Li H.']);
    assert.ok(merged.entries.some((e) => e.id === 'shuji'));
  });
});

describe('merge driver: pairs.json decision by decision', () => {
  const d = (zh: string, en: string, decision: 'confirmed' | 'rejected', minute: number) => ({ zh, en, decision, reviewer: 'W', at: `2026-03-01T10:0${minute}:00.000Z` });
  test('decisions on different pairs are both kept; the same pair decided on both sides takes the later decision', () => {
    const base = { schema: 1 as const, decisions: [], active: {} };
    const ours = { schema: 1 as const, decisions: [d('z1', 'e1', 'confirmed', 1), d('z2', 'e2', 'confirmed', 2)], active: { z1: 'e1' } };
    const theirs = { schema: 1 as const, decisions: [d('z2', 'e2', 'rejected', 3), d('z3', 'e3', 'confirmed', 1)], active: { z3: 'e3' } };
    const { merged } = mergePairsFiles(base, ours, theirs);
    assert.deepEqual(merged.decisions.map((x) => `${x.zh}:${x.decision}`).sort(), ['z1:confirmed', 'z2:rejected', 'z3:confirmed']);
    assert.deepEqual(merged.active, { z1: 'e1', z3: 'e3' });
  });
});
