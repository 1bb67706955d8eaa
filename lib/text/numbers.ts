import { extractChineseNumbers } from './numbers-zh';
import { extractEnglishNumbers } from './numbers-en';

export type NumberKind = 'number' | 'percent' | 'ordinal' | 'year' | 'month-day' | 'month' | 'day' | 'time';

/** A number as the text says it, with its value on one scale: 30亿 and "3 billion" are both 3e9. */
export interface NumberMention {
  value: number;
  kind: NumberKind;
  /** Normalised unit when one follows: 'km', 'm2', 'MW', 'yuan', … */
  unit?: string;
  month?: number;
  day?: number;
  start: number;
  end: number;
  raw: string;
}

export function extractNumbers(text: string, lang: 'zh' | 'en'): NumberMention[] {
  return lang === 'zh' ? extractChineseNumbers(text) : extractEnglishNumbers(text);
}

/** Equal values, within float noise (7.5亿 = 750,000,000; 0.1 + 0.2 = 0.3). */
export function sameQuantity(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A key that is equal for mentions a translation should carry over: "#3000000000", "@2-18". */
export function numberKey(mention: NumberMention): string {
  if (mention.kind === 'month-day') return `@${mention.month}-${mention.day}`;
  if (mention.kind === 'day') return `@d${mention.day}`;
  if (mention.kind === 'month') return `@m${mention.month}`;
  return `#${Number(mention.value.toPrecision(12))}`;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
