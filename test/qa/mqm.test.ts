import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MQM_CATEGORY_NAMES, mqmScore, mqmWeight } from '../../lib/qa/mqm';
import { readBilingualTsv } from '../../lib/qa/tsv-input';

test('MQM weights: Major 5, Minor 1, Minor punctuation 0.1, Non-translation 25', () => {
  assert.equal(mqmWeight('Accuracy/Mistranslation', 'major'), 5);
  assert.equal(mqmWeight('Fluency/Grammar', 'minor'), 1);
  assert.equal(mqmWeight('Fluency/Punctuation', 'minor'), 0.1);
  assert.equal(mqmWeight('Fluency/Punctuation', 'major'), 5);
  assert.equal(mqmWeight('Non-translation', 'major'), 25);
});

test('a document score sums weights, and per 100 source characters', () => {
  const score = mqmScore(
    [
      { category: 'Accuracy/Mistranslation', severity: 'major' },
      { category: 'Fluency/Punctuation', severity: 'minor' },
      { category: 'Style/Awkward', severity: 'minor' },
    ],
    200,
  );
  assert.equal(score.penalty, 6.1);
  assert.equal(score.per100SourceChars, 3.1);
  assert.deepEqual(score.bySeverity, { major: 1, minor: 2 });
  assert.ok(MQM_CATEGORY_NAMES.includes('Locale convention/Name format'));
});

test('the bilingual TSV reader: documents by doc column, 1-based rows, escapes', () => {
  const docs = readBilingualTsv('id\tdoc\tsource\ttarget\n1\ta\t你好。\tHello.\n2\tb\t再见。\tBye.\\nNow\n3\ta\t谢谢。\tThanks.\n');
  assert.deepEqual(docs.map((d) => [d.doc, d.rows.map((r) => r.line)]), [['a', [1, 3]], ['b', [2]]]);
  assert.equal(docs[1]!.rows[0]!.target, 'Bye.\nNow');
  assert.throws(() => readBilingualTsv('src\ttgt\nx\ty\n'), /must name "source" and "target"/);
});
