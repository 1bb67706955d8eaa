import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../lib/corpus/article';
import { chineseWords, countText, latinWords } from '../../lib/corpus/counts';
import { bodyText } from '../../lib/corpus/types';

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (file: string, text: string) => parseArticle({ file, bytes: bytes(text), size: text.length, mtimeMs: 1 });

describe('counting', () => {
  const latin: [string, number][] = [
    ['People’s Daily Online Taizhou February 18 (Zhang Yufeng)', 8],
    ['high-quality development, 2020-2022', 3],
    ['“conference.Review meetings”', 3],
    ['', 0],
  ];
  for (const [text, words] of latin) test(`${words} Latin words in ${text || '(nothing)'}`, () => assert.equal(latinWords(text), words));

  const chinese: [string, number][] = [
    ['转型是发展的永恒命题。', 10],
    ['推进 high-quality development 的重要举措', 7 + 2],
    ['𠀀字', 2],
  ];
  for (const [text, words] of chinese) test(`${words} Chinese words in ${text}`, () => assert.equal(chineseWords(text), words));

  test('characters are the non-whitespace ones, a surrogate pair counted once', () => {
    assert.deepEqual(countText(['a b\u3000c', '𠀀 字'], 'zh'), { chars: 5, words: 3 + 2 });
    assert.deepEqual(countText(['The city opened a park.'], 'en'), { chars: 19, words: 5 });
  });
});

describe('parseArticle', () => {
  test('is pure and gives the id from the path when none is given', () => {
    const text = 'City opens new park\n\n2022-07-24 0 By\n\nThe city opened a new park on Sunday.';
    const first = parse('news/park.txt', text);
    assert.deepEqual(parse('news/park.txt', text), first);
    assert.equal(first.id, 'news~park');
    assert.equal(first.title, 'City opens new park');
    assert.equal(first.date, '2022-07-24');
    assert.equal(first.lang, 'en');
    assert.equal(first.encoding, 'utf-8');
    assert.equal(bodyText(first), 'City opens new park\n\nThe city opened a new park on Sunday.');
    assert.equal(first.chars, bodyText(first).replace(/\s/g, '').length);
    assert.equal(first.error, null);
  });

  test('the language comes from the body, not from a link farm under it', () => {
    const farm = '友情链接\n' + '天天财经元宇宙中国域名抢注宝宝起名网网站监控保龄球初学网'.repeat(20);
    const article = parse('a.txt', `City opens new park\nThe city opened a new park on Sunday and the mayor spoke.\nRelated posts\n${farm}`);
    assert.equal(article.lang, 'en');
    assert.equal(article.body.length, 2);
  });

  test('bad bytes give an article with an error, never a throw', () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty.txt', new Uint8Array(), /empty/],
      ['blank.txt', bytes('\n\n   \n'), /empty/],
      ['zip.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]), /binary/],
    ];
    for (const [file, content, reason] of cases) {
      const article = parseArticle({ file, bytes: content, size: content.length, mtimeMs: 0 });
      assert.match(article.error ?? '', reason, file);
      assert.equal(article.lang, 'unknown');
      assert.deepEqual(article.body, []);
    }
  });
});
