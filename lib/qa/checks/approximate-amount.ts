import { extractApproximateAmounts, type ApproximateAmount } from '../../text/approximate-zh';
import { extractNumbers, type NumberMention } from '../../text/numbers';
import { defineCheck } from '../define-check';
import type { RawFinding, Span } from '../types';

/**
 * Words English news hedges a figure with, just before it ("about 50", "more than 40 times",
 * "exceeding US $3 billion"); "the past 10 years" is how 近10年(来) is said.
 */
const HEDGE_BEFORE = /\b(?:[a-z]+er than|past|last|latest|previous|recent|about|around|approximately|approx\.|nearly|almost|more than|over|some|roughly|close to|at least|up to|upwards of|in excess of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|above|under|below|less than|fewer than|as many as|as much as|no less than|no fewer than|estimated|nigh on|an? (?:approximate|estimated)|tens of|hundreds of|thousands of)\s+(?:the\s+|a\s+|an\s+)?(?:US\s?\$|HK\$|\$|RMB\s?|USD\s?|¥|￥|€|£)?$|[~>＞<＜约]\s*$/i;
/** …and just after it ("50 or so", "40-odd", "10,000-plus", "5 years or more"). */
const HEDGE_AFTER = /^s\b|^(?:\s*|-)(?:[a-z]+\s+)?(?:or so|or more|or above|or over|and above|and more|odd|plus|\+|more)\b|^\+|^\s+(?:or|to)\s+(?:\d|[a-z]+ty\b|[a-z]+teen\b|one|two|three|four|five|six|seven|eight|nine|ten)/i;
/** Amounts English writes in words without a figure: "dozens", "hundreds of thousands", "over a dozen". */
const VAGUE = /\b(?:dozens|scores|hundreds|thousands|tens of thousands|hundreds of thousands|millions|tens of millions|hundreds of millions|billions|several|a few|a dozen|over a dozen|a couple of|more than (?:a|ten|twenty)|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s)\b/i;

/** Ages, decades and centuries have checks of their own (三四十岁 "in their 30s", 六七十年代 "the 1960s and 1970s"). */
const NOT_AN_AMOUNT = /^(?:年代|世纪|岁|多岁)/;

const cache = new Map<string, ApproximateAmount[]>();

function approximateAmounts(source: string): ApproximateAmount[] {
  let found = cache.get(source);
  if (!found) {
    if (cache.size > 20_000) cache.clear();
    found = extractApproximateAmounts(source).filter((a) => a.high >= 10 && !NOT_AN_AMOUNT.test(source.slice(a.end)));
    cache.set(source, found);
  }
  return found;
}

const within = (value: number, low: number, high: number) => value >= low * 0.999 && value <= high * 1.001;

/** An English figure the Chinese amount allows: inside a range, or the hedged figure itself (rounded). */
function allows(a: ApproximateAmount, en: NumberMention): boolean {
  const [low, high] = en.kind === 'range' ? [en.value, en.to ?? en.value] : [en.value, en.value];
  if (a.figure !== null) return within(a.figure, low * 0.95, high * 1.05) || within(low, a.figure * 0.95, a.figure * 1.05);
  return high >= a.low * 0.999 && low <= a.high * 1.001;
}

const hedged = (target: string, en: NumberMention) =>
  en.kind === 'range' || HEDGE_BEFORE.test(target.slice(Math.max(0, en.start - 30), en.start)) || HEDGE_AFTER.test(target.slice(en.end, en.end + 16));

const sameOrder = (a: ApproximateAmount, en: NumberMention) => en.kind === 'number' && en.value >= a.low / 10 && en.value <= a.high * 10 && en.value >= 10;

/**
 * An approximate Chinese amount (一万六七千, 三四十, 十几万, 上千, 约50, 40余, 近3000)
 * that the English gives as an exact figure ("167,000 yuan", "50 people" with no "about")
 * or as a figure the Chinese does not allow. English that hedges the figure ("about 50",
 * "more than 40", "16,000 to 17,000") or says it in words ("thousands") passes.
 */
export default defineCheck({
  id: 'approximate-amount',
  category: 'Accuracy/Mistranslation',
  severity: 'minor',
  describe: 'An approximate Chinese amount (一万六七千, 约50, 40余) given as an exact or a different figure',
  run({ source, target }) {
    if (!source) return [];
    const amounts = approximateAmounts(source);
    if (amounts.length === 0) return [];
    const english = extractNumbers(target, 'en').filter((en) => en.kind === 'number' || en.kind === 'range' || en.kind === 'percent');
    const findings: RawFinding[] = [];
    for (const a of amounts) {
      const sourceSpan: Span = [a.start, a.end];
      const match = english.find((en) => allows(a, en));
      // 几十年, 数十枚 said "dozens of": the figure the range allows is another number of the sentence.
      if (/^[几数上成]/.test(a.raw) && VAGUE.test(target)) continue;
      if (match) {
        if (hedged(target, match)) continue;
        findings.push({ message: `${a.raw} is approximate, but the English gives "${match.raw}" as an exact figure: say "about", "more than" or "nearly"`, sourceSpan, targetSpan: [match.start, match.end] });
        continue;
      }
      if (VAGUE.test(target)) continue;
      const exact = extractNumbers(source, 'zh');
      const other = english.find((en) => sameOrder(a, en) && !exact.some((zh) => zh.value === en.value && (zh.start >= a.end || zh.end <= a.start)));
      if (!other || amounts.some((b) => b !== a && allows(b, other))) continue;
      const range = a.figure !== null ? String(a.figure) : `${a.low.toLocaleString('en')}–${a.high.toLocaleString('en')}`;
      findings.push({ message: `${a.raw} is about ${range}, but the English says "${other.raw}"`, sourceSpan, targetSpan: [other.start, other.end] });
    }
    return findings;
  },
});
