import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { alignSentences, scoreRow, type AlignedRow } from '../../lib/alignment/align';
import { termTokens } from '../../lib/alignment/anchors';
import { alignArticles, monolingualRows } from '../../lib/alignment/articles';
import { f1, linkScores, type GoldSegment } from '../../lib/alignment/evaluate';
import { parseArticle } from '../../lib/corpus/article';
import { bodyText } from '../../lib/corpus/types';
import { splitBodySentences } from '../../lib/text/sentences';

const TED = new URL('../fixtures/ted/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('gold.json', TED), 'utf8')) as {
  pairs: { zh: string; en: string }[];
  segments: Record<string, GoldSegment[]>;
};
const article = (file: string) =>
  parseArticle({ id: file, file, bytes: new Uint8Array(readFileSync(new URL(file, TED))), size: 0, mtimeMs: 0 });

describe('alignArticles on real TED pairs', () => {
  // Some TED segments end inside a sentence, so no sentence aligner reaches 1 on every pair;
  // the bar is for the pairs together, and each alone must still be close.
  const pairs = gold.pairs.slice(0, 3);
  const total = { correct: 0, predicted: 0, gold: 0 };
  for (const pair of pairs) {
    test(`${pair.zh} × ${pair.en}: link F1 ≥ 0.85, offsets into each body, headline row first`, () => {
      const zh = article(pair.zh);
      const en = article(pair.en);
      const rows = alignArticles(zh, en);
      const counts = linkScores(rows, gold.segments[pair.zh]!, gold.segments[pair.en]!);
      for (const key of ['correct', 'predicted', 'gold'] as const) total[key] += counts[key];
      assert.ok(f1(counts).f1 >= 0.85, `F1 ${f1(counts).f1.toFixed(3)}`);
      for (const s of rows.flatMap((r) => r.zh)) assert.equal(bodyText(zh).slice(s.start, s.end), s.text);
      for (const s of rows.flatMap((r) => r.en)) assert.equal(bodyText(en).slice(s.start, s.end), s.text);
      assert.equal(rows[0]!.zh.map((s) => s.text).join(''), zh.body[0]);
      assert.equal(rows[0]!.en.map((s) => s.text).join(' '), en.body[0]);
    });
  }
  test('link F1 ≥ 0.9 over these pairs', () => {
    assert.equal(total.gold > 0, true, 'the pairs above ran first');
    assert.ok(f1(total).f1 >= 0.9, `F1 ${f1(total).f1.toFixed(3)}`);
  });
});

const zhParas = (...p: string[]) => splitBodySentences(p, 'zh');
const enParas = (...p: string[]) => splitBodySentences(p, 'en');
const shape = (rows: AlignedRow[]) => rows.map((r) => `${r.zh.length}-${r.en.length}`).join(' ');

const MEETING_ZH = ['会议由市长王新宇主持。', '杨伟新出席会议。'];
const MEETING_EN = ['Mayor Wang Xinyu chaired the meeting.', 'Yang Weixin attended the meeting.'];

describe('alignSentences shapes', () => {
  test('1-1 rows for sentence-by-sentence translations', () => {
    const rows = alignSentences(
      zhParas('上党区委书记张驰接受记者专访。', '转型是发展的永恒命题。2021年是我区转型项目促进年。'),
      enParas('Zhang Chi, secretary of the Shangdang District Committee, gave an interview.', 'Transformation is the eternal theme of development. 2021 is the year of transformation projects in our district.'),
    );
    assert.equal(shape(rows), '1-1 1-1 1-1');
    assert.ok(rows.every((r) => r.score > 0.2), rows.map((r) => r.score).join(' '));
  });

  test('1-2 where the English splits one Chinese sentence', () => {
    const rows = alignSentences(
      zhParas('滨城召开重点项目现场办公会，市委书记李鸿忠和市长廖国勋出席并讲话，强调要抓紧推进项目建设。'),
      enParas('Bincheng held an on-site meeting on key projects. Party secretary Li Hongzhong and mayor Liao Guoxun attended and stressed speeding up project construction.'),
    );
    assert.equal(shape(rows), '1-2');
  });

  test('2-1 where the English joins two Chinese sentences', () => {
    const rows = alignSentences(
      zhParas('2月18日，滨城召开重点项目现场办公会。市委书记李鸿忠和市长廖国勋出席并讲话。', '会议由市长王新宇主持。'),
      enParas('On February 18, Bincheng held an on-site meeting on key projects, where party secretary Li Hongzhong and mayor Liao Guoxun spoke.', 'Mayor Wang Xinyu chaired the meeting.'),
    );
    assert.equal(shape(rows), '2-1 1-1');
  });

  test('0-1: an English sentence with no Chinese counterpart stays alone', () => {
    const rows = alignSentences(zhParas(...MEETING_ZH), enParas(MEETING_EN[0]!, 'The conference will be held by video, with branch venues in every county and district of the city.', MEETING_EN[1]!));
    assert.equal(shape(rows), '1-1 0-1 1-1');
    assert.equal(rows[1]!.score, 0);
  });

  test('1-0: a Chinese sentence the MT left out stays alone', () => {
    const rows = alignSentences(zhParas(MEETING_ZH[0]!, '全市各县区设分会场，共有三千二百名干部参加。', MEETING_ZH[1]!), enParas(...MEETING_EN));
    assert.equal(shape(rows), '1-1 1-0 1-1');
  });

  test('paragraph ends decide between two rows of equal length', () => {
    // Lengths alone (no lexical evidence), and the middle sentence fits either row equally:
    // only the paragraphs tell where it belongs.
    const zh = zhParas('一二三四五。', '六七八九十。');
    const a = 'Aaaa aaaa aaaa.';
    const b = 'Bbbbb bbbb.';
    const c = 'Cccc cccc cccc.';
    const enCounts = (en: string[]) => alignSentences(zh, enParas(...en), { lexicalWeight: 0 }).map((r) => r.en.length);
    assert.deepEqual(enCounts([a, `${b} ${c}`]), [1, 2]);
    assert.deepEqual(enCounts([`${a} ${b}`, c]), [2, 1]);
  });

  test('glossary terms anchor a sentence the dictionary cannot', () => {
    const zh = zhParas('放管服很关键。', '河长制也很关键。');
    const en = enParas('Streamlining administration is key.');
    const terms = [{ zh: '放管服', en: ['streamlining administration'] }];
    const matched = (rows: AlignedRow[]) => rows.find((r) => r.en.length > 0)!.zh.map((s) => s.text);
    assert.deepEqual(matched(alignSentences(zh, en, { termPairs: terms })), ['放管服很关键。']);
    const [first] = zh.flat();
    assert.ok(scoreRow([first!], en.flat(), { termPairs: terms }) > scoreRow([first!], en.flat()));
  });

  test('glossary terms match Traditional Chinese and inflected English', () => {
    const terms = [{ zh: '文明城市', en: ['civilized city'] }, { zh: '李鸿忠', en: ['Li Hongzhong'] }];
    assert.deepEqual(termTokens(['創建全國文明城市。', '李鴻忠出席。', '会议召开。'], 'zh', terms), [['term:0'], ['term:1'], []]);
    assert.deepEqual(termTokens(['Building civilized cities.', 'LI HONGZHONG spoke.', 'A civil city.'], 'en', terms), [['term:0'], ['term:1'], []]);
  });

  test('empty sides give one row per sentence', () => {
    assert.equal(shape(alignSentences(zhParas(...MEETING_ZH), [])), '1-0 1-0');
    assert.equal(shape(alignSentences([], enParas(...MEETING_EN))), '0-1 0-1');
  });

  test('an article without a counterpart becomes one row per sentence', () => {
    const rows = monolingualRows(parseArticle({ id: 'a', file: 'a', bytes: new TextEncoder().encode('Title\n\nOne.Two. Three.'), size: 0, mtimeMs: 0 }));
    assert.deepEqual(rows.map((r) => r.en[0]!.text), ['Title', 'One.', 'Two.', 'Three.']);
    assert.ok(rows.every((r) => r.zh.length === 0));
  });
});

describe('alignArticles headline row', () => {
  test('the headlines make row 0 even when one has two sentences', () => {
    const zh = { body: ['滨城召开会议', ...MEETING_ZH] };
    const en = { body: ['Bincheng holds a meeting. Mayor attends', MEETING_EN.join(' ')] };
    const rows = alignArticles(zh, en);
    assert.equal(shape(rows), '1-2 1-1 1-1');
    assert.equal(rows[0]!.en[1]!.start, 'Bincheng holds a meeting. '.length);
  });
});
