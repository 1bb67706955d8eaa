import { extractNumbers, sameQuantity, type NumberMention } from '../../text/numbers';
import { defineCheck } from '../types';

/** How English news would write a value: 3000000000 → "3 billion", 10000 → "10,000". */
export function englishQuantity(m: NumberMention): string {
  if (m.kind === 'month-day') return `${MONTHS[m.month! - 1]} ${m.day}`;
  if (m.kind === 'percent') return `${m.value}%`;
  if (m.kind === 'ordinal') return ordinal(m.value);
  const v = m.value;
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (Math.abs(v) >= scale) return `${Number((v / scale).toPrecision(6))} ${word}`;
  }
  return v >= 1e4 ? v.toLocaleString('en') : String(v);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

const chineseCache = new Map<string, NumberMention[]>();

/** The Chinese of a row is checked again on every edit of its English: its numbers are read once. */
function chineseNumbers(source: string): NumberMention[] {
  let numbers = chineseCache.get(source);
  if (!numbers) {
    if (chineseCache.size > 20_000) chineseCache.clear();
    chineseCache.set(source, (numbers = extractNumbers(source, 'zh')));
  }
  return numbers;
}

/** "一个", "两项": one and two are often "a", "both" or dropped; only digits count for them. */
const isLooseSmallNumber = (m: NumberMention) => m.kind === 'number' && m.value <= 2 && !/[0-9０-９]/.test(m.raw);

/** 几十, 数百, 十多, 上千: approximate amounts English writes as "dozens", "hundreds". */
const isApproximate = (source: string, m: NumberMention) =>
  /[几数上]$/.test(source.slice(0, m.start)) || /^[多余来几]/.test(source.slice(m.end)) || /^[十百千万亿]+$/.test(m.raw);

/** A number, amount, percentage, date or ordinal of the Chinese that the English does not carry over. */
export default defineCheck({
  id: 'number-mismatch',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  describe: 'Numbers, amounts and dates that differ between Chinese and English (30亿 vs "3 million")',
  run({ source, target }) {
    if (!source) return [];
    const english = extractNumbers(target, 'en');
    return chineseNumbers(source)
      .filter((zh) => !isLooseSmallNumber(zh) && !isApproximate(source, zh) && !english.some((en) => sameQuantity(zh, en, { rounded: true })))
      .map((zh) => {
        const expected = englishQuantity(zh);
        const near = english.filter((en) => en.kind === zh.kind || zh.kind === 'number').map((en) => en.raw);
        return {
          message: `${zh.raw} is ${expected}, but the English ${near.length ? `says ${near.slice(0, 3).map((r) => `"${r}"`).join(', ')}` : 'has no such number'}`,
          sourceSpan: [zh.start, zh.end] as [number, number],
        };
      });
  },
});
