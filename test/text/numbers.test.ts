import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractNumbers, numberKey, numberKeys, sameQuantity, type NumberMention } from '../../lib/text/numbers';
import { parseChineseAmount, parseChineseInteger } from '../../lib/text/chinese-numerals';

/** Each mention as raw=value[..to]/kind[/unit], joined by " | ". */
const show = (text: string, lang: 'zh' | 'en') =>
  extractNumbers(text, lang)
    .map((m) => `${m.raw}=${m.value}${m.to !== undefined ? `..${m.to}` : ''}/${m.kind}${m.unit ? `/${m.unit}` : ''}`)
    .join(' | ');

const chinese: [string, string][] = [
  ['投资30亿元', '30亿=3000000000/number/yuan'],
  ['三十亿', '三十亿=3000000000/number'],
  ['两千三百万', '两千三百万=23000000/number'],
  ['一百零五人', '一百零五=105/number'],
  ['十五', '十五=15/number'],
  ['7.5亿', '7.5亿=750000000/number'],
  ['1万人', '1万=10000/number'],
  ['3.2万元', '3.2万=32000/number/yuan'],
  ['3亿5000万元', '3亿5000万=350000000/number/yuan'],
  ['1.5万亿', '1.5万亿=1500000000000/number'],
  ['10,000人', '10,000=10000/number'],
  ['１２３４５人', '１２３４５=12345/number'],
  ['增长百分之十五', '百分之十五=15/percent'],
  ['百分之七十五点五', '百分之七十五点五=75.5/percent'],
  ['增长15%', '15%=15/percent'],
  ['提高15个百分点', '15=15/percent/point'],
  ['第十六届', '第十六=16/ordinal'],
  ['2月18日上午', '2月18日=218/month-day'],
  ['18日上午', '18日=18/day'],
  ['10月', '10月=10/month'],
  ['2022年', '2022年=2022/year'],
  ['二〇二二年', '二〇二二年=2022/year'],
  ['2022年10月8日', '2022年=2022/year | 10月8日=1008/month-day'],
  ['17:52召开', '17:52=1752/time'],
  ['下午3点', '下午3点=1500/time'],
  ['八点半', '八点半=830/time'],
  ['15兆瓦', '15=15/number/MW'],
  ['50公里', '50=50/number/km'],
  ['100平方米', '100=100/number/m2'],
  ['50㎡', '50=50/number/m2'],
  ['3至5公里', '3至5=3..5/range/km'],
  ['10%-20%', '10%-20%=10..20/range/%'],
  ['2019年至2022年', '2019年至2022年=2019..2022/range'],
  ['两个', '两=2/number'],
  // Words that contain numerals but are not numbers.
  ['一城四区', ''],
  ['三生融合', ''],
  ['十四五规划', ''],
  ['十分重要', ''],
  ['统一思想', ''],
  ['一是', ''],
  ['千万不要', ''],
];

const english: [string, string][] = [
  ['3 billion yuan', '3 billion=3000000000/number/yuan'],
  ['RMB 3 billion', '3 billion=3000000000/number/yuan'],
  ['$3 billion', '3 billion=3000000000/number/USD'],
  ['10,000 people', '10,000=10000/number'],
  ['2,000 people', '2,000=2000/number'],
  ['10 thousand', '10 thousand=10000/number'],
  ['1.5 million', '1.5 million=1500000/number'],
  ['twenty-one', 'twenty-one=21/number'],
  ['one hundred and five', 'one hundred and five=105/number'],
  ['up 15%', '15%=15/percent'],
  ['15 percent', '15 percent=15/percent'],
  ['fifteen percent', 'fifteen percent=15/percent'],
  ['the 16th session', '16th=16/ordinal'],
  ['the sixteenth session', 'sixteenth=16/ordinal'],
  ['the twenty-first century', 'twenty-first=21/ordinal'],
  ['on February 18', 'February 18=218/month-day'],
  ['Feb. 18', 'Feb. 18=218/month-day'],
  ['18 February 2022', '18 February=218/month-day | 2022=2022/year'],
  ['in October', 'October=10/month'],
  ['in 2022', '2022=2022/year'],
  ['at 8:30', '8:30=830/time'],
  ['5:52 p.m.', '5:52 p.m.=1752/time'],
  ['15 MW', '15=15/number/MW'],
  ['100 square meters', '100=100/number/m2'],
  ['3 to 5 km', '3 to 5=3..5/range/km'],
  ['10-20%', '10-20%=10..20/range/%'],
  ['between 3 and 5', '3 and 5=3..5/range'],
  ['dozens of people', ''],
  ['you may go', ''],
];

describe('extractNumbers', () => {
  for (const [text, expected] of chinese) test(`zh ${text}`, () => assert.equal(show(text, 'zh'), expected));
  for (const [text, expected] of english) test(`en ${text}`, () => assert.equal(show(text, 'en'), expected));

  test('offsets point at the mention in running text', () => {
    const zh = '2月18日上午，全年投资30亿元，增长百分之十五，第十六届会议于17:52结束。';
    const en = 'On Feb. 18, investment of 3 billion yuan rose 15 percent; the 16th session ended at 5:52 p.m.';
    for (const [text, lang] of [[zh, 'zh'], [en, 'en']] as const) {
      const mentions = extractNumbers(text, lang);
      assert.equal(mentions.length, 5);
      for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.raw);
    }
  });
});

describe('sameQuantity', () => {
  const one = (text: string, lang: 'zh' | 'en'): NumberMention => extractNumbers(text, lang)[0]!;
  const same: [string, string][] = [
    ['30亿', '3 billion'],
    ['30亿', '3,000,000,000'],
    ['1万', '10,000'],
    ['1万', '10 thousand'],
    ['7.5亿', '750 million'],
    ['百分之十五', '15%'],
    ['2月18日', 'February 18'],
    ['3至5公里', '3 to 5 km'],
  ];
  for (const [zh, en] of same) {
    test(`${zh} = ${en}`, () => {
      assert.ok(sameQuantity(one(zh, 'zh'), one(en, 'en')));
      assert.deepEqual(numberKeys(one(zh, 'zh')), numberKeys(one(en, 'en')));
    });
  }
  const different: [string, string][] = [
    ['30亿', '3 million'],
    ['2月18日', 'February 28'],
    ['3至5公里', '3 to 6 km'],
  ];
  for (const [zh, en] of different) test(`${zh} ≠ ${en}`, () => assert.ok(!sameQuantity(one(zh, 'zh'), one(en, 'en'))));

  test('plain values, float noise and rounding', () => {
    assert.ok(sameQuantity(0.1 + 0.2, 0.3));
    assert.ok(!sameQuantity(3.215e9, 3.2e9));
    assert.ok(sameQuantity(3.215e9, 3.2e9, { rounded: true }));
    assert.ok(!sameQuantity(3.215e9, 3.3e9, { rounded: true }));
    assert.equal(numberKey(one('17:52', 'zh')), numberKey(one('5:52 p.m.', 'en')));
  });
});

describe('Chinese numerals', () => {
  const cases: [string, number | null][] = [
    ['十五', 15], ['一百零五', 105], ['两千三百', 2300], ['二〇二二', 2022], ['十四五', null], ['城', null],
  ];
  for (const [text, value] of cases) test(`${text} → ${value}`, () => assert.equal(parseChineseInteger(text), value));
  const amounts: [string, number | null][] = [
    ['三十亿', 3e9], ['3亿5000万', 3.5e8], ['1.5万亿', 1.5e12], ['七十五点五', 75.5], ['亿', null],
  ];
  for (const [text, value] of amounts) test(`${text} → ${value}`, () => assert.equal(parseChineseAmount(text), value));
});
