import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEnglishTerms, checkTerms } from '../../lib/glossary/check';
import { buildZhMatcher } from '../../lib/glossary/match-zh';
import { termUsage } from '../../lib/glossary/usage';
import { entry, fixture } from './helpers';

const entries = [
  entry('lhz', '李鸿忠', ['Li Hongzhong'], { caseSensitive: true, forbidden: ['Hong Zhong'] }),
  entry('lgx', '廖国勋', ['Liao Guoxun'], { caseSensitive: true, forbidden: ['Guo-xun Liao'] }),
  entry('bhxq', '滨海新区', ['Binhai New Area']),
  entry('bc', '滨城', ['Bincheng'], { forbidden: ['Penang'] }),
  entry('sz', '市长', ['Mayor']),
];
const matcher = buildZhMatcher(entries);

test('checkTerms: per Chinese occurrence, whether the English uses an approved rendering and which forbidden ones', () => {
  const zh = '市委书记李鸿忠,市长廖国勋在滨海新区调研。滨城';
  const en = 'Li Hongzhong and the mayor guo-xun liao visited Binhai New Area and penang.';
  const result = checkTerms(zh, en, matcher, entries);
  const rows = result.matches.map((m) => [zh.slice(m.start, m.end), m.term, m.found, m.forbidden]);
  assert.deepEqual(rows, [
    ['李鸿忠', '李鸿忠', true, []],
    ['市长', '市长', true, []],
    ['廖国勋', '廖国勋', false, ['Guo-xun Liao']],
    ['滨海新区', '滨海新区', true, []],
    ['滨城', '滨城', false, ['Penang']],
  ]);
  assert.deepEqual(result.matches[2]!.approved, ['Liao Guoxun']);
  const liao = result.english.find((e) => e.entryId === 'lgx')!;
  assert.deepEqual(liao.forbidden.map((f) => en.slice(f.start, f.end)), ['guo-xun liao']);
});

test('checkTerms reports forbidden renderings of terms absent from the Chinese in `english` only', () => {
  const result = checkTerms('市长讲话', 'The Mayor of Penang spoke.', matcher, entries);
  assert.deepEqual(result.matches.map((m) => m.term), ['市长']);
  assert.deepEqual(result.english.map((e) => [e.entryId, e.forbidden.length]), [['sz', 0], ['bc', 1]]);
});

test('checkEnglishTerms: an English article alone reports only forbidden renderings, at their English spans', () => {
  const en = fixture('seed-001-head.en.txt');
  const { matches } = checkEnglishTerms(en, entries);
  assert.deepEqual(matches.map((m) => [m.term, en.slice(m.start, m.end), m.found, m.forbidden]), [
    ['李鸿忠', 'hong zhong', false, ['Hong Zhong']],
    ['廖国勋', 'guo-xun liao', false, ['Guo-xun Liao']],
    ['李鸿忠', 'Hong zhong', false, ['Hong Zhong']],
    ['廖国勋', 'guo-xun liao', false, ['Guo-xun Liao']],
    ['滨城', 'penang', false, ['Penang']],
  ]);
});

test('termUsage counts articles with the term, those translated, and approved and forbidden use', () => {
  const usage = termUsage(
    [
      { zh: '滨城滨海新区', en: 'Bincheng and Binhai New Area' },
      { zh: '濱城', en: 'Penang' },
      { zh: '滨城', en: null },
      { zh: '市长', en: 'the mayors' },
    ],
    entries,
  );
  const byId = Object.fromEntries(usage.map((u) => [u.entryId, [u.articles, u.translated, u.approvedUsed, u.forbiddenUsed]]));
  assert.deepEqual(byId, { lhz: [0, 0, 0, 0], lgx: [0, 0, 0, 0], bhxq: [1, 1, 1, 0], bc: [3, 2, 1, 1], sz: [1, 1, 1, 0] });
});
