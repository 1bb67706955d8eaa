import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitBodySentences, splitParagraphSentences, splitSentences } from '../../lib/text/sentences';

const english: [string, string, string[]][] = [
  ['glued by the MT', 'a traffic work conference.Review meetings over the past year', ['a traffic work conference.', 'Review meetings over the past year']],
  ['glued after a closing quote', 'make full momentum.”To create a national civilized city', ['make full momentum.”', 'To create a national civilized city']],
  ['a digit glued to a word is not a boundary', 'not the100 meters, but a marathon.', ['not the100 meters, but a marathon.']],
  ['decimals', 'It grew 7.5 percent. Then 3.14 more.', ['It grew 7.5 percent.', 'Then 3.14 more.']],
  ['titles and months', 'Mr. Jin met Dr. Li on Jan. 5 at No. 3 Road.', ['Mr. Jin met Dr. Li on Jan. 5 at No. 3 Road.']],
  ['initialisms and initials', 'The U.S. Army thanked J. K. Rowling. She left.', ['The U.S. Army thanked J. K. Rowling.', 'She left.']],
  ['domains and lowercase continuations', 'See example.com for news.Then leave.', ['See example.com for news.', 'Then leave.']],
  ['question, exclamation, ellipsis', 'Why? Because! And then… Nothing.', ['Why?', 'Because!', 'And then…', 'Nothing.']],
  ['quotes after the stop', 'He said, “We will win.” The crowd cheered.', ['He said, “We will win.”', 'The crowd cheered.']],
  ['glued after a quote closed before the stop', 'the Spring Festival”.Review meetings', ['the Spring Festival”.', 'Review meetings']],
  ['glued after a lowercase word', 'to beautify the city.Since the launch of the campaign', ['to beautify the city.', 'Since the launch of the campaign']],
  ['glued before a byline', 'he made a statement.Reporter Wang Yi', ['he made a statement.', 'Reporter Wang Yi']],
  ['glued after a percentage', 'It rose 7.5%.In 2021 it fell.', ['It rose 7.5%.', 'In 2021 it fell.']],
  ['a decimal is not glued', 'Growth was 3.5 percent.', ['Growth was 3.5 percent.']],
  ['an initialism glued to a capital is not a boundary', 'The U.S.A is big. Yes.', ['The U.S.A is big.', 'Yes.']],
  ['titles, saints and months', 'Mrs. Wang and Ms. Li met at St. Paul on Dec. 3. Then they left.', ['Mrs. Wang and Ms. Li met at St. Paul on Dec. 3.', 'Then they left.']],
  ['U.K. and U.S. mid-sentence', 'The U.K. and the U.S. signed it. Next year too.', ['The U.K. and the U.S. signed it.', 'Next year too.']],
  ['e.g., i.e. and etc. mid-sentence', 'Fruit, e.g. apples, i.e. red ones, etc. are sold. Good.', ['Fruit, e.g. apples, i.e. red ones, etc. are sold.', 'Good.']],
  ['company suffixes and vs.', 'Bincheng Co., Ltd. and Apple Inc. signed. China vs. Japan ended.', ['Bincheng Co., Ltd. and Apple Inc. signed.', 'China vs. Japan ended.']],
  ['No. before a number', 'It is No. 1 in the world. Great.', ['It is No. 1 in the world.', 'Great.']],
  ['ASCII ellipsis', 'Wait... What happened? Nothing!', ['Wait...', 'What happened?', 'Nothing!']],
  ['a domain is not a boundary', 'Visit example.com today. Node.js too.', ['Visit example.com today.', 'Node.js too.']],
  ['semicolons do not split English', 'Focus on problems;Improve the system.', ['Focus on problems;Improve the system.']],
];

const chinese: [string, string, string[]][] = [
  ['full stops and closing quotes', '“上党区有基础。”日前,张驰接受专访。', ['“上党区有基础。”', '日前,张驰接受专访。']],
  ['question, exclamation, semicolon, ellipsis', '对吗？是的！先这样；再那样……好', ['对吗？', '是的！', '先这样；', '再那样……', '好']],
  ['ASCII stops in Chinese text', '你好?我好!先这样;再那样。', ['你好?', '我好!', '先这样;', '再那样。']],
  ['closing brackets stay with the stop', '（这是真的。）下一句。', ['（这是真的。）', '下一句。']],
  ['book titles are not split', '他读了《你好。世界》一书。', ['他读了《你好。世界》一书。']],
];

describe('splitSentences', () => {
  for (const [name, text, expected] of english) test(`en: ${name}`, () => assert.deepEqual(splitSentences(text, 'en').map((s) => s.text), expected));
  for (const [name, text, expected] of chinese) test(`zh: ${name}`, () => assert.deepEqual(splitSentences(text, 'zh').map((s) => s.text), expected));

  test('offsets point at each sentence', () => {
    const text = '  First one.Second one.  Third.';
    for (const s of splitSentences(text, 'en', 100)) assert.equal(text.slice(s.start - 100, s.end - 100), s.text);
  });

  test('a sentence never crosses a paragraph end', () => {
    assert.deepEqual(splitBodySentences(['One without a stop', 'Two.'], 'en').map((p) => p.map((s) => s.text)), [['One without a stop'], ['Two.']]);
  });

  test('paragraph offsets index into the body text', () => {
    const body = ['标题', '第一句。第二句。', '第三句。'];
    const joined = body.join('\n\n');
    const sentences = splitBodySentences(body, 'zh').flat();
    assert.deepEqual(splitParagraphSentences(body, 'zh'), splitBodySentences(body, 'zh'));
    assert.deepEqual(sentences.map((s) => s.text), ['标题', '第一句。', '第二句。', '第三句。']);
    for (const s of sentences) assert.equal(joined.slice(s.start, s.end), s.text);
  });
});

// Real sentences from the WMT22 General MT test set, zh→en news (tuning-slice documents;
// wmt-conference/wmt22-news-systems, Kocmi et al. 2022), as the benchmark glues them;
// cases marked (constructed) are made up around what news text holds.
const wmt22English: [string, string, string[]][] = [
  [
    'etc. before a word that starts a sentence (xinhua-zh-01.104145, JDExploreAcademy)',
    'The main researchers are students, covering environment, machinery, energy, medical treatment, life science, humanities education, etc. The students started with a curious idea.',
    ['The main researchers are students, covering environment, machinery, energy, medical treatment, life science, humanities education, etc.', 'The students started with a curious idea.'],
  ],
  [
    'Co., Ltd. before a pronoun, not before a bracket (first sentence jingji_guancha_bao-zh-01.7777; second constructed)',
    'Home Credit Consumer Finance Co., Ltd. (hereinafter referred to as "Home Credit") issued an initiative. Home Credit Co., Ltd. He said consumers should borrow rationally.',
    ['Home Credit Consumer Finance Co., Ltd. (hereinafter referred to as "Home Credit") issued an initiative.', 'Home Credit Co., Ltd.', 'He said consumers should borrow rationally.'],
  ],
  [
    'a stop glued after a word in capitals (ecommerce_zh_taobao.com_158814717, Lan-Bridge)',
    'The upper cover plate of the microfluidic chip is made of PC.Do not pass through the solvent.',
    ['The upper cover plate of the microfluidic chip is made of PC.', 'Do not pass through the solvent.'],
  ],
  [
    'a closing quote after a space stays with its sentence (xinhua-zh-01.104145, Online-W)',
    'the initial detection of physical health . " Zhang Diming said that the set of sensors is connected to the smartphone.',
    ['the initial detection of physical health . "', 'Zhang Diming said that the set of sensors is connected to the smartphone.'],
  ],
  ['a ticker is not a glued stop (constructed)', 'Shares of Zhejiang Medicine (600884.SH) rose 3.2%. Wind data show it.', ['Shares of Zhejiang Medicine (600884.SH) rose 3.2%.', 'Wind data show it.']],
  ['a web address is not a glued stop (constructed)', 'See www.Xinhuanet.com for details. Then read on.', ['See www.Xinhuanet.com for details.', 'Then read on.']],
  ['initials and an initialism before a name stay (constructed)', 'The U.S. Treasury sanctioned them. J. K. Lee said so.', ['The U.S. Treasury sanctioned them.', 'J. K. Lee said so.']],
];

const wmt22Chinese: [string, string, string[]][] = [
  [
    'a full stop, a space and a closing quote (voa-voachinese.14597)',
    '通常情况下，住院和死亡发生的时间较晚，而我们进入这一波疫情的时间只有两周 。 ”与此同时，世界各地的科学家正在观察病例数和住院率。',
    ['通常情况下，住院和死亡发生的时间较晚，而我们进入这一波疫情的时间只有两周 。 ”', '与此同时，世界各地的科学家正在观察病例数和住院率。'],
  ],
  [
    'an exclamation inside closing quotes (xinhua-zh-01.104145)',
    '“这样，我们就能把手洗干净啦 ！”显色反应和细菌残留实验证明，效果一样。',
    ['“这样，我们就能把手洗干净啦 ！”', '显色反应和细菌残留实验证明，效果一样。'],
  ],
  ['a full-width straight quote closes too (constructed; chinese.macao.5817 closes quotes with ＂)', '他说：“典礼已经举行。＂随后大家合影。', ['他说：“典礼已经举行。＂', '随后大家合影。']],
];

describe('splitSentences on WMT22 news', () => {
  for (const [name, text, expected] of wmt22English) test(`en: ${name}`, () => assert.deepEqual(splitSentences(text, 'en').map((s) => s.text), expected));
  for (const [name, text, expected] of wmt22Chinese) test(`zh: ${name}`, () => assert.deepEqual(splitSentences(text, 'zh').map((s) => s.text), expected));
});

test("en: a straight single quote opens the next sentence (chinese.dw.com.4112, Online-B)", () => {
  const text = "and instigated 'color revolutions', with disastrous consequences. 'Democracy' has long been a 'weapon of mass destruction'.";
  assert.deepEqual(splitSentences(text, 'en').map((s) => s.text), ["and instigated 'color revolutions', with disastrous consequences.", "'Democracy' has long been a 'weapon of mass destruction'."]);
});
