import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reviewFindings } from '../../lib/qa/review-findings';
import type { ReviewRow } from '../../lib/review/types';

function row(index: number, text: string, dismissedKeys: string[] = []): ReviewRow {
  return {
    id: `s${index}`,
    zh: null,
    mt: text,
    text,
    state: 'untouched',
    revision: 0,
    reviewer: null,
    updatedAt: null,
    stale: null,
    conflict: null,
    history: [],
    dismissals: dismissedKeys.map((key) => ({ key, check: key.split(':')[0]!, reviewer: 'W', at: 't' })),
    annotations: [],
    zhSpans: [],
    enSpans: [],
  };
}

test('a dismissal follows its finding when the rows before it were merged (its row number changed)', () => {
  // Dismissed when the row was the fourth; after a merge above, it is the second.
  const rows = [row(0, 'It rained.'), row(1, 'A long and arduous arduous journey.', ['repeated-word:3:arduous arduous'])];
  const [, second] = reviewFindings(rows, '', null);
  const repeated = second!.find((f) => f.check === 'repeated-word')!;
  assert.equal(repeated.dismissed, true);
});

test('a dismissal covers only its own check and text', () => {
  const rows = [row(0, 'A long and arduous arduous journey, the the end.', ['repeated-word:0:arduous arduous'])];
  const [first] = reviewFindings(rows, '', null);
  assert.deepEqual(first!.filter((f) => f.check === 'repeated-word').map((f) => f.dismissed), [true, false]);
});
