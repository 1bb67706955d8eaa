/** Date, source and byline found in an article's header lines or glued to its end. */
export interface Metadata {
  date: string | null;
  source: string | null;
  byline: string | null;
}

const DATE_PATTERNS: RegExp[] = [
  /(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/,
  /(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/,
  /(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/,
];

const pad = (value: string) => value.padStart(2, '0');

/** Finds a date with its time: "2022-10-08 17:52:22", or "2022-07-24" when no time is given. */
export function findDate(line: string): { date: string; start: number; end: number } | null {
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const [, y, mo, d, h, mi, s] = m;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) continue;
    const day = `${y}-${pad(mo!)}-${pad(d!)}`;
    const time = h && mi ? ` ${pad(h)}:${mi}${s ? `:${s}` : ''}` : '';
    return { date: day + time, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * A line that is only a date stamp and scraper noise around it: "2022-07-24 0 By",
 * "2021-11-24 22:46:15 17 ℃", "时间:2022-10-08 17:52:22 | 浏览:2804".
 */
export function dateLine(line: string): string | null {
  if (line.length > 80) return null;
  const found = findDate(line);
  if (!found) return null;
  const rest = (line.slice(0, found.start) + line.slice(found.end)).replace(/[\s|｜:：·•/-]+/g, ' ').trim();
  const noise = rest.replace(/(时间|日期|发布时间|发布日期|浏览|阅读|点击|次|Views?|By|Posted|on|\d+|℃|°C)/gi, '').trim();
  return noise.length <= 12 ? found.date : null;
}

const ZH_SOURCE = /^[（(]?\s*来源[:：]\s*([^\s)）|｜]+)\s*([^)）]*)[)）]?$/;
const ZH_BYLINE = /^[（(]?\s*((?:记者|通讯员|作者|文|撰稿)[:：\s]\s*[^)）]{1,40})[)）]?$/;

/** A line saying where the article comes from: "(来源:长治日报 记者 王轶)", "Source: Bincheng Times". */
export function sourceLine(line: string): { source: string | null; byline: string | null } | null {
  if (line.length > 60) return null;
  const zh = ZH_SOURCE.exec(line);
  if (zh) return { source: zh[1]!.trim(), byline: zh[2]?.trim() || null };
  const by = ZH_BYLINE.exec(line);
  if (by) return { source: null, byline: by[1]!.trim() };
  const en = /^Source\s*[:：]\s*(.{2,60})$/i.exec(line);
  if (en) return { source: en[1]!.trim(), byline: null };
  if (/^(Reporter|Editor|By)\s*[|｜:]/i.test(line)) return { source: null, byline: line.trim() };
  return null;
}

/**
 * Metadata the scraper glued to the end of the last paragraph, without a space:
 * "...attended the meeting.Source: Bincheng Times", "...made a statement.Reporter | Yue Dahai".
 * Returns the paragraph without it.
 */
const GLUED_TAIL = /(?<=[.!?。！？”"’)])\s*((?:Source\s*[:：]|Reporter\s*[|｜]|Editor\s*[|｜:]|[（(]来源[:：]).{1,80})$/i;

export function gluedTail(paragraph: string): { text: string; source: string | null; byline: string | null } | null {
  const offset = Math.max(0, paragraph.length - 120);
  const tail = GLUED_TAIL.exec(paragraph.slice(offset));
  if (!tail || offset + tail.index < 20) return null;
  tail.index += offset;
  const found = sourceLine(tail[1]!.trim());
  if (!found) return null;
  return { text: paragraph.slice(0, tail.index).trimEnd(), ...found };
}
