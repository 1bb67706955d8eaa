import { findDate } from './dates';
import { bothScripts } from './variants';

export { findDate } from './dates';

/** Date, source and byline found in an article's header lines or glued to its end. */
export interface Metadata {
  date: string | null;
  source: string | null;
  byline: string | null;
}

export const noMetadata = (): Metadata => ({ date: null, source: null, byline: null });

/** Metadata lines are short; a long line is article text even when it mentions a date. */
const MAX_METADATA_LINE = 100;

const ZH_SOURCE = bothScripts(/^(?:文章|本文|信息)?来源\s*[:：]\s*([^\s|｜]+)\s*([^|｜]*)$/);
const EN_SOURCE = /^Source\s*[:：]\s*([^|｜]{2,60})$/i;
// Names only: "记者：你们的计划是什么？" is an interview question, not a byline.
const ZH_BYLINE = bothScripts(/^(?:本报记者|记者|通讯员|作者|撰稿|撰文|文|摄影?)\s*[:：/\s]\s*[^\s，。？！,?!；;][^，。？！,?!；;]{0,29}$/);
const EN_BYLINE = /^(?:(?:Reporter|Editor|Writer|Author|Correspondent)\s*[|｜:：]|By\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}$)/;
/** View counters and page furniture that share a line with the date. */
const PAGE_FURNITURE = bothScripts(/^(?:(?:浏览|阅读|点击|访问|浏览次数|阅读量|点击数|Views?|Hits)\s*[:：]?\s*\d+\s*次?|\d+\s*(?:℃|°C)|【?\s*字号\s*[:：]?\s*[大中小\s]*】?|(?:责任编辑|编辑)\s*[:：]\s*\S{1,10})$/i);
/** Where a header line's fields part: bars, wide gaps, or a space before the next label. */
const SEGMENT_BREAK = bothScripts(/\s*[|｜]\s*|\s{2,}|\u3000+|\s+(?=(?:来源|作者|记者|责任编辑|编辑|浏览|阅读|点击|时间|发布时间|发布日期|字号)\s*[:：])|\s+(?=\d{4}[-年/.]\d)/);
const DATE_LABELS = bothScripts(/(发布时间|发布日期|更新时间|时间|日期|Posted on|Published|Updated|Date|Posted)\s*[:：]?/gi);
/** What the scraper leaves beside a date: "0 By" (comment count, empty author), "17 ℃". */
const DATE_NOISE = /^(?:\d+|By|On|℃|°C|\s)*$/i;

const unwrap = (text: string) => text.trim().replace(/^[（(]\s*(.*?)\s*[)）]$/, '$1');

/** "(来源:长治日报 记者 王轶)", "来源：新华网", "Source: Bincheng Times". */
export function readSource(line: string): Metadata | null {
  const text = unwrap(line);
  const zh = ZH_SOURCE.exec(text);
  if (zh) return { date: null, source: zh[1]!, byline: zh[2]!.trim() || null };
  const en = EN_SOURCE.exec(text);
  if (en) return { date: null, source: en[1]!.trim(), byline: null };
  return null;
}

/** "记者 王轶", "Reporter | Yue Dahai Cao Hongmei editor | CAI Yu", "By Zhang Yufeng". */
export function readByline(line: string): Metadata | null {
  const text = unwrap(line);
  if (text.length > 80) return null;
  return ZH_BYLINE.test(text) || EN_BYLINE.test(text) ? { date: null, source: null, byline: text } : null;
}

/** A date stamp with nothing but labels and scraper noise around it. */
function readDateSegment(segment: string): Metadata | null {
  const found = findDate(segment);
  if (!found) return null;
  const rest = (segment.slice(0, found.start) + segment.slice(found.end)).replace(DATE_LABELS, ' ');
  return DATE_NOISE.test(rest) ? { date: found.date, source: null, byline: null } : null;
}

/**
 * Reads a line that holds only metadata: a source, a byline, or a header line made of a
 * date, a source, a byline and counters between separators ("时间:2022-10-08 17:52:22 |
 * 浏览:2804", "2022-07-24 0 By"). Returns null for article text.
 */
export function readMetadataLine(line: string): Metadata | null {
  if (line.length > MAX_METADATA_LINE) return null;
  const whole = findDate(line) ? null : (readSource(line) ?? readByline(line));
  if (whole) return whole;
  const found = noMetadata();
  let dated = false;
  for (const segment of line.split(SEGMENT_BREAK).filter((s) => s.trim() !== '')) {
    const part = readDateSegment(segment) ?? readSource(segment) ?? readByline(segment);
    if (part) {
      found.date ??= part.date;
      found.source ??= part.source;
      found.byline ??= part.byline;
      dated ||= part.date !== null;
    } else if (!PAGE_FURNITURE.test(segment.trim())) {
      return null;
    }
  }
  // Counters alone are page furniture, not metadata: the boilerplate rules take them.
  return dated || found.source || found.byline ? found : null;
}

/**
 * What the scraper glued to the end of the last paragraph, often without a space:
 * "...attended the meeting.Source: Bincheng Times", "...made a statement.Reporter | Yue
 * Dahai", "…。(责任编辑:张三)". Returns the paragraph without it.
 */
const GLUED_TAIL = bothScripts(/(?<=[.!?。！？”"’)）])\s*((?:Source\s*[:：]|Reporter\s*[|｜]|Editor\s*[|｜:：]|[（(](?:来源|责任编辑|编辑|记者)[:：\s]).{1,80})$/i);

const EDITOR_TAIL = bothScripts(/^[（(](责任编辑|编辑)/);

export interface GluedTail {
  text: string;
  tail: string;
  meta: Metadata | null;
}

export function splitGluedTail(paragraph: string): GluedTail | null {
  const offset = Math.max(0, paragraph.length - 120);
  const match = GLUED_TAIL.exec(paragraph.slice(offset));
  if (!match || offset + match.index < 20) return null;
  const tail = match[1]!.trim();
  const meta = readSource(tail) ?? readByline(tail);
  if (!meta && !EDITOR_TAIL.test(tail)) return null;
  return { text: paragraph.slice(0, offset + match.index).trimEnd(), tail, meta };
}
