import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { enEvidence, matchEvidence, zhEvidence } from '../../lib/bilingual/evidence';
import { glossesFor } from '../../lib/bilingual/lexicon';
import { pinyinNameVariants, pinyinSyllables } from '../../lib/bilingual/names';
import { looksLikePinyinName, pinyinSyllableCount } from '../../lib/bilingual/pinyin-words';

describe('glossesFor', () => {
  const cases: [string, string[]][] = [
    ['会议', ['meeting', 'conference']],
    ['发展', ['development', 'grow']],
    ['滨城', ['bincheng', 'district']],
  ];
  for (const [word, expected] of cases) {
    test(`${word} → ${expected.join(', ')}`, () => {
      const glosses = glossesFor(word);
      for (const gloss of expected) assert.ok(glosses.includes(gloss), `${gloss} in ${glosses.join(' ')}`);
      for (const gloss of glosses) assert.match(gloss, /^[a-z'’]+$/);
    });
  }
  test('stop words and unknown words give nothing to match', () => {
    assert.ok(!glossesFor('发展').includes('to'));
    assert.deepEqual(glossesFor('驰鸿忠'), []);
  });
});

describe('pinyinNameVariants', () => {
  const cases: [string, string][] = [
    ['张驰', 'Zhang Chi'],
    ['李鸿忠', 'Li Hongzhong'],
    ['欧阳修', 'Ouyang Xiu'],
    ['单雄信', 'Shan Xiongxin'], // 单 read as a surname, not "dan"
    ['上党区', 'Shangdang District'],
    ['长治', 'Changzhi'],
    ['长治市', 'Changzhi City'],
    ['山西省', 'Shanxi Province'],
  ];
  for (const [name, expected] of cases) test(`${name} → ${expected}`, () => assert.equal(pinyinNameVariants(name)[0], expected));
  test('other forms: given name first, place without its level', () => {
    assert.ok(pinyinNameVariants('张驰').includes('Chi Zhang'));
    assert.ok(pinyinNameVariants('上党区').includes('Shangdang'));
  });
  test('syllables', () => {
    assert.equal(pinyinSyllables('张驰'), 'zhang chi');
    assert.equal(pinyinSyllables('上党区'), 'shang dang qu');
  });
});

describe('pinyin words', () => {
  const cases: [string, number][] = [
    ['Bincheng', 2], ['lihongzhong', 3], ['Changzhi', 2], ['China', 2], ['Xian', 1], ['city', 0], ['Committee', 0], ['first', 0],
  ];
  for (const [word, count] of cases) test(`${word}: ${count} syllables`, () => assert.equal(pinyinSyllableCount(word), count));
  test('a name needs two syllables', () => {
    assert.ok(looksLikePinyinName('Shangdang'));
    assert.ok(!looksLikePinyinName('Men'));
  });
});

describe('evidence on both sides', () => {
  const zh = '2月18日上午，张驰同志在上党区调研，李鸿忠主持召开会议，全年投资30亿元。';
  const en = 'On the morning of February 18, Comrade Zhang Chi inspected Shangdang District; Li Hongzhong chaired the meeting. Investment for the year: 3 billion yuan.';

  test('the Chinese gives numbers, names and glosses', () => {
    const { tokens } = zhEvidence(zh);
    for (const token of ['@2-18', '#3000000000', 'zhangchi', 'shangdang', 'lihongzhong', 'hongzhong', 'meet', 'investment']) {
      assert.ok(tokens.has(token), token);
    }
    assert.ok(!tokens.has('moon'), 'the 月 of a date is no word');
  });

  test('the English gives stems, values and joined names', () => {
    const tokens = enEvidence(en);
    for (const token of ['@2-18', '#3000000000', 'zhangchi', 'shangdang', 'lihongzhong', 'meet', 'investment', 'morn']) {
      assert.ok(tokens.has(token), token);
    }
  });

  test('a translation covers most of the units; an unrelated text few', () => {
    const evidence = zhEvidence(zh);
    const own = matchEvidence(evidence, enEvidence(en)).covered;
    const other = matchEvidence(evidence, enEvidence('Bincheng held a review conference on the work style of cadres on March 3.')).covered;
    assert.ok(own >= evidence.units.length * 0.5, `${own} of ${evidence.units.length}`);
    assert.ok(other * 3 < own, `${other} vs ${own}`);
  });

  test('garbled MT names still meet the pinyin', () => {
    const tokens = enEvidence('Director Liao Guo-xun and Li Hong Zhong attended.');
    assert.ok(tokens.has('guoxun'));
    assert.ok(tokens.has('lihongzhong'));
  });
});
