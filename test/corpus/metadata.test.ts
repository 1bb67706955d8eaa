import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDate, readMetadataLine, splitGluedTail, type Metadata } from '../../lib/corpus/metadata';

const meta = (date: string | null, source: string | null = null, byline: string | null = null): Metadata => ({ date, source, byline });

describe('findDate', () => {
  const cases: [string, string | null][] = [
    ['2022-07-24 0 By', '2022-07-24'],
    ['时间:2022-10-08 17:52:22 | 浏览:2804', '2022-10-08 17:52:22'],
    ['2021-11-24 22:46:15 17 ℃', '2021-11-24 22:46:15'],
    ['2022年10月8日', '2022-10-08'],
    ['发布时间：2022年10月8日 09:05', '2022-10-08 09:05'],
    ['2022/7/4', '2022-07-04'],
    ['Posted on July 24, 2022', '2022-07-24'],
    ['Sept. 3, 2021 10:15', '2021-09-03 10:15'],
    ['2020-2022 provincial civilized city', null],
    ['2022-13-40', null],
    ['February 8, the 8th morning of the first lunar month', null],
  ];
  for (const [line, date] of cases) test(`${line} → ${date}`, () => assert.equal(findDate(line)?.date ?? null, date));
});

describe('readMetadataLine', () => {
  const cases: [string, Metadata | null][] = [
    ['2022-07-24 0 By', meta('2022-07-24')],
    ['2021-11-24 22:46:15 17 ℃', meta('2021-11-24 22:46:15')],
    ['时间:2022-10-08 17:52:22 | 浏览:2804', meta('2022-10-08 17:52:22')],
    ['2022年10月8日', meta('2022-10-08')],
    ['时间：2022-10-08 来源：长治日报 作者：王轶', meta('2022-10-08', '长治日报', '作者：王轶')],
    ['发布时间：2022-10-08 09:30 编辑：张三 浏览：12次', meta('2022-10-08 09:30')],
    ['时间：2022-10-08 | 来源：长治日报 | 作者：王轶', meta('2022-10-08', '长治日报', '作者：王轶')],
    ['发布日期：2022年10月8日　　来源：新华网', meta('2022-10-08', '新华网')],
    ['(来源:长治日报 记者 王轶)', meta(null, '长治日报', '记者 王轶')],
    ['（来源：人民网）', meta(null, '人民网')],
    ['来源：长治日报', meta(null, '长治日报')],
    ['来源：长治日报 | 2022-10-08', meta('2022-10-08', '长治日报')],
    ['来源：新华网 2022-10-08 09:30', meta('2022-10-08 09:30', '新华网')],
    ['Source: Bincheng Times', meta(null, 'Bincheng Times')],
    ['Reporter | Yue Dahai Cao Hongmei editor | CAI Yu', meta(null, null, 'Reporter | Yue Dahai Cao Hongmei editor | CAI Yu')],
    ['By Zhang Yufeng', meta(null, null, 'By Zhang Yufeng')],
    ['记者 王轶', meta(null, null, '记者 王轶')],
    // Article text, not metadata
    ['By 2025, the city will build 3 new parks.', null],
    ['记者：你们明年的计划是什么？', null],
    ['On November 17, Ningwu County held a meeting on 2021-11-17 about the city.', null],
    ['浏览:2804', null],
    ['全面融入“一城四区” 努力建设“四宜”上党', null],
  ];
  for (const [line, want] of cases) test(`${line}`, () => assert.deepEqual(readMetadataLine(line), want));
});

describe('splitGluedTail', () => {
  const cases: [string, string, string | null, Metadata | null][] = [
    ['…the main responsible comrades attended the meeting.Source: Bincheng Times', '…the main responsible comrades attended the meeting.', 'Source: Bincheng Times', meta(null, 'Bincheng Times')],
    [
      'The municipal ecological environment Bureau made a statement.Reporter | Yue Dahai Cao Hongmei editor | CAI Yu',
      'The municipal ecological environment Bureau made a statement.',
      'Reporter | Yue Dahai Cao Hongmei editor | CAI Yu',
      meta(null, null, 'Reporter | Yue Dahai Cao Hongmei editor | CAI Yu'),
    ],
    ['以优异成绩庆祝建党100周年，努力建设“四宜”上党。(责任编辑:张文卫)', '以优异成绩庆祝建党100周年，努力建设“四宜”上党。', '(责任编辑:张文卫)', null],
  ];
  for (const [paragraph, text, tail, found] of cases) {
    test(`detaches "${tail}"`, () => assert.deepEqual(splitGluedTail(paragraph), { text, tail, meta: found }));
  }
  test('leaves a paragraph that merely mentions a source', () => {
    assert.equal(splitGluedTail('The data came from the city statistics bureau, the source said.'), null);
    assert.equal(splitGluedTail('Source: Bincheng Times'), null, 'a whole line is not a glued tail');
  });
});
