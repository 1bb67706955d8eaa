import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../lib/errors';
import { compileQuery, foldFor, type SearchQuery } from '../../lib/search/match';

/** The matched texts of a query in one text, as written there. */
function found(query: SearchQuery, text: string): string[] {
  const matcher = compileQuery(query);
  const haystack = matcher.haystack === 'folded' ? foldFor(query.side, text) : text;
  return matcher.find(haystack).map(([start, end]) => text.slice(start, end));
}

describe('concordance matching', () => {
  test('Chinese matches across Simplified and Traditional, both ways, and full-width digits', () => {
    assert.deepEqual(found({ pattern: '冬奥', side: 'zh' }, '助燃冬奧熱情，冬奥冰球'), ['冬奧', '冬奥']);
    assert.deepEqual(found({ pattern: '紀委監委', side: 'zh' }, '市纪委监委召开会议'), ['纪委监委']);
    assert.deepEqual(found({ pattern: '3年', side: 'zh' }, '江西３年内'), ['３年']);
  });

  test('a Chinese regex folds its Han characters, not its syntax', () => {
    assert.deepEqual(found({ pattern: '冬奧\\D', side: 'zh', regex: true }, '北京冬奥会'), ['冬奥会']);
  });

  test('English is case- and apostrophe-insensitive unless asked', () => {
    assert.deepEqual(found({ pattern: "china's", side: 'en' }, 'China’s team and CHINA\'S flag'), ['China’s', "CHINA'S"]);
    assert.deepEqual(found({ pattern: 'China', side: 'en', caseSensitive: true }, 'china and China'), ['China']);
  });

  test('whole words respect English word boundaries, hyphens and accented letters included', () => {
    const text = 'The Olympics, post-Olympic plans and Olympicsville; Olympic-style; Kvešić';
    assert.deepEqual(found({ pattern: 'olympic', side: 'en', wholeWord: true }, text), ['Olympic', 'Olympic']);
    assert.deepEqual(found({ pattern: 'olympic', side: 'en' }, text), ['Olympic', 'Olympic', 'Olympic', 'Olympic']);
    assert.deepEqual(found({ pattern: 'Kve', side: 'en', wholeWord: true }, text), []);
    assert.deepEqual(found({ pattern: 'Kvešić', side: 'en', wholeWord: true }, text), ['Kvešić']);
  });

  test('regular expressions, with whole words', () => {
    assert.deepEqual(found({ pattern: 'Winter Olympic(s| Games)?', side: 'en', regex: true }, 'the Winter Olympics and Winter Olympic Games'), ['Winter Olympics', 'Winter Olympic Games']);
    assert.deepEqual(found({ pattern: '\\d+', side: 'en', regex: true, wholeWord: true }, 'U18 and 256 teams'), ['256']);
  });

  test('a bad pattern is a clear input error', () => {
    assert.throws(() => compileQuery({ pattern: '(', side: 'en', regex: true }), (e: AppError) => e.code === 'bad-input' && /regular expression/.test(e.message));
    assert.throws(() => compileQuery({ pattern: '  ', side: 'en' }), (e: AppError) => e.code === 'bad-input');
  });
});
