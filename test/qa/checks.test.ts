import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import capitalMidSentence from '../../lib/qa/checks/capital-mid-sentence';
import chineseInEnglish from '../../lib/qa/checks/chinese-in-english';
import fullWidthPunctuation from '../../lib/qa/checks/full-width-punctuation';
import gluedSentences from '../../lib/qa/checks/glued-sentences';
import inconsistentTerm from '../../lib/qa/checks/inconsistent-term';
import inconsistentTranslation from '../../lib/qa/checks/inconsistent-translation';
import lengthRatio from '../../lib/qa/checks/length-ratio';
import nameCapitalisation from '../../lib/qa/checks/name-capitalisation';
import namePinyin from '../../lib/qa/checks/name-pinyin';
import numberMismatch from '../../lib/qa/checks/number-mismatch';
import transliteratedWord from '../../lib/qa/checks/transliterated-word';
import brackets from '../../lib/qa/checks/unbalanced-brackets';
import curlyQuotes from '../../lib/qa/checks/unbalanced-quotes';
import repeatedWord from '../../lib/qa/checks/repeated-word';
import doubleSpace from '../../lib/qa/checks/double-space';
import spaceBeforePunctuation from '../../lib/qa/checks/space-before-punctuation';
import spelling from '../../lib/qa/checks/spelling';
import { applyFix } from '../../lib/qa/matches';
import { runChecks } from '../../lib/qa/run';
import { describeCheck } from './helpers';

describe('number-mismatch', () =>
  describeCheck(numberMismatch, {
    flags: [
      [['全年投资30亿元。', 'The annual investment is 3 million yuan.'], '30亿'],
      [['增长百分之十五。', 'It grew by 5%.'], '百分之十五'],
      [['2月18日上午召开会议。', 'The meeting was held on the morning of February 8.'], '2月18日'],
      [['第十六届运动会', 'the 15th Games'], '第十六'],
      [['新建道路50公里。', 'A 5 km road was built.'], '50'],
      [['想象一下，十亿年前，两个黑洞相撞。', 'Imagine that two billion years ago, two black holes collided.'], '十亿'],
      [['有25万种——25万种开花植物。', 'There are 250,000 species - of medium-sized flowering plants.'], '25万'],
      [['装机容量50兆瓦。', 'An installed capacity of 50 kW.'], '50'],
      [['面积100平方米。', 'An area of 100 square kilometres.'], '100'],
      [['新建道路50公里。', 'A 50-mile road was built.'], '50'],
      [['投资3亿元。', 'An investment of 300 million US dollars.'], '300 million'],
      [['道路长3至5公里。', 'The road is 3 to 6 kilometres long.'], '3至5'],
    ],
    passes: [
      ['全年投资30亿元。', 'The annual investment is 3 billion yuan.'],
      ['惠及1万人。', 'It benefits 10,000 people.'],
      ['惠及1万人。', 'It benefits 10 thousand people.'],
      ['增长百分之十五。', 'It grew by 15 percent.'],
      ['2月18日上午', 'On the morning of February 18'],
      ['18日上午', 'on the morning of the 18th'],
      ['第十六届', 'the 16th session'],
      ['7.5亿元', '750 million yuan'],
      ['一个城市', 'a city'],
      ['装机容量50兆瓦。', 'An installed capacity of 50 megawatts.'],
      ['面积100平方米。', 'An area of 100 m².'],
      ['新建道路50公里。', 'A 50-kilometre road was built.'],
      ['道路长3至5公里。', 'The road is 3 to 5 km long.'],
      ['想象一下，十亿年前。', 'Imagine, a billion years ago.'],
      ['有些冰超过十万年。', 'Some ice is more than a hundred thousand years old.'],
      ['有25万种——25万种开花植物。', 'There are 250,000 species - 250,000 flowering plants.'],
      ['看左面，[1,1] 的输入等于0输出。', 'On the left, the input of [1,1] equals 0 output.'],
      ['成千上万的人，千万不要走。', 'Thousands of people: do not go.'],
      ['No source at all', 'We have 3 cities.'],
    ],
  }));

describe('capital-mid-sentence', () =>
  describeCheck(capitalMidSentence, {
    flags: [
      ['insects may perceive very, very Different textures.', 'Different'],
      ['Even the path of the Light will be bent.', 'Light'],
      ['When you think about it At this moment, genes migrate.', 'At'],
      ['the development of industries in The city.', 'The'],
    ],
    passes: [
      'They met the Secretary of the Municipal Party Committee in Taixing.',
      'It was sent by Bjorn Rorslett in Norway, as Venus rose.',
      'the role of the Commission for Discipline Inspection and Supervision',
      'The year of the Tiger should have a new atmosphere.',
      'The UNICEF Child Welfare Index appeared in the British Medical Journal.',
      'Standing Committee member han Tong attended.',
      'Zhang Kun Meets Investors From Shanghai And Beijing',
      'We moved the Earth closer to the black hole.',
    ],
  }));

describe('transliterated-word', () =>
  describeCheck(transliteratedWord, {
    flags: [[['而花儿是个麻烦事。', 'And Huaer is a hassle.'], 'Huaer']],
    passes: [
      ['而花儿是个麻烦事。', 'And flowers are a hassle.'],
      ['李鸿忠强调，要抓住机遇。', 'Li Hongzhong stressed that we must seize the opportunity.'],
      ['上周我在北京拍了照片。', 'Last week I took pictures in Beijing.'],
      [null, 'And Huaer is a hassle.'],
    ],
  }));

describe('chinese-in-english', () =>
  describeCheck(chineseInEnglish, {
    flags: [['the Shangdang District (上党区) plan', '上党区'], ['They said 高质量发展 twice.', '高质量发展']],
    passes: ['Plain English, with “curly quotes” — and dashes.', 'Café Zürich'],
  }));

describe('full-width-punctuation', () => {
  describeCheck(fullWidthPunctuation, { flags: [['He said，we agree。', '，']], passes: ['He said, “we agree.”'] });
  test('the fix writes ASCII punctuation', () => {
    const [finding] = runChecks([{ index: 0, source: null, target: 'Yes，no' }], null, [fullWidthPunctuation]);
    assert.equal(applyFix('Yes，no', finding!.fix!), 'Yes, no');
  });
});

describe('glued-sentences', () => {
  describeCheck(gluedSentences, {
    flags: [['speed up project construction,Strive for victory', ',S'], ['the city.Since the launch', '.S']],
    passes: ['The U.S. Army and Dr. Li met at 3.5 km.', 'Visit example.com today.', 'It is the100 meters.'],
  });
  test('the fix adds the space', () => {
    const [finding] = runChecks([{ index: 0, source: null, target: 'construction,Strive' }], null, [gluedSentences]);
    assert.equal(applyFix('construction,Strive', finding!.fix!), 'construction, Strive');
  });
});

describe('spacing', () => {
  describeCheck(doubleSpace, { flags: [['the  city', '  ']], passes: ['the city', 'end.  '] });
  describeCheck(spaceBeforePunctuation, { flags: [['the city , and', ' ,']], passes: ['the city, and', 'Wait … really?'] });
});

describe('paired symbols', () => {
  describeCheck(brackets, { flags: [['the towns (streets and units', '(']], passes: ['the towns (streets) and units (departments)'] });
  describeCheck(curlyQuotes, { flags: [['build “one city ', '“']], passes: ['build “one city, four districts”'] });
  test('a quotation over two rows is balanced', () => {
    const rows = [
      { index: 0, source: null, target: 'He said: “We will work hard.' },
      { index: 1, source: null, target: 'We will win.”' },
    ];
    assert.deepEqual(runChecks(rows, null, [curlyQuotes]), []);
  });
});

describe('repeated-word', () =>
  describeCheck(repeatedWord, { flags: [['The arduous arduous task', 'arduous arduous']], passes: ['He had had a chance', 'bye-bye', 'that that is'] }));

describe('spelling', () =>
  describeCheck(spelling, {
    flags: [['the goverment met', 'goverment'], ['a recieved letter', 'recieved']],
    passes: ['Li Hongzhong met the mayor.', 'hong zhong attended', 'with vigour and honour', 'The Bincheng Times', 'the insect mouthparts'],
  }));

describe('name-pinyin', () =>
  describeCheck(namePinyin, {
    flags: [
      [['市委书记李鸿忠出席。', 'Municipal party committee secretary hong zhong attended.'], 'hong zhong'],
      [['市长廖国勋讲话。', 'The mayor guo-xun liao spoke.'], 'guo-xun liao'],
    ],
    passes: [
      ['市委书记李鸿忠出席。', 'Party secretary Li Hongzhong attended.'],
      ['上党区委书记张驰接受专访。', 'Zhang Chi, secretary of the Shangdang District Committee, gave an interview.'],
      ['市委书记出席。', 'The party secretary attended.'],
    ],
  }));

describe('document checks', () => {
  test('name-capitalisation: "Jin guowei" beside "Jin Guowei"', () => {
    const rows = [
      { index: 0, source: null, target: 'The meeting was chaired by Jin Guowei, party secretary.' },
      { index: 1, source: null, target: 'Jin guowei stressed the need to work.' },
    ];
    const findings = runChecks(rows, null, [nameCapitalisation]);
    assert.deepEqual(findings.map((f) => [f.row, f.suggestion]), [[1, 'Jin Guowei']]);
  });

  test('inconsistent-translation: the same Chinese twice, two renderings', () => {
    const rows = [
      { index: 0, source: '推动高质量发展。', target: 'Promote high-quality development.' },
      { index: 1, source: '推动高质量发展。', target: 'Push high quality growth.' },
      { index: 2, source: '推动高质量发展。', target: 'Promote high-quality development.' },
    ];
    assert.deepEqual(runChecks(rows, null, [inconsistentTranslation]).map((f) => f.row), [1]);
  });

  test('inconsistent-term: a term rendered unlike the rest of the article is flagged on that row', () => {
    const rows = ['这张图表是犯罪率。', '第二张图表是肥胖。', '这张图表说明了问题。', '最后一张图表是信任。'].map((source, index) => ({ index, source, target: '' }));
    const targets = ['This chart is the crime rate.', 'The second chart is obesity.', 'This diagram explains the problem.', 'The last chart is trust.'];
    rows.forEach((r, i) => (r.target = targets[i]!));
    const findings = runChecks(rows, null, [inconsistentTerm]);
    assert.deepEqual(findings.map((f) => f.row), [2]);
    assert.match(findings[0]!.message, /图表 is "diagram" here but "chart" in 3 other rows/);
    assert.equal(rows[2]!.source.slice(...findings[0]!.sourceSpan!), '图表');
    assert.equal(rows[2]!.target.slice(...findings[0]!.targetSpan!), 'diagram');
    assert.equal(applyFix(rows[2]!.target, findings[0]!.fix!), 'This chart explains the problem.');
  });

  test('inconsistent-term: one rendering throughout, or no settled one, is not flagged', () => {
    const make = (targets: string[]) => targets.map((target, index) => ({ index, source: ['这张图表是犯罪率。', '第二张图表是肥胖。', '这张图表说明了问题。', '最后一张图表是信任。'][index]!, target }));
    assert.deepEqual(runChecks(make(['This chart.', 'The second chart.', 'This chart explains.', 'The last chart.']), null, [inconsistentTerm]), []);
    assert.deepEqual(runChecks(make(['This chart.', 'The second diagram.', 'This chart explains.', 'The last diagram.']), null, [inconsistentTerm]), []);
  });

  test('length-ratio: an English far too short for its Chinese', () => {
    const rows = [{ index: 0, source: '近年来上党区始终把转型发展作为各项工作的重中之重，围绕六新产业方向，结合资源禀赋。', target: 'Shangdang develops.' }];
    assert.equal(runChecks(rows, null, [lengthRatio])[0]?.check, 'length-ratio');
  });

  test('findings carry a stable key so a dismissal sticks', () => {
    const rows = [{ index: 0, source: null, target: 'The arduous arduous task' }];
    const [a] = runChecks(rows, null, [repeatedWord]);
    const [b] = runChecks(rows, null, [repeatedWord]);
    assert.equal(a!.key, b!.key);
    assert.equal(a!.key, 'repeated-word:0:arduous arduous');
  });
});
