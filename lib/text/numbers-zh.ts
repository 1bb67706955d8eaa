import { parseChineseAmount, parseChineseInteger } from './chinese-numerals';
import type { NumberMention } from './numbers';

export { parseChineseInteger } from './chinese-numerals';

const ATOM = '(?:[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?:点[零〇一二三四五六七八九]+)?)';
// "820 万美元": social and business text puts a space between the figure and its 万 or 亿.
const AMOUNT = `${ATOM}(?:(?:(?<=[0-9０-９]) )?[万亿]+(?:${ATOM})?)*`;
const NUMBER = new RegExp(`(第)?(百分之)?(${AMOUNT})([%％])?`, 'g');
const SMALL = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
const DATE = new RegExp(`(${SMALL})月(${SMALL})[日号]`, 'g');
const DAYTIME = '(上午|下午|晚上|早上|凌晨|中午|傍晚|晚间)?';
const TIME = new RegExp(
  `${DAYTIME}(?:([0-9０-９]{1,2})[:：]([0-9０-９]{2})|(${SMALL}|两)[点时](?:(${SMALL}|[零〇][一二三四五六七八九]|[0-9０-９]{1,2})分|(半))?)`,
  'g',
);
const AFTERNOON = new Set(['下午', '晚上', '傍晚', '晚间']);

/** Measure words and units that make a lone Chinese digit a number (一城 is not; 一个 is). */
const COUNTED = /^[个名次年月日号届项家人位条种批座所倍场件户台辆吨亩米元岁天周期轮时分秒公千平兆万亿%％]/;

/** Units as the English side writes them, so 兆瓦 meets MW and 亿元 meets yuan. */
const UNITS: [RegExp, string][] = [
  [/^个百分点/, 'point'],
  [/^(兆瓦|MW)/, 'MW'],
  [/^(千瓦|kW)/, 'kW'],
  [/^(平方公里|平方千米|km²|km2)/, 'km2'],
  [/^(平方米|㎡|m²|平米)/, 'm2'],
  [/^(公里|千米|km)/, 'km'],
  [/^(公斤|千克|kg)/, 'kg'],
  [/^(米)/, 'm'],
  [/^(美元)/, 'USD'],
  [/^(元|块钱)/, 'yuan'],
  [/^(吨)/, 't'],
  [/^(亩)/, 'mu'],
];

type Span = Pick<NumberMention, 'start' | 'end'>;
const overlaps = (spans: Span[], start: number, end: number) => spans.some((s) => start < s.end && end > s.start);

/** 2022-01-17, 2022/1/17: a date written with digits and dashes or slashes, as datelines do. */
const DIGIT_DATE = /(?<![\d.])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d.])/g;

function digitDates(text: string): NumberMention[] {
  if (!/\d{4}[-/]\d/.test(text)) return [];
  return [...text.matchAll(DIGIT_DATE)].flatMap((m) => {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return [];
    const dayStart = m.index! + m[1]!.length + 1;
    return [
      { value: year, kind: 'year' as const, start: m.index!, end: m.index! + 4, raw: m[1]! },
      { value: month * 100 + day, kind: 'month-day' as const, month, day, start: dayStart, end: m.index! + m[0].length, raw: m[0].slice(5) },
    ];
  });
}

export function extractChineseNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [...timeMentions(text), ...digitDates(text)];
  for (const m of text.matchAll(DATE)) {
    const month = smallNumber(m[1]!);
    const day = smallNumber(m[2]!);
    if (!month || !day || month > 12 || day > 31 || overlaps(found, m.index, m.index + m[0].length)) continue;
    found.push({ value: month * 100 + day, kind: 'month-day', month, day, start: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  for (const m of text.matchAll(NUMBER)) {
    if (overlaps(found, m.index, m.index + m[0].length)) continue;
    const mention = numberMention(m, text);
    if (mention) found.push(mention);
  }
  return mergeRanges(found.sort((a, b) => a.start - b.start), text);
}

function smallNumber(text: string): number | null {
  return /^[0-9０-９]/.test(text) ? Number(text.replace(/[０-９]/g, (ch) => String(ch.charCodeAt(0) - 0xff10))) : parseChineseInteger(text);
}

/** 17:52, 下午3点, 八点半, 上午9时30分. A bare 三点 stays a number: it is as often "three points". */
function timeMentions(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(TIME)) {
    const [raw, daytime, hh, mm, chineseHour, chineseMinute, half] = m as unknown as (string | undefined)[];
    if (chineseHour && !daytime && !chineseMinute && !half) continue;
    let hour = smallNumber(hh ?? chineseHour!.replace('两', '二'));
    const minute = half ? 30 : smallNumber(mm ?? chineseMinute ?? '0');
    if (hour === null || minute === null || hour > 24 || minute > 59) continue;
    if (daytime && AFTERNOON.has(daytime) && hour < 12) hour += 12;
    out.push({ value: hour * 100 + minute, kind: 'time', start: m.index!, end: m.index! + raw!.length, raw: raw! });
  }
  return out;
}

function numberMention(m: RegExpMatchArray, text: string): NumberMention | null {
  const [raw, ordinal, percentPrefix, spaced, percentSuffix] = m as unknown as (string | undefined)[];
  const body = spaced!.replace(/ /g, '');
  const start = m.index!;
  let end = start + raw!.length;
  const after = text.slice(end);
  const value = parseChineseAmount(body);
  const percent = Boolean(percentPrefix || percentSuffix);
  if (value === null || !isNumeral(body, Boolean(ordinal) || percent, after)) return null;
  const unit = UNITS.find(([re]) => re.test(after))?.[1];
  if (unit === 'point') return { value, kind: 'percent', unit, start, end, raw: raw! }; // 15个百分点: percentage points
  const mention = classify(value, Boolean(ordinal), percent, body, after);
  if (mention.kind === 'year' || mention.kind === 'month' || mention.kind === 'day') end += 1; // the 年/月/日 belongs to the date
  const keepUnit = unit && mention.kind === 'number';
  return { ...mention, ...(keepUnit ? { unit } : {}), start, end, raw: text.slice(start, end) };
}

const RANGE_DASH = /^[至到~～\-－—–]$/;

/** 3至5公里, 10%-20%, 2019年至2022年: two mentions joined by a dash are one range. */
function mergeRanges(found: NumberMention[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const mention of found) {
    const previous = out.at(-1);
    const joinable = (m?: NumberMention) => m && ['number', 'percent', 'year'].includes(m.kind);
    if (previous && joinable(previous) && joinable(mention) && RANGE_DASH.test(text.slice(previous.end, mention.start)) && mention.value > previous.value) {
      const unit = mention.kind === 'percent' || previous.kind === 'percent' ? '%' : mention.unit;
      out[out.length - 1] = { value: previous.value, to: mention.value, kind: 'range', ...(unit ? { unit } : {}), start: previous.start, end: mention.end, raw: text.slice(previous.start, mention.end) };
    } else out.push(mention);
  }
  return out;
}

/** A bare Chinese numeral counts only where it is used as one: 一个, 十五, 二〇二二年; not 统一, 一城四区, 十分重要. */
function isNumeral(body: string, marked: boolean, after: string): boolean {
  if (marked || /^[0-9０-９]/.test(body) || /[万亿]/.test(body)) return true;
  if (body === '十' && /^分(?!钟)/.test(after)) return false;
  if (/[十百千]/.test(body)) return true;
  // A run of bare digits is a year written digit by digit (二〇二一年, 一九九八年); 一二三年级,
  // 两三年, 三四五六 are lists and approximations ("grades 1, 2 and 3", "two or three years").
  if (body.length >= 2) return /^年(?!级)/.test(after) && (body.length === 4 || /[〇零]/.test(body));
  return COUNTED.test(after);
}

function classify(value: number, ordinal: boolean, percent: boolean, body: string, after: string): Omit<NumberMention, 'start' | 'end' | 'raw'> {
  if (percent) return { value, kind: 'percent' };
  if (ordinal) return { value, kind: 'ordinal' };
  const integer = Number.isInteger(value) && !/[万亿]/.test(body);
  if (integer && /^年/.test(after) && value >= 1000 && value <= 2999) return { value, kind: 'year' };
  if (integer && /^月/.test(after) && value >= 1 && value <= 12) return { value, kind: 'month', month: value };
  if (integer && /^[日号]/.test(after) && value >= 1 && value <= 31) return { value, kind: 'day', day: value };
  return { value, kind: 'number' };
}
