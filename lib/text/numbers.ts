import { extractChineseNumbers } from './numbers-zh';
import { extractEnglishNumbers } from './numbers-en';

/**
 * What a number is used for. `month` is a month alone (10月, "in October"); `time` values
 * are hour × 100 + minute on a 24-hour clock (17:52 → 1752, "5:52 p.m." → 1752), as
 * `month-day` values are month × 100 + day (2月18日 → 218), so equal dates compare equal.
 */
export type NumberKind = 'number' | 'percent' | 'ordinal' | 'year' | 'month-day' | 'month' | 'day' | 'time' | 'range';

/** A number as the text says it, with its value on one scale: 30亿 and "3 billion" are both 3e9. */
export interface NumberMention {
  /** The value; for a range its low end. */
  value: number;
  kind: NumberKind;
  /** The high end of a range (3至5公里 → value 3, to 5). */
  to?: number;
  /** Normalised unit when one follows: 'km', 'km2', 'm2', 'MW', 'kW', 'yuan', 'USD', 't', 'mu', '%' (ranges of percent), 'point' (percentage points). */
  unit?: string;
  month?: number;
  day?: number;
  /** Offsets into the text given; `raw` is text.slice(start, end). */
  start: number;
  end: number;
  raw: string;
}

const englishCache = new Map<string, NumberMention[]>();

/**
 * The numbers of a text. English rows are read by several checks in one run, so their
 * mentions are cached and shared: read them, never change them (`keep: false` for a whole
 * article read once, which is not worth keeping).
 */
export function extractNumbers(text: string, lang: 'zh' | 'en', keep = true): NumberMention[] {
  if (lang === 'zh') return extractChineseNumbers(text);
  let mentions = englishCache.get(text);
  if (!mentions) {
    mentions = extractEnglishNumbers(text);
    if (!keep) return mentions;
    if (englishCache.size > 20_000) englishCache.clear();
    englishCache.set(text, mentions);
  }
  return mentions;
}

export interface QuantityOptions {
  /**
   * Accept a value the other side rounded to fewer significant figures: 32.15亿 said as
   * "3.2 billion". Off by default: exact is what a number check should ask first.
   */
  rounded?: boolean;
}

/**
 * The same quantity on both sides, whatever scale words wrote it: 30亿 = "3 billion" =
 * 3,000,000,000; 1万 = "10,000" = "10 thousand". Takes plain values or mentions; for
 * mentions, dates compare by month and day, ranges by both ends.
 */
export function sameQuantity(a: number | NumberMention, b: number | NumberMention, options: QuantityOptions = {}): boolean {
  if (typeof a === 'number' || typeof b === 'number') return sameValue(valueOf(a), valueOf(b), options);
  if (a.kind === 'month-day' || b.kind === 'month-day') return a.month === b.month && a.day === b.day;
  if (a.kind === 'range' || b.kind === 'range') {
    return sameValue(a.value, b.value, options) && sameValue(a.to ?? a.value, b.to ?? b.value, options);
  }
  return sameValue(a.value, b.value, options);
}

const valueOf = (x: number | NumberMention) => (typeof x === 'number' ? x : x.value);

function sameValue(a: number, b: number, { rounded = false }: QuantityOptions): boolean {
  if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) return true;
  if (!rounded || a === 0 || b === 0) return false;
  const figures = Math.min(significantFigures(a), significantFigures(b));
  // A small round number (10, 20, 300) is not a rounding of its neighbours: 10日 is not "11".
  if (figures === 1 && Math.min(Math.abs(a), Math.abs(b)) < 1000) return false;
  return sameValue(Number(a.toPrecision(figures)), Number(b.toPrecision(figures)), {});
}

function significantFigures(value: number): number {
  const mantissa = Math.abs(value).toExponential().split('e')[0]!;
  return Math.min(15, mantissa.replace('.', '').length);
}

/** A key that is equal for mentions a translation should carry over: "#3000000000", "@2-18", "@t1752". */
export function numberKey(mention: NumberMention): string {
  if (mention.kind === 'month-day') return `@${mention.month}-${mention.day}`;
  if (mention.kind === 'day') return `@d${mention.day}`;
  if (mention.kind === 'month') return `@m${mention.month}`;
  if (mention.kind === 'time') return `@t${mention.value}`;
  return `#${Number(mention.value.toPrecision(12))}`;
}

/** Every key a mention gives: both ends of a range, and the day of a date (18日 meets "February 18"). */
export function numberKeys(mention: NumberMention): string[] {
  if (mention.kind === 'range') return [`#${Number(mention.value.toPrecision(12))}`, `#${Number(mention.to!.toPrecision(12))}`];
  if (mention.kind === 'month-day') return [numberKey(mention), `@d${mention.day}`, `@m${mention.month}`];
  return [numberKey(mention)];
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
