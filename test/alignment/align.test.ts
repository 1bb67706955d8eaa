import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { alignSentences } from '../../lib/alignment/align';
import { alignArticles, monolingualRows } from '../../lib/alignment/articles';
import { f1, linkScores, type GoldSegment } from '../../lib/alignment/evaluate';
import { parseArticle } from '../../lib/corpus/article';
import { splitParagraphSentences } from '../../lib/text/sentences';

const TED = new URL('../fixtures/ted/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('gold.json', TED), 'utf8')) as {
  pairs: { zh: string; en: string }[];
  segments: Record<string, GoldSegment[]>;
};
const article = (file: string) =>
  parseArticle({ id: file, file, bytes: new Uint8Array(readFileSync(new URL(file, TED))), size: 0, mtimeMs: 0 });

describe('alignArticles on real TED pairs', () => {
  for (const pair of gold.pairs.slice(0, 4)) {
    test(`${pair.zh} × ${pair.en}: link F1 ≥ 0.85`, () => {
      const rows = alignArticles(article(pair.zh), article(pair.en));
      const score = f1(linkScores(rows, gold.segments[pair.zh]!, gold.segments[pair.en]!));
      assert.ok(score.f1 >= 0.85, `F1 ${score.f1.toFixed(3)}`);
    });
  }
});

const zhParas = (...p: string[]) => splitParagraphSentences(p, 'zh');
const enParas = (...p: string[]) => splitParagraphSentences(p, 'en');
const shape = (rows: ReturnType<typeof alignSentences>) => rows.map((r) => `${r.zh.length}-${r.en.length}`).join(' ');

describe('alignSentences shapes', () => {
  test('1-1 rows for sentence-by-sentence translations', () => {
    const rows = alignSentences(
      zhParas('上党区委书记张驰接受记者专访。', '转型是发展的永恒命题。2021年是我区转型项目促进年。'),
      enParas('Zhang Chi, secretary of the Shangdang District Committee, gave an interview.', 'Transformation is the eternal theme of development. 2021 is the year of transformation projects in our district.'),
    );
    assert.equal(shape(rows), '1-1 1-1 1-1');
  });

  test('1-2 where the English splits one Chinese sentence', () => {
    const rows = alignSentences(
      zhParas('滨城召开重点项目现场办公会，市委书记李鸿忠和市长廖国勋出席并讲话，强调要抓紧推进项目建设。'),
      enParas('Bincheng held an on-site meeting on key projects. Party secretary Li Hongzhong and mayor Liao Guoxun attended and stressed speeding up project construction.'),
    );
    assert.equal(shape(rows), '1-2');
  });

  test('an English sentence with no Chinese counterpart stays alone', () => {
    const rows = alignSentences(
      zhParas('会议由市长王新宇主持。', '杨伟新出席会议。'),
      enParas('Mayor Wang Xinyu chaired the meeting.', 'The conference will be held in the form of a teleconference, with branch venues in every county and district of the city.', 'Yang Weixin attended the meeting.'),
    );
    assert.ok(rows.some((r) => r.zh.length === 0 && r.en.length === 1 && r.en[0]!.text.startsWith('The conference')), shape(rows));
  });

  test('an article without a counterpart becomes one row per sentence', () => {
    const rows = monolingualRows(parseArticle({ id: 'a', file: 'a', bytes: new TextEncoder().encode('Title\n\nOne.Two. Three.'), size: 0, mtimeMs: 0 }));
    assert.deepEqual(rows.map((r) => r.en[0]!.text), ['Title', 'One.', 'Two.', 'Three.']);
    assert.ok(rows.every((r) => r.zh.length === 0));
  });
});
