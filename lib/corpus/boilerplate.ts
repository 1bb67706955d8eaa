/**
 * Rules that tell scraper leftovers from article text, for Chinese and English news pages.
 * They look at whole lines, since scrapers add whole blocks: navigation, counters,
 * comment forms, share bars, related-news lists, link farms, copyright footers.
 */

import { bothScripts } from './variants';

/** A heading after which nothing belongs to the article. */
const TAIL_MARKERS = [
  /^[【\[]?(相关资讯|相关新闻|相关阅读|相关文章|相关链接|相关报道|延伸阅读|推荐阅读|热点推荐|热门推荐|热门文章|最新文章|猜你喜欢|友情链接|网友评论|发表评论|精彩推荐|图片新闻|更多阅读)[】\]]?[:：]?$/,
  /^(Related (posts|news|articles|stories|content|links)|You may also like|You might also like|Read more|Read also|More from .{1,40}|More stories|Recent posts|Popular posts|Trending( now)?|Leave a (Reply|Comment)|\d* ?Comments?|Share this( article| story)?|Like this|Recommended( for you)?)[:：]?$/i,
].map(bothScripts);

const NOISE_LINES: RegExp[] = [
  // Breadcrumbs: "Home > Domestic", "首页 > 新闻 > 本地", "当前位置：首页"
  /^(Home|首页|当前位置|您的位置|你的位置|您现在的位置)\s*[>»›:：]/i,
  /^[^。.!?！？]{1,40}(\s*[>»›]\s*[^。.!?！？>»›]{1,20}){2,}$/,
  // Comment forms
  /^(Your email address will not be published|Required fields are marked|Save my name, email|Post Comment|Cancel reply|Logged in as)/i,
  // Copyright footers
  /(©|版权所有|All rights reserved|Copyright\s*(©|\(c\))?\s*\d{4}|未经授权.{0,10}(转载|复制))/i,
  // Editors and reviewers of the web page, not of the article: "(责任编辑:张文卫)"
  /^[（(【\[]?\s*(责任编辑|责编|编辑|审核|校对|监制|值班编辑|网络编辑)\s*[:：]/,
  // Counters and page tools
  /^(浏览|阅读|点击|访问|Views?|Hits)\s*(次数|量|数)?\s*[:：]?\s*\d+\s*(次)?$/i,
  /^\d+\s*(℃|°C)$/,
  /^[【\[]?(上一篇|下一篇|上一条|下一条|分享到|分享至|扫一扫|微信扫一扫|打印本页|打印|关闭窗口|关闭|返回顶部|返回首页|收藏本页|字号|纠错)([】\]:：\s]|$)/,
  /^(【(打印|关闭|收藏|纠错|大|中|小)】\s*)+$/,
  /^((微信|手机)?扫一扫|分享到|关注我们|打开微信).{0,20}$/,
  /^(Share|Share on \w+|Tweet|Print|Email|Subscribe|Loading\.\.\.|Like this)[:：]?$/i,
  /^((Previous|Next) (post|article)\s*[:：]?|Tags?\s*[:：]|Filed under\s*[:：]?|Posted in\s|Click to share on\s)/i,
  /^(原标题|本文来源|转载请注明)[:：]/,
].map(bothScripts);

/** Leftovers are short lines; a long paragraph is article text (and not worth a dozen regexes). */
const MAX_LEFTOVER_LINE = 300;
const trimmed = (line: string) => line.trim();

export function isTailMarker(line: string): boolean {
  if (line.length > MAX_LEFTOVER_LINE) return false;
  const text = trimmed(line);
  return TAIL_MARKERS.some((re) => re.test(text));
}

export function isNoiseLine(line: string): boolean {
  if (line.length > MAX_LEFTOVER_LINE) return false;
  const text = trimmed(line);
  return NOISE_LINES.some((re) => re.test(text));
}

/** Teasers are a few lines at most; longer paragraphs are article text. */
const MAX_LEAD_LENGTH = 600;
const MIN_LEAD_LENGTH = 20;
const squash = (text: string) => text.replace(/[\s\u3000]+/g, '');

/**
 * A scraped lead that repeats, cut off, what the following paragraphs say: the teaser the
 * site shows before the article ("全面融入… 就"). Its squashed text starts the squashed
 * text of what follows it.
 */
export function isDuplicateLead(paragraph: string, following: string[]): boolean {
  if (paragraph.length > MAX_LEAD_LENGTH || following.length === 0) return false;
  const lead = squash(paragraph);
  if (lead.length < MIN_LEAD_LENGTH) return false;
  let rest = '';
  for (const next of following) {
    rest += squash(next);
    if (rest.length >= lead.length) break;
  }
  return rest.startsWith(lead);
}

/** The headline printed a second time under the breadcrumbs. */
export function isRepeatedTitle(paragraph: string, title: string): boolean {
  if (paragraph.length > title.length * 2 + 10) return false;
  return squash(paragraph) === squash(title);
}
