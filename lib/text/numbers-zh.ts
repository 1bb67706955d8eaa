import type { NumberMention } from './numbers';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const UNITS: [RegExp, string][] = [
  [/^(兆瓦|MW)/, 'MW'],
  [/^(千瓦|kW)/, 'kW'],
  [/^平方公里/, 'km2'],
  [/^(平方米|㎡|m²)/, 'm2'],
  [/^(公里|千米|km)/, 'km'],
  [/^(亿元|万元|元)/, 'yuan'],
  [/^(吨)/, 't'],
  [/^(亩)/, 'mu'],
];

/** Chinese numerals with the small units: 三十 = 30, 两千三百零五 = 2305, 十五 = 15. */
export function parseChineseInteger(text: string): number | null {
  if (/^[零〇一二两三四五六七八九]{2,}$/.test(text) && !/[十百千]/.test(text)) {
    return Number([...text].map((ch) => DIGIT[ch]).join('')); // 二〇二二 read digit by digit
  }
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in SMALL_UNIT) {
      total += (digit ?? 1) * SMALL_UNIT[ch]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** Applies 万 and 亿 in any combination: 3亿5000万 needs the caller; 30亿 = 3e9, 1.5万亿 = 1.5e12. */
function magnitude(marks: string): number {
  let factor = 1;
  for (const ch of marks) factor *= ch === '万' ? 1e4 : 1e8;
  return factor;
}

const NUMBER = /(第)?(百分之)?([0-9０-９]+(?:[.,][0-9０-９]+)*|[零〇一二两三四五六七八九十百千]+)([万亿]*)(%|％)?/g;
/** Measure words and units that make a bare Chinese numeral a number (一城 is not; 一个 is). */
const COUNTED = /^[个名次年月日号届项家人位条种批座所倍场件户台辆吨亩米元岁天周期轮点时分秒公千平兆%％万亿]/;

export function extractChineseNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [raw, ordinal, percentPrefix, body, marks, percentSuffix] = m as unknown as string[];
    const after = text.slice(m.index + raw!.length);
    const arabic = /^[0-9０-９]/.test(body!);
    const base = arabic ? Number(toHalfWidth(body!).replace(/,/g, '')) : parseChineseInteger(body!);
    if (base === null || Number.isNaN(base)) continue;
    if (!arabic && !ordinal && !percentPrefix && !marks && !/[十百千]/.test(body!) && body!.length < 2 && !COUNTED.test(after)) continue;
    if (!arabic && !ordinal && !percentPrefix && body!.length >= 2 && !/[十百千]/.test(body!) && !/^年/.test(after)) continue;
    const mention = classify(base * magnitude(marks!), Boolean(ordinal), Boolean(percentPrefix || percentSuffix), after);
    const unit = UNITS.find(([re]) => re.test(after));
    found.push({ ...mention, ...(unit ? { unit: unit[1] } : {}), start: m.index, end: m.index + raw!.length, raw: raw! });
  }
  return mergeMonthDays(found, text);
}

function classify(value: number, ordinal: boolean, percent: boolean, after: string): Omit<NumberMention, 'start' | 'end' | 'raw'> {
  if (percent) return { value, kind: 'percent' };
  if (ordinal) return { value, kind: 'ordinal' };
  if (/^年/.test(after) && value >= 1000) return { value, kind: 'year' };
  if (/^月/.test(after) && value >= 1 && value <= 12) return { value, kind: 'month', month: value };
  if (/^[日号]/.test(after) && value >= 1 && value <= 31) return { value, kind: 'day', day: value };
  if (/^[:：][0-9]{2}/.test(after)) return { value, kind: 'time' };
  return { value, kind: 'number' };
}

/** 2月18日 is one date, not a month and a day. */
function mergeMonthDays(found: NumberMention[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const mention of found) {
    const previous = out.at(-1);
    if (mention.kind === 'day' && previous?.kind === 'month' && text.slice(previous.end, mention.start) === '月') {
      out[out.length - 1] = { ...previous, kind: 'month-day', day: mention.day, value: previous.month! * 100 + mention.day!, end: mention.end + 1, raw: text.slice(previous.start, mention.end + 1) };
    } else out.push(mention);
  }
  return out;
}

function toHalfWidth(text: string): string {
  return text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
