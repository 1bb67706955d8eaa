import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getArticle } from '../../lib/corpus/corpus';

const CORPUS = new URL('../../corpus', import.meta.url).pathname;

const expected = [
  {
    id: '000_d1727f86196977aa',
    lang: 'en',
    title: /^Zhang Kun, Secretary of Taixing/,
    date: '2022-07-24',
    source: null,
    byline: null,
    boilerplate: ['2022-07-24 0 By'],
    bodyParagraphs: 2,
    lastEnds: /Zhang Kun said\.$/,
  },
  {
    id: '001_cdb4b5fdbd235da2',
    lang: 'en',
    title: /^Seize the opportunity/,
    date: null,
    source: 'Bincheng Times',
    byline: null,
    boilerplate: ['Source: Bincheng Times', 'Leave a Reply', 'Your email address will not be published.'],
    bodyParagraphs: 2,
    lastEnds: /attended the meeting\.$/,
  },
  {
    id: '002_b7c04c8655e58dca',
    lang: 'en',
    title: /^Ningwu County held/,
    date: '2021-11-24 22:46:15',
    source: null,
    byline: null,
    boilerplate: ['Home\u00a0>\u00a0Domestic', 'Ningwu County held an creation of 2020-2022 provincial civilized city promotion meeting', '2021-11-24 22:46:15 17 ℃'],
    bodyParagraphs: 4,
    lastEnds: /made a statement\.$/,
  },
  {
    id: '003_19b531d6154d1a7e',
    lang: 'en',
    title: /^The mobilization and deployment conference/,
    date: '2022-07-23',
    source: null,
    byline: 'Reporter | Yue Dahai Cao Hongmei editor | CAI Yu',
    boilerplate: ['2022-07-23 0 By', 'Reporter | Yue Dahai Cao Hongmei editor | CAI Yu'],
    bodyParagraphs: 2,
    lastEnds: /made a statement\.$/,
  },
];

describe('seed articles', () => {
  for (const want of expected) {
    test(`${want.id}: metadata, body and boilerplate`, async () => {
      const a = await getArticle(CORPUS, want.id);
      assert.ok(a);
      assert.equal(a.lang, want.lang);
      assert.match(a.title, want.title);
      assert.equal(a.body[0], a.title, 'the headline is the first body paragraph');
      assert.equal(a.date, want.date);
      assert.equal(a.source, want.source);
      assert.equal(a.byline, want.byline);
      assert.deepEqual(a.boilerplate, want.boilerplate);
      assert.equal(a.body.length, want.bodyParagraphs);
      assert.match(a.body.at(-1)!, want.lastEnds);
      assert.equal(a.encoding, 'utf-8');
      assert.equal(a.error, null);
    });
  }

  test('004: Chinese, with source and byline, the teaser and everything from 相关资讯 on set apart', async () => {
    const a = await getArticle(CORPUS, '004_179a9739007a0764');
    assert.ok(a);
    assert.equal(a.lang, 'zh');
    assert.equal(a.date, '2022-10-08 17:52:22');
    assert.equal(a.source, '长治日报');
    assert.equal(a.byline, '记者 王轶');
    assert.match(a.title, /^「县\(区\)委书记访谈」上党区委书记张驰/);
    const body = a.body.join('\n');
    for (const leftover of ['相关资讯', '友情链接', '版权所有', '浏览', '责任编辑', '来源', '端州']) {
      assert.ok(!body.includes(leftover), `body must not contain ${leftover}`);
    }
    assert.match(a.body.at(-1)!, /以优异成绩庆祝建党100周年。$/);
    assert.equal(a.body.length, 9);
    assert.equal(a.boilerplate[0], '时间:2022-10-08 17:52:22 | 浏览:2804');
    assert.match(a.boilerplate[1]!, /^全面融入“一城四区” 努力建设“四宜”上党——访/, 'the scraped teaser');
    assert.match(a.boilerplate.at(-1)!, /©2022-2028版权所有$/);
    assert.ok(a.chars > 1400 && a.chars < 1800, `${a.chars} characters`);
  });
});
