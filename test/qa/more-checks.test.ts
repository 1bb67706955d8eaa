import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import dashStyle from '../../lib/qa/checks/dash-style';
import mixedQuotes from '../../lib/qa/checks/mixed-quotes';
import nameMissing from '../../lib/qa/checks/name-missing';
import sentenceCase from '../../lib/qa/checks/sentence-case';
import thousandsSeparator from '../../lib/qa/checks/thousands-separator';
import unrenderedClause from '../../lib/qa/checks/unrendered-clause';
import { defineCheck } from '../../lib/qa/define-check';
import { applyFix, CHECKS, runChecks } from '../../lib/qa/registry';
import { describeCheck } from './helpers';

describe('dash-style', () => {
  describeCheck(dashStyle, {
    flags: [
      ['Skyscrapers -- two and a half years', ' -- '],
      [['当它盛开时——这是中间的肉穗——它会', 'When it is in full bloom-this is the spike of meat'], '-'],
    ],
    passes: ['A self-assembling, well-known future', ['自组装的未来', 'A self-assembling future-that is all'], 'The 2020–2021 season'],
  });
  test('the fix writes an em dash', () => {
    const [finding] = runChecks([{ index: 0, source: null, target: 'skyscrapers -- two years' }], { checks: [dashStyle] });
    assert.equal(applyFix('skyscrapers -- two years', finding!.fix!), 'skyscrapers—two years');
  });
});

describe('thousands-separator', () => {
  describeCheck(thousandsSeparator, {
    flags: [['There are 250000 species', '250000'], ['at least 20000 orchids.', '20000']],
    passes: ['There are 250,000 species', 'In 2020 we met', 'Call 3.14159', 'Room No. 12345', 'code A12345'],
  });
  test('the fix groups the digits', () => {
    const [finding] = runChecks([{ index: 0, source: null, target: 'about 2500000 parts' }], { checks: [thousandsSeparator] });
    assert.equal(finding!.suggestion, '2,500,000');
  });
});

describe('sentence-case', () => {
  describeCheck(sentenceCase, {
    flags: [['(applause)', 'applause'], ['Thank you. thank you all.', 'thank']],
    passes: ['Thank you all.', 'We met e.g. here.', 'iPhone sales rose.', 'It is 3.5 km long.'],
  });
  test('a row that continues the previous one may start small', () => {
    const rows = [
      { index: 0, source: null, target: 'We can see the light reflected from the moon,' },
      { index: 1, source: null, target: 'and the stars too.' },
      { index: 2, source: null, target: 'and then it ended.' },
    ];
    assert.deepEqual(runChecks(rows, { checks: [sentenceCase] }).map((f) => [f.row, f.suggestion]), [[2, 'And']]);
  });
});

describe('mixed-quotes', () =>
  describeCheck(mixedQuotes, {
    flags: [['They said, "we agree', '"'], ['“One city” and "four districts"', '"']],
    passes: ['They said, "we agree"', '“One city, four districts”'],
  }));

describe('unrendered-clause', () =>
  describeCheck(unrenderedClause, {
    flags: [[['我们站在地球上仰望夜空，用肉眼就能看到天上无数的繁星闪烁发光。', 'We stand on the earth and look up.'], '用肉眼']],
    passes: [
      ['我们站在地球上仰望夜空，用肉眼就能看到天上无数的繁星闪烁发光。', 'We stand on the earth and look up at the night sky; with the naked eye we see countless stars shining.'],
      ['谢谢。', 'Thanks.'],
    ],
  }));

describe('name-missing', () =>
  describeCheck(nameMissing, {
    flags: [[['爱因斯坦也意识到了这一点。', 'He also realised this.'], '爱因斯坦']],
    passes: [['爱因斯坦也意识到了这一点。', 'Einstein also realised this.'], ['我们成功了。', 'We succeeded.']],
  }));

describe('registry', () => {
  test('every check has a unique kebab-case id, an MQM category and a description', () => {
    const ids = CHECKS.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const check of CHECKS) {
      assert.match(check.id, /^[a-z]+(-[a-z]+)*$/);
      assert.match(check.category, /^(Accuracy|Fluency|Terminology|Style|Locale convention)\//);
      assert.ok(check.describe.length > 10);
    }
  });
  test('defineCheck refuses an id that is not kebab-case', () => {
    assert.throws(() => defineCheck({ id: 'DoubledWord', category: 'Fluency/Grammar', severity: 'minor', describe: 'x', run: () => [] }), /kebab-case/);
  });
  test('runChecks takes options or, as before, the glossary alone', () => {
    const rows = [{ index: 0, source: null, target: 'the  city' }];
    assert.deepEqual(runChecks(rows, null).map((f) => f.check), runChecks(rows, {}).map((f) => f.check));
    assert.deepEqual(runChecks(rows, { checks: [dashStyle] }), []);
  });
  test('applyFix replaces the span', () => {
    assert.equal(applyFix('a  b', { span: [1, 3], replacement: ' ' }), 'a b');
  });
});
