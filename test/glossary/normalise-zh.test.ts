import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildZhMatcher } from '../../lib/glossary/match-zh';
import { duplicateKey, normaliseZh } from '../../lib/glossary/normalise-zh';
import { entry, fixture } from './helpers';

// [written, folded]: Traditional, Hong Kong and Taiwan variants all fold to one Simplified form.
const folds: [string, string][] = [
  ['上黨區委書記張馳', '上党区委书记张驰'],
  ['上党区委书记张驰', '上党区委书记张驰'],
  ['溫', '温'], // Hong Kong variant
  ['温', '温'],
  ['裏', '里'], // Taiwan and Hong Kong forms of the same character
  ['裡', '里'],
  ['著', '着'], // Taiwan 著 and mainland 着 meet
  ['着', '着'],
  ['ＦＡＷ１２', 'faw12'], // full-width Latin and digits
];

for (const [written, expected] of folds) {
  test(`normaliseZh folds ${written} to ${expected}`, () => assert.equal(normaliseZh(written), expected));
}

test('normaliseZh keeps every offset: same length, astral characters untouched', () => {
  const text = fixture('seed-004-head.zh-hant.txt') + '𠮷野家';
  const folded = normaliseZh(text);
  assert.equal(folded.length, text.length);
  assert.ok(folded.endsWith('𠮷野家'));
});

test('a Traditional article matches Simplified entries, at offsets into the Traditional text', () => {
  const text = fixture('seed-004-head.zh-hant.txt');
  const matcher = buildZhMatcher([entry('zc', '张驰'), entry('ycsq', '一城四区'), entry('ssw', '十四五')]);
  const found = matcher.find(text).map((m) => [m.entryId, text.slice(m.start, m.end)]);
  assert.deepEqual(found, [['ycsq', '一城四區'], ['zc', '張馳'], ['ssw', '十四五']]);
});

test('a Simplified article matches Traditional entries and the reverse', () => {
  const simplified = fixture('seed-004-head.zh.txt');
  const matcher = buildZhMatcher([entry('yqr', '楊勤榮'), entry('gzl', '高質量發展')]);
  assert.deepEqual(matcher.find(simplified).map((m) => m.text), ['高质量发展', '杨勤荣']);
});

test('Taiwan vocabulary matches its mainland term (記憶體 for 内存) and the reverse', () => {
  const matcher = buildZhMatcher([entry('nc', '内存'), entry('fwq', '伺服器')]);
  assert.deepEqual(matcher.find('記憶體不足,服务器重启').map((m) => [m.entryId, m.text]), [['nc', '記憶體'], ['fwq', '服务器']]);
});

test('duplicateKey: the same term in either script, with stray spaces, is one key', () => {
  assert.equal(duplicateKey(' 濱城 '), duplicateKey('滨城'));
  assert.notEqual(duplicateKey('滨城'), duplicateKey('滨海'));
});
