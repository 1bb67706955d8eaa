import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findForbidden, findRendering, findRenderings } from '../../lib/glossary/match-en';
import { entry, fixture } from './helpers';

/**
 * [rendering, case-sensitive, text with the expected spans marked [[like this]]].
 * A text with no marks must not match at all.
 */
const cases: [string, boolean, string][] = [
  ['cadre', false, 'Party [[cadres]] and a [[cadre]] met.'],
  ['city', false, 'Both [[cities]] and the [[City]] agreed.'],
  ['Municipal Party Committee', false, "The [[municipal party committee's]] plan."],
  // A final apostrophe stays outside the span: it closes quotations more often than plurals.
  ['Party Committee', false, "The [[Party Committees]]’ reports."],
  ['Party Committee', true, 'The [[Party Committee]] and the party committee.'],
  ['cooperation', false, '[[Co-operation]] and [[cooperation]].'],
  ['co-operation', false, '[[Co-operation]] and [[cooperation]] and [[co operation]].'],
  ['14th Five-Year Plan', false, 'In the [[14th Five Year Plan]] and the [[14th Five-Year Plan]].'],
  ['Secretary of the Municipal Party Committee', false, 'Yang, [[secretary of the  municipal party committee]], spoke.'],
  ['"one city, four districts"', false, 'Part of “[[one city four districts]]” and [[one city, four districts]].'],
  ["People's Congress", false, 'The [[People’s Congress]] met.'],
  ['National Civilized City', false, 'A [[national civilized city]]; civilized cities.'],
  ['Li Hongzhong', true, '[[Li Hongzhong]] and Li hongzhong.'],
  ['Li Hongzhong', false, '[[Li Hongzhong]] and [[Li hongzhong]].'],
  ['Mayor', false, 'The mayoral race; the [[mayor]].'],
  ['Tianjin', false, 'Tianjinese food is not it.'],
  ['Binhai New Area', false, 'Binhai. New Area.'],
  ['high-quality development', false, 'Promote [[high quality development]].'],
];

function expectedSpans(marked: string): { text: string; spans: string[] } {
  const spans = [...marked.matchAll(/\[\[(.+?)\]\]/g)].map((m) => m[1]!);
  return { text: marked.replace(/\[\[|\]\]/g, ''), spans };
}

for (const [rendering, caseSensitive, marked] of cases) {
  test(`findRenderings "${rendering}"${caseSensitive ? ' (case-sensitive)' : ''} in: ${marked}`, () => {
    const { text, spans } = expectedSpans(marked);
    const found = findRenderings(text, entry('x', '词', [rendering], { caseSensitive }));
    assert.deepEqual(found.map((m) => text.slice(m.start, m.end)), spans);
  });
}

test('findRendering gives the first approved rendering used, of several', () => {
  const text = 'The Party Secretary met the Secretary of the Municipal Party Committee.';
  const e = entry('swsj', '市委书记', ['Secretary of the Municipal Party Committee', 'Party Secretary']);
  assert.deepEqual(findRendering(text, e), { rendering: 'Party Secretary', start: 4, end: 19 });
  assert.equal(findRendering('The mayor spoke.', e), null);
});

test('forbidden renderings are found in seed MT wherever they occur, whatever the case', () => {
  const text = fixture('seed-001-head.en.txt');
  const entries = [
    entry('lgx', '廖国勋', ['Liao Guoxun'], { forbidden: ['Guo-xun Liao'], caseSensitive: true }),
    entry('bc', '滨城', ['Bincheng'], { forbidden: ['Penang', 'Zhuhai'] }),
    entry('lhz', '李鸿忠', ['Li Hongzhong'], { forbidden: ['Hong Zhong'] }),
  ];
  const found = findForbidden(text, entries).map((m) => `${m.entryId}:${text.slice(m.start, m.end)}`);
  assert.deepEqual(found, ['lhz:hong zhong', 'lgx:guo-xun liao', 'lhz:Hong zhong', 'lgx:guo-xun liao', 'bc:penang']);
});

test('forbidden words are word-bounded: "Penang" does not flag "Penangite" or "Zhuhaiese"', () => {
  const e = entry('bc', '滨城', ['Bincheng'], { forbidden: ['Penang', 'Zhuhai'] });
  assert.deepEqual(findForbidden('Penangite cooking and Zhuhaiese.', [e]), []);
});

test('a forbidden phrase inside an approved rendering of the same entry is not flagged', () => {
  const e = entry('bh', '滨海新区', ['Binhai New Area'], { forbidden: ['Binhai'] });
  const text = 'Binhai New Area, not Binhai alone.';
  assert.deepEqual(findForbidden(text, [e]).map((m) => m.start), [text.lastIndexOf('Binhai')]);
});

test('the MT\'s "production, production and production" is found inside quotes', () => {
  const e = entry('ss', '三生融合', ['integration of production, living and ecology'], { forbidden: ['production, production and production'] });
  const text = "coordination of ‘production, production and production'”, and";
  const [hit] = findForbidden(text, [e]);
  assert.equal(text.slice(hit!.start, hit!.end), 'production, production and production');
});
