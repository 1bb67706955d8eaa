/**
 * Rules that tell scraper leftovers from article text. They look at whole lines, since
 * scrapers add whole blocks: navigation, counters, comment forms, related-news lists,
 * link farms, copyright footers.
 */

/** A heading after which nothing belongs to the article. */
const TAIL_MARKERS = [
  /^(相关资讯|相关新闻|相关阅读|相关文章|延伸阅读|推荐阅读|热点推荐|热门推荐|猜你喜欢|友情链接|网友评论|精彩推荐)[:：]?$/,
  /^(Related (posts|news|articles|stories)|You may also like|Read more|More from|Leave a (Reply|Comment)|Comments?|Share this)[:：]?$/i,
];

const NOISE_LINES: RegExp[] = [
  /^(Home|首页|当前位置|您的位置|你的位置)\s*[>»›:：]/i,
  /^Your email address will not be published/i,
  /(©|版权所有|All rights reserved|Copyright\s+\d{4})/i,
  /^[（(]?\s*(责任编辑|责编|编辑|审核|校对|监制)[:：]/,
  /^(浏览|阅读|点击|Views?)\s*[:：]?\s*\d+\s*(次)?$/i,
  /^(上一篇|下一篇|分享到|扫一扫|打印本页|关闭窗口|返回顶部|Share|Tweet|Print)([:：\s]|$)/i,
  /^\d+\s*(℃|°C)$/,
];

export function isTailMarker(line: string): boolean {
  return TAIL_MARKERS.some((re) => re.test(line.trim()));
}

export function isNoiseLine(line: string): boolean {
  return NOISE_LINES.some((re) => re.test(line.trim()));
}

/** Teasers are a few lines at most; longer paragraphs are article text. */
const MAX_LEAD_LENGTH = 600;

const squash = (text: string) => text.replace(/[\s\u3000]+/g, '');

/**
 * A scraped lead that repeats, cut off, what the following paragraphs say: the teaser the
 * site shows before the article ("全面融入… 就"). Its squashed text starts the squashed
 * text of what follows it.
 */
export function isDuplicateLead(paragraph: string, following: string[]): boolean {
  if (paragraph.length > MAX_LEAD_LENGTH || following.length === 0) return false;
  const lead = squash(paragraph);
  if (lead.length < 20) return false;
  let rest = '';
  for (const next of following) {
    rest += squash(next);
    if (rest.length >= lead.length) break;
  }
  return rest.startsWith(lead);
}

export function isRepeatedTitle(paragraph: string, title: string): boolean {
  if (paragraph.length > title.length * 2 + 10) return false;
  return squash(paragraph) === squash(title);
}
