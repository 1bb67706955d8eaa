import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapThroughDiff, splitCorrection } from '../../lib/review/split-correction';

describe('a correction cut where its row was split', () => {
  // [old MT of the whole row, correction, MT of each part now, expected parts (null: cannot divide)]
  const cases: [string, string, string[], string[] | null][] = [
    ['One. Two.', 'First. Second.', ['One.', 'Two.'], ['First.', 'Second.']],
    [
      'Municipal party secretary hong zhong attended.The mayor spoke.',
      'Municipal Party Secretary Li Hongzhong attended. The mayor spoke.',
      ['Municipal party secretary hong zhong attended.', 'The mayor spoke.'],
      ['Municipal Party Secretary Li Hongzhong attended.', 'The mayor spoke.'],
    ],
    // a changed full stop stays with its sentence, a word added at the start goes with the next
    ['The meeting was held. Work was deployed.', 'The meeting was held! Then work was deployed.', ['The meeting was held.', 'Work was deployed.'], ['The meeting was held!', 'Then work was deployed.']],
    ['A. B. C.', 'A. B. C.', ['A.', 'B.', 'C.'], ['A.', 'B.', 'C.']],
    ['A cat. A dog.', 'A big cat. A dog.', ['A cat.', 'A dog.'], ['A big cat.', 'A dog.']],
    ['A cat. A dog.', 'A cat. A small dog.', ['A cat.', 'A dog.'], ['A cat.', 'A small dog.']],
    ['One. Two.', 'First and second.', ['One.', 'Two.'], null], // made one sentence of two
    ['A cat. A dog.', 'A cat.', ['A cat.', 'A dog.'], null], // a part would be empty
    ['One. Two.', 'One. Two.', ['Uno.', 'Two.'], null], // the MT changed as well
  ];
  for (const [oldMt, correction, parts, expected] of cases) {
    test(`"${correction}" over ${JSON.stringify(parts)}`, () => assert.deepEqual(splitCorrection(oldMt, correction, parts), expected));
  }

  test('positions carried through a diff', () => {
    assert.deepEqual(mapThroughDiff('A cat. A dog.', 'A big cat. A dog.', [0, 7, 13]), [0, 11, 17]);
    assert.deepEqual(mapThroughDiff('One two three', 'One three', [4, 8]), [4, 4]); // deleted text maps to where it stood
  });
});
