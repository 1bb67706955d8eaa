import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPatternMatcher } from '../../lib/glossary/aho-corasick';
import { buildZhMatcher } from '../../lib/glossary/match-zh';
import { entry } from './helpers';

// [terms, text, expected matches]: leftmost first, then the longest, never overlapping.
const cases: [string[], string, string[]][] = [
  [['市委', '市委书记'], '市委书记杨勤荣', ['市委书记']],
  [['上党区', '区委书记'], '上党区委书记张驰', ['上党区']],
  [['上党区', '区委书记', '上党区委'], '上党区委书记', ['上党区委']],
  [['委书记', '区委'], '区委书记', ['区委']],
  [['文明城市', '全国文明城市'], '巩固全国文明城市创建成果', ['全国文明城市']],
  [['he', 'she', 'hers'], 'ushers', ['she']],
  [['一城四区'], '“一城四区”与一城四区', ['一城四区', '一城四区']],
  [['长治'], '长', []],
];

for (const [terms, text, expected] of cases) {
  test(`leftmost-longest: ${terms.join(', ')} in ${text}`, () => {
    const matcher = buildZhMatcher(terms.map((term, i) => entry(`e${i}`, term)), { regionalVocabulary: false });
    assert.deepEqual(matcher.find(text).map((m) => m.text), expected);
  });
}

test('matches carry the entry, its term as written in the glossary, and offsets', () => {
  const matcher = buildZhMatcher([entry('sd', '上黨區'), entry('cz', '长治')]);
  assert.deepEqual(matcher.find('长治市上党区'), [
    { entryId: 'cz', term: '长治', text: '长治', start: 0, end: 2 },
    { entryId: 'sd', term: '上黨區', text: '上党区', start: 3, end: 6 },
  ]);
});

test('the automaton agrees with a brute-force search on random text', () => {
  const alphabet = '上党区委书记张驰市长';
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const next = random(7);
  const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  const patterns = Array.from({ length: 30 }, () => pick(1 + Math.floor(next() * 4)));
  const text = pick(400);
  const expected: string[] = [];
  for (let i = 0; i < text.length; ) {
    const longest = patterns.filter((p) => text.startsWith(p, i)).sort((a, b) => b.length - a.length)[0];
    if (longest) expected.push(`${i}:${longest}`);
    i += longest ? longest.length : 1;
  }
  const found = buildPatternMatcher(patterns).findAll(text).map((hit) => `${hit.start}:${patterns[hit.pattern]}`);
  assert.deepEqual(found, expected);
});
