import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractNumbers, numberKey, sameQuantity } from '../../lib/text/numbers';
import { parseChineseInteger } from '../../lib/text/numbers-zh';

const zh: [string, string][] = [
  ['投资30亿元', '30亿=3000000000/number/yuan'],
  ['三十亿', '三十亿=3000000000/number'],
  ['7.5亿', '7.5亿=750000000/number'],
  ['1万人', '1万=10000/number'],
  ['增长百分之十五', '百分之十五=15/percent'],
  ['增长15%', '15%=15/percent'],
  ['2月18日上午', '2月18日=218/month-day'],
  ['18日上午', '18=18/day'],
  ['第十六届', '第十六=16/ordinal'],
  ['二〇二二年', '二〇二二=2022/year'],
  ['15兆瓦', '15=15/number/MW'],
  ['50公里', '50=50/number/km'],
  ['两千三百零五名', '两千三百零五=2305/number'],
  ['一城四区统一', ''],
];

const en: [string, string][] = [
  ['3 billion yuan', '3 billion=3000000000/number/yuan'],
  ['10,000 people', '10,000=10000/number'],
  ['10 thousand', '10 thousand=10000/number'],
  ['up 15%', '15%=15/percent'],
  ['fifteen percent', 'fifteen percent=15/percent'],
  ['on February 18', 'February 18=218/month-day'],
  ['Feb. 8', 'Feb. 8=208/month-day'],
  ['the 16th session', '16th=16/ordinal'],
  ['in 2022', '2022=2022/year'],
  ['15 MW', '15=15/number/MW'],
];

const show = (text: string, lang: 'zh' | 'en') =>
  extractNumbers(text, lang)
    .map((m) => `${m.raw}=${m.value}/${m.kind}${m.unit ? `/${m.unit}` : ''}`)
    .join(' ');

describe('extractNumbers', () => {
  for (const [text, expected] of zh) test(`zh ${text}`, () => assert.equal(show(text, 'zh'), expected));
  for (const [text, expected] of en) test(`en ${text}`, () => assert.equal(show(text, 'en'), expected));

  test('offsets point at the mention', () => {
    const text = '全年投资30亿元，增长百分之十五。';
    for (const m of extractNumbers(text, 'zh')) assert.equal(text.slice(m.start, m.end), m.raw);
  });

  test('the same quantity on both sides has the same key', () => {
    const [a] = extractNumbers('30亿', 'zh');
    const [b] = extractNumbers('3 billion', 'en');
    assert.equal(numberKey(a!), numberKey(b!));
    const [d1] = extractNumbers('2月18日', 'zh');
    const [d2] = extractNumbers('February 18', 'en');
    assert.equal(numberKey(d1!), numberKey(d2!));
    assert.ok(sameQuantity(0.1 + 0.2, 0.3));
    assert.ok(!sameQuantity(3e9, 3e6));
  });

  test('Chinese integers', () => {
    assert.equal(parseChineseInteger('十五'), 15);
    assert.equal(parseChineseInteger('一百零五'), 105);
    assert.equal(parseChineseInteger('两千三百'), 2300);
    assert.equal(parseChineseInteger('城'), null);
  });
});
