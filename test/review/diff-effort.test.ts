import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleDiff, historyDiffs, inlineDiff } from '../../lib/review/diff';
import { articleEffort, editEffort } from '../../lib/review/effort';

const rebuilt = (parts: { kind: string; text: string }[], side: 'before' | 'after') =>
  parts.filter((p) => p.kind !== (side === 'before' ? 'insert' : 'delete')).map((p) => p.text).join('');

describe('edit effort (TER-style, no shifts): exact figures', () => {
  // [machine text, correction, inserted, deleted, substituted, reference words]
  const cases: [string, string, number, number, number, number][] = [
    ['the city', 'the city', 0, 0, 0, 2],
    ['hong zhong attended', 'Li Hongzhong attended', 0, 0, 2, 3],
    ['arduous arduous task', 'arduous task', 0, 1, 0, 2],
    ['the meeting', 'the work meeting', 1, 0, 0, 3],
    ['conference.Review', 'conference. Review', 0, 0, 0, 3], // a space is not a word
    ['The 3 million yuan', 'The 3 billion yuan', 0, 0, 1, 4],
    ['he said ,', 'he said:', 0, 0, 1, 3], // punctuation marks count as words
    ["Xi's speech", "Xi's long speech", 1, 0, 0, 3],
    ['', 'Hello.', 2, 0, 0, 2],
    ['Hello.', '', 0, 2, 0, 0],
  ];
  for (const [mt, corrected, inserted, deleted, substituted, refWords] of cases) {
    test(`"${mt}" → "${corrected}"`, () => {
      const edits = inserted + deleted + substituted;
      const editRate = refWords ? edits / refWords : edits ? 1 : 0;
      assert.deepEqual(editEffort(mt, corrected), { inserted, deleted, substituted, edits, refWords, editRate });
    });
  }

  test('an article sums its rows and rates the sums', () => {
    const rows = [
      { mt: 'the meeting', text: 'the work meeting' },
      { mt: 'arduous arduous task', text: 'arduous task' },
      { mt: 'the city', text: 'the city' },
    ];
    assert.deepEqual(articleEffort(rows), { inserted: 1, deleted: 1, substituted: 0, edits: 2, refWords: 7, editRate: 2 / 7 });
    assert.deepEqual(articleEffort([]), { inserted: 0, deleted: 0, substituted: 0, edits: 0, refWords: 0, editRate: 0 });
  });
});

describe('inline diffs', () => {
  test('a changed space and changed punctuation show as changes', () => {
    const glued = inlineDiff('conference.Review meetings', 'conference. Review meetings');
    assert.ok(glued.some((p) => p.kind === 'insert' && p.text.includes(' ')));
    assert.equal(rebuilt(glued, 'before'), 'conference.Review meetings');
    assert.equal(rebuilt(glued, 'after'), 'conference. Review meetings');
    assert.deepEqual(inlineDiff('3 million, he said', '3 billion; he said'), [
      { kind: 'same', text: '3 ' },
      { kind: 'delete', text: 'million,' },
      { kind: 'insert', text: 'billion;' },
      { kind: 'same', text: ' he said' },
    ]);
  });

  test('a row history is a list of diffs, each version against the one before', () => {
    const diffs = historyDiffs('A cat', [{ text: 'A big cat' }, { text: 'A big dog' }]);
    assert.deepEqual(diffs, [
      [{ kind: 'same', text: 'A ' }, { kind: 'insert', text: 'big ' }, { kind: 'same', text: 'cat' }],
      [{ kind: 'same', text: 'A big ' }, { kind: 'delete', text: 'cat' }, { kind: 'insert', text: 'dog' }],
    ]);
  });

  test('the article diff is the whole correction against the whole MT', () => {
    const rows = [{ mt: 'One.', text: 'One!' }, { mt: 'Two.', text: 'Two.' }];
    const parts = articleDiff(rows);
    assert.equal(rebuilt(parts, 'before'), 'One. Two.');
    assert.equal(rebuilt(parts, 'after'), 'One! Two.');
    assert.deepEqual(parts.filter((p) => p.kind !== 'same'), [{ kind: 'delete', text: '.' }, { kind: 'insert', text: '!' }]);
  });
});
