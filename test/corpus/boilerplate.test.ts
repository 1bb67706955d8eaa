import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDuplicateLead, isNoiseLine, isRepeatedTitle, isTailMarker } from '../../lib/corpus/boilerplate';
import { paragraphsOf, separateBody } from '../../lib/corpus/body';

describe('isNoiseLine', () => {
  const flags = [
    'Home\u00a0>\u00a0Domestic',
    '首页 > 新闻中心 > 本地新闻',
    '当前位置：首页 > 要闻',
    'Your email address will not be published.',
    'Required fields are marked *',
    '今日长治 33922.cn©2022-2028版权所有',
    'Copyright © 2022 Bincheng Times. All rights reserved.',
    '(责任编辑:张文卫)',
    '【责任编辑：李明】',
    '浏览:2804',
    '阅读次数：35次',
    '17 ℃',
    '上一篇：我市召开全国文明城市创建推进会',
    '下一篇',
    '分享到：',
    '扫一扫在手机打开当前页',
    '【打印】【关闭】',
    'Tweet',
    'Previous post: City holds meeting',
    'Tags: civilized city, meeting',
    '原标题：全面融入“一城四区”',
  ];
  const passes = [
    'Hou Junsheng pointed out: civilization is a city’s business card.',
    'Print media in the city reported the meeting on Monday.',
    '上党区作为“一城四区”之一，有责任、有义务。',
    '编辑部的同志们参加了会议。',
    'Share prices rose 3% after the meeting.',
  ];
  for (const line of flags) test(`flags ${line}`, () => assert.equal(isNoiseLine(line), true));
  for (const line of passes) test(`passes ${line}`, () => assert.equal(isNoiseLine(line), false));
});

describe('isTailMarker', () => {
  const flags = ['相关资讯', '【相关新闻】', '友情链接', '推荐阅读：', 'Leave a Reply', 'Related posts', 'Related Articles:', 'You may also like', '3 Comments', 'Share this:'];
  const passes = ['相关资讯显示，我市经济稳步增长。', 'Leave a reply to the mayor’s letter by Friday, residents were told.', 'Related'];
  for (const line of flags) test(`flags ${line}`, () => assert.equal(isTailMarker(line), true));
  for (const line of passes) test(`passes ${line}`, () => assert.equal(isTailMarker(line), false));
});

describe('duplicates', () => {
  test('a truncated lead repeating the paragraphs after it', () => {
    const following = ['全面融入“一城四区” 努力建设“四宜”上党', '——访上党区委书记张驰', '“上党区作为‘一城四区’之一,有责任、有义务。”日前,上党区委书记张驰接受记者专访,就贯彻落实部署要求'];
    assert.equal(isDuplicateLead('全面融入“一城四区” 努力建设“四宜”上党——访上党区委书记张驰“上党区作为‘一城四区’之一,有责任、有义务。”日前,上党区委书记张驰接受记者专访,就', following), true);
    assert.equal(isDuplicateLead('上党区委书记张驰接受记者专访，谈转型发展和省域副中心城市建设。', following), false);
    assert.equal(isDuplicateLead('短句', ['短句，后面还有很多内容。']), false, 'too short to be a teaser');
  });
  test('the headline printed again', () => {
    assert.equal(isRepeatedTitle('Ningwu County held a meeting', 'Ningwu  County held a meeting'), true);
    assert.equal(isRepeatedTitle('Ningwu County held a meeting on Monday', 'Ningwu County held a meeting'), false);
  });
});

describe('separateBody on scraped pages', () => {
  test('an English blog page', () => {
    const page = [
      'Home > News > City',
      'City opens new park',
      'Posted on July 24, 2022',
      'By Li Ming',
      'The city opened a new park on Sunday.',
      'Thousands of residents attended the opening.',
      'Share this:',
      'Related posts',
      'Another story about the city',
      'Copyright © 2022 City News',
    ].join('\n');
    const { body, boilerplate, meta } = separateBody(paragraphsOf(page));
    assert.deepEqual(body, ['City opens new park', 'The city opened a new park on Sunday.', 'Thousands of residents attended the opening.']);
    assert.deepEqual(meta, { date: '2022-07-24', source: null, byline: 'By Li Ming' });
    assert.deepEqual(boilerplate, ['Home > News > City', 'Posted on July 24, 2022', 'By Li Ming', 'Share this:', 'Related posts', 'Another story about the city', 'Copyright © 2022 City News']);
  });

  test('a Chinese page with a header line, page tools and a footer', () => {
    const page = '市政府召开常务会议\r\n\r\n发布时间：2022年10月8日　来源：长治日报　浏览：35次\r\n\r\n　　10月8日，市政府召开常务会议。\r\n\r\n　　会议研究了城市建设工作。\r\n\r\n【打印】【关闭】\r\n\r\n上一篇：我市召开推进会\r\n\r\n版权所有 长治日报社';
    const { body, boilerplate, meta } = separateBody(paragraphsOf(page.replace(/\r\n/g, '\n')));
    assert.deepEqual(body, ['市政府召开常务会议', '10月8日，市政府召开常务会议。', '会议研究了城市建设工作。']);
    assert.deepEqual(meta, { date: '2022-10-08', source: '长治日报', byline: null });
    assert.equal(boilerplate.length, 4);
  });

  test('a Traditional-script page', () => {
    const page = ['市政府召開常務會議', '發佈時間：2022年10月8日 | 來源：長治日報 | 瀏覽：35', '10月8日，市政府召開常務會議。', '（責任編輯：張文衛）', '相關新聞', '另一則新聞', '版權所有 長治日報社'];
    const { body, boilerplate, meta } = separateBody(page);
    assert.deepEqual(body, ['市政府召開常務會議', '10月8日，市政府召開常務會議。']);
    assert.deepEqual(meta, { date: '2022-10-08', source: '長治日報', byline: null });
    assert.equal(boilerplate.length, 5);
  });

  test('a "Comments" heading before any article text does not swallow the article', () => {
    const { body } = separateBody(['Headline of the day', 'Comments', 'The article text follows the navigation.']);
    assert.deepEqual(body, ['Headline of the day', 'The article text follows the navigation.']);
  });

  test('a date late in the text stays in it', () => {
    const paragraphs = ['通知', '一、', '二、', '三、', '四、', '五、', '六、', '特此通知。', '2022年10月8日'];
    const { body, meta } = separateBody(paragraphs);
    assert.equal(body.at(-1), '2022年10月8日');
    assert.equal(meta.date, null);
  });

  test('markup is kept as text', () => {
    const { body } = separateBody(paragraphsOf('Title <img src=x onerror=alert(1)>\n<script>alert("x")</script> The mayor spoke.'));
    assert.deepEqual(body, ['Title <img src=x onerror=alert(1)>', '<script>alert("x")</script> The mayor spoke.']);
  });
});
