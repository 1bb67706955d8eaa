import { joinedPinyin, lookup } from '../../bilingual/lexicon';
import { parseChineseInteger } from '../../text/chinese-numerals';
import { saidInOtherWords } from '../../text/number-paraphrases';
import { extractNumbers, numberKey, sameQuantity, type NumberMention } from '../../text/numbers';
import { defineCheck } from '../define-check';

/** How English news would write a value: 3000000000 → "3 billion", 10000 → "10,000". */
export function englishQuantity(m: NumberMention): string {
  if (m.kind === 'month-day') return `${MONTHS[m.month! - 1]} ${m.day}`;
  if (m.kind === 'percent') return `${m.value}%`;
  if (m.kind === 'range') return `${englishQuantity({ ...m, kind: 'number' })} to ${englishQuantity({ ...m, kind: 'number', value: m.to ?? m.value })}`;
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

/**
 * "一百万15" (per million, 15 …) read as one number: a Chinese magnitude directly followed
 * by Arabic digits is two numbers, so it is read again in two parts.
 */
function splitRunTogether(source: string, m: NumberMention): NumberMention[] {
  const glued = /^(.*[十百千万亿])(\d[\d.,]*)$/u.exec(m.raw);
  if (!glued) return [m];
  const cut = m.start + glued[1]!.length;
  const shift = (mentions: NumberMention[], by: number) => mentions.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));
  return [...shift(extractNumbers(source.slice(m.start, cut), 'zh'), m.start), ...shift(extractNumbers(source.slice(cut, m.end), 'zh'), cut)];
}

/** Amounts English says with "a"/"half a" or "and a half", which the number reader leaves out. */
const EXTRA = /\b(?:(a|per|one|half an?)|(\w+) and a half) (hundred thousand|hundred million|hundred|thousand|million|billion)\b/gi;
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, 'hundred thousand': 1e5, 'hundred million': 1e8 };
const SMALL: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "twice", "double", "six-kilometre": small numbers the reader does not take as numbers. */
const MULTIPLE = /\b(twice|double|triple|one|two|three|four|five|six|seven|eight|nine|ten)(?:-|\b)/gi;
const MULTIPLES: Record<string, number> = { ...SMALL, twice: 2, double: 2, triple: 3 };

function spokenAmounts(target: string): number[] {
  const small = [...target.matchAll(MULTIPLE)].map((m) => MULTIPLES[m[1]!.toLowerCase()]!);
  if (!/ (hundred|thousand|million|billion)\b/i.test(target)) return small;
  return [...small, ...[...target.matchAll(EXTRA)].map((m) => {
    const scale = SCALES[m[3]!.toLowerCase()]!;
    if (m[1]) return (/half/i.test(m[1]) ? 0.5 : 1) * scale;
    return ((SMALL[m[2]!.toLowerCase()] ?? Number(m[2])) + 0.5) * scale;
  })];
}

/** How a reviewer reads each normalised unit. */
const UNIT_NAMES: Record<string, string> = { km: 'km', km2: 'km²', m2: 'm²', m: 'm', kg: 'kg', MW: 'MW', kW: 'kW', yuan: 'yuan', USD: 'US dollars', t: 'tonnes', mu: 'mu', mi: 'miles' };

/**
 * The English mention of the same value in another unit (50兆瓦 as "50 kW", 100平方米 as
 * "100 square kilometres", 3亿元 as "300 million dollars"), when none has the Chinese unit.
 */
function otherUnit(zh: NumberMention, english: NumberMention[]): NumberMention | null {
  if (!zh.unit || zh.kind === 'percent') return null;
  const same = english.filter((en) => sameQuantity(zh, en, { rounded: true }));
  if (same.length === 0 || same.some((en) => en.unit === zh.unit || !en.unit)) return null;
  return same.find((en) => en.unit && en.unit !== '%' && en.unit !== 'point') ?? null;
}

/** The values the English carries, ranges by both ends ("15 to 150" carries 15 and 150). */
function englishValues(target: string, mentions: NumberMention[]): number[] {
  return [...mentions.flatMap((m) => (m.kind === 'range' ? [m.value, m.to ?? m.value] : [m.value])), ...spokenAmounts(target)];
}

function carriedOver(zh: NumberMention, english: NumberMention[], values: number[]): boolean {
  if (english.some((en) => sameQuantity(zh, en, { rounded: true }))) return true;
  // 9日 alone: "on December 9", "on the 9th".
  if (zh.kind === 'day' && english.some((en) => en.kind === 'month-day' && en.day === zh.day)) return true;
  // 二月 alone: "the 2nd of February", "in February 2021".
  if (zh.kind === 'month' && english.some((en) => en.month === zh.month)) return true;
  if (zh.kind === 'month-day' || zh.kind === 'time') return false;
  const ends = zh.kind === 'range' ? [zh.value, zh.to ?? zh.value] : [zh.value];
  return ends.every((v) => values.some((en) => sameQuantity(v, en, { rounded: true })));
}

/**
 * The numbers of the Chinese that the English must carry (not "一个", not 几十). The Chinese
 * of a row is checked again on every edit of its English: its numbers are read once.
 */
function chineseNumbers(source: string): NumberMention[] {
  let numbers = chineseCache.get(source);
  if (!numbers) {
    if (chineseCache.size > 20_000) chineseCache.clear();
    const fractions = chineseFractions(source);
    numbers = extractNumbers(source, 'zh')
      .filter((m) => !fractions.some((f) => m.start < f.end && m.end > f.start))
      .flatMap((m) => splitRunTogether(source, m))
      .filter((zh) => !isLooseSmallNumber(zh) && !isApproximate(source, zh));
    chineseCache.set(source, numbers);
  }
  return numbers;
}

/**
 * "一个", "两项": one and two are often "a", "both" or dropped; only digits count for them.
 * 一日 with no month before it is "a day" (一日六餐 "six times a day"), not the 1st.
 */
const isLooseSmallNumber = (m: NumberMention) => (m.kind === 'number' && m.value <= 2 && !/[0-9０-９]/.test(m.raw)) || /^[一两]日$/.test(m.raw);

/** Glosses that keep a number: "four weeks", "the first", "twice", "70 percent". */
const NUMBER_GLOSS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|single|double|triple|twice|both|pair|dozen|half|percent)|\d/i;

/**
 * A lone Chinese numeral that makes a word with the next character, a word whose dictionary
 * senses have no number in them, and the English says that sense: 四周 "all around" (not
 * four weeks, which stays checked when the English does not say "around").
 */
function inWordWithoutNumber(source: string, m: NumberMention, target: string): boolean {
  if (m.kind !== 'number' || !/^[一二两三四五六七八九十]$/.test(m.raw)) return false;
  const senses = lookup(source.slice(m.start, m.end + 1)).flatMap((e) => e.english);
  if (senses.length === 0 || senses.some((sense) => NUMBER_GLOSS.test(sense))) return false;
  const words = senses.flatMap((sense) => sense.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  return words.some((word) => new RegExp(`\\b${word}`, 'i').test(target));
}

/**
 * 几十, 数百, 十多, 上千, 千万, 亿万: approximate amounts English writes as "dozens",
 * "hundreds", "millions". 十万 and 十亿 are exact (100,000, a billion) and stay checked.
 */
const isApproximate = (source: string, m: NumberMention) =>
  /[几数上]$/.test(source.slice(0, m.start)) || /^[多余来几]/.test(source.slice(m.end)) || (/^[十百千万亿]+$/.test(m.raw) && !/^十[万亿]$/.test(m.raw));

/**
 * The same number said more often in the Chinese than in the English ("25万种…25万种开花植物"
 * with one "250,000"): one occurrence was dropped or mistranslated. The later occurrences
 * past the English count are returned.
 */
function undercounted(zhNumbers: NumberMention[], english: NumberMention[]): NumberMention[] {
  const byValue = new Map<string, NumberMention[]>();
  for (const zh of zhNumbers) byValue.set(numberKey(zh), [...(byValue.get(numberKey(zh)) ?? []), zh]);
  return [...byValue.values()].flatMap((same) => {
    // Small numbers repeat as labels and coordinates ("[1,1] 的输入等于0输出"); only amounts count.
    // A dateline repeats the date the story then names ("新华社北京12月11日电 12月11日，…"): English says it once.
    // A year said again is "that year", "the same year" in English.
    if (same.length < 2 || same[0]!.value < 10 || same[0]!.kind === 'month-day' || same[0]!.kind === 'year') return [];
    const carried = english.filter((en) => sameQuantity(same[0]!, en, { rounded: true })).length;
    return carried > 0 && carried < same.length ? same.slice(carried) : [];
  });
}

/**
 * A numeral that is part of a place's or a name's pinyin in the English: 五台山 "Mount
 * Wutai", 四平 "Siping", 十八洞村 "Shibadong Village".
 */
function inPinyinName(source: string, zh: NumberMention, target: string): boolean {
  if (/[0-9０-９]/.test(zh.raw) || !/[A-Z]/.test(target)) return false;
  const spelt = joinedPinyin(source.slice(zh.start, zh.end + 1));
  return (target.match(/\b[A-Z][a-z]+(?:['’-]?[a-z]+)*/g) ?? []).some((word) => word.toLowerCase().replace(/['’-]/g, '').includes(spelt));
}

/** A number, amount, percentage, date or ordinal of the Chinese that the English does not carry over. */
export default defineCheck({
  id: 'number-mismatch',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  describe: 'Numbers, amounts and dates that differ between Chinese and English (30亿 vs "3 million")',
  run({ source, target }) {
    if (!source) return [];
    const zhNumbers = chineseNumbers(source);
    if (zhNumbers.length === 0) return fractionFindings(source, target);
    const english = extractNumbers(target, 'en');
    const values = englishValues(target, english);
    let stray: boolean | undefined;
    const strayEnglishNumber = () => (stray ??= english.some((en) => en.kind === 'number' && !zhNumbers.some((zh) => sameQuantity(zh, en, { rounded: true }))));
    const missing = zhNumbers.filter((zh) => {
      const period = decadeOrCentury(source, zh, target);
      return period === null ? !carriedOver(zh, english, values) && !saidInOtherWords(source, zh, target, english, strayEnglishNumber()) && !inPinyinName(source, zh, target) && !inWordWithoutNumber(source, zh, target) : !period;
    });
    const fractions = fractionFindings(source, target);
    const units = zhNumbers.filter((zh) => !missing.includes(zh)).flatMap((zh) => {
      const other = otherUnit(zh, english);
      return other ? [{ message: `The Chinese gives ${englishQuantity(zh)} ${UNIT_NAMES[zh.unit!] ?? zh.unit}, but the English says "${other.raw}${other.unit ? ` ${UNIT_NAMES[other.unit] ?? other.unit}` : ''}"`, sourceSpan: [zh.start, zh.end] as [number, number], targetSpan: [other.start, other.end] as [number, number] }] : [];
    });
    const fewer = undercounted(zhNumbers, english).filter((zh) => !missing.includes(zh));
    const repeats = fewer.map((zh) => ({
      message: `${zh.raw} appears ${zhNumbers.filter((x) => numberKey(x) === numberKey(zh)).length} times in the Chinese but fewer times in the English: one may be dropped or mistranslated`,
      sourceSpan: [zh.start, zh.end] as [number, number],
    }));
    const points = zhNumbers.filter((zh) => zh.kind === 'percent' && !missing.includes(zh)).flatMap((zh) => {
      const said = english.find((en) => en.kind === 'percent' && sameQuantity(zh, en, { rounded: true }));
      if (!said || (zh.unit === 'point') === (said.unit === 'point') || (zh.unit === 'point' && /\bpoints?\b/i.test(target))) return [];
      const message = zh.unit === 'point' ? `${zh.raw}个百分点 is ${zh.value} percentage points, but the English says "${said.raw}"` : `${zh.raw} is ${zh.value}%, but the English says "${said.raw}" (percentage points)`;
      return [{ message, sourceSpan: [zh.start, zh.end] as [number, number], targetSpan: [said.start, said.end] as [number, number] }];
    });
    return [...units, ...points, ...fractions, ...missing
      .map((zh) => {
        const expected = englishQuantity(zh);
        const near = english.filter((en) => en.kind === zh.kind || zh.kind === 'number').map((en) => `"${en.raw}"`);
        const said = near.length ? `says ${near.slice(0, 3).join(', ')}` : 'has no such number';
        return {
          message: expected === zh.raw ? `${zh.raw} is not in the English, which ${said}` : `${zh.raw} is ${expected}, but the English ${said}`,
          sourceSpan: [zh.start, zh.end] as [number, number],
        };
      }), ...repeats];
  },
});

const DECADE_WORDS: Record<number, string> = { 20: 'twenties', 30: 'thirties', 40: 'forties', 50: 'fifties', 60: 'sixties', 70: 'seventies', 80: 'eighties', 90: 'nineties' };

/**
 * 80年代 is "the 1980s" (or "the '80s", "the eighties"), 20世纪 "the 20th century" (or years
 * of it, "the 1960s"): whether the English says the period; null when the number is neither.
 */
function decadeOrCentury(source: string, zh: NumberMention, target: string): boolean | null {
  const after = source.slice(zh.end, zh.end + 2);
  if (after === '年代' || (zh.kind === 'year' && source.slice(zh.end - 1, zh.end + 1) === '年代')) {
    const decade = zh.value % 100;
    const digits = String(decade).padStart(2, '0');
    return new RegExp(`(?:\\b\\d\\d|['’]|\\b)${digits}s\\b`).test(target) || (DECADE_WORDS[decade] !== undefined && target.toLowerCase().includes(DECADE_WORDS[decade]!));
  }
  if (after === '世纪') {
    const n = zh.value;
    return new RegExp(`\\b${n}(?:st|nd|rd|th)\\b|\\b${n - 1}\\d\\d`).test(target) || new RegExp(`\\b${ORDINAL_WORDS[n] ?? '-'}\\b`, 'i').test(target);
  }
  return null;
}

const ORDINAL_WORDS: Record<number, string> = { 15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth', 19: 'nineteenth', 20: 'twentieth', 21: 'twenty-first' };

/** 三分之一 (a third), 五分之二, 3分之1: the denominator before 分之, the numerator after. */
const FRACTION = /([0-9０-９]+|[一二两三四五六七八九十]+)分之([0-9０-９]+|[一二两三四五六七八九十]+)/g;
const FRACTION_WORDS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10 };
const NUMERATORS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const ENGLISH_FRACTION = /\b(a|an|one|two|three|four|five|six|seven|eight|nine)[ -](half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b|\b(\d+)\/(\d+)\b/gi;

function chineseFractions(source: string): { value: number; start: number; end: number; raw: string }[] {
  if (!source.includes('分之')) return [];
  const small = (t: string) => (/^[0-9０-９]/.test(t) ? Number(t.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))) : parseChineseInteger(t.replace('两', '二')));
  return [...source.matchAll(FRACTION)].flatMap((m) => {
    const [d, n] = [small(m[1]!), small(m[2]!)];
    return d && n !== null && n < d ? [{ value: n / d, start: m.index!, end: m.index! + m[0].length, raw: m[0] }] : [];
  });
}

/** A fraction of the Chinese that the English gives as another fraction, or not at all (a third said "a quarter"). */
function fractionFindings(source: string, target: string) {
  const fractions = chineseFractions(source);
  if (fractions.length === 0) return [];
  const english = [...target.matchAll(ENGLISH_FRACTION)].map((m) => (m[3] ? Number(m[3]) / Number(m[4]) : NUMERATORS[m[1]!.toLowerCase()]! / FRACTION_WORDS[m[2]!.toLowerCase()]!));
  const percents = extractNumbers(target, 'en').filter((en) => en.kind === 'percent').map((en) => en.value / 100);
  return fractions
    .filter((f) => ![...english, ...percents].some((v) => Math.abs(v - f.value) < 0.011))
    .map((f) => ({ message: `${f.raw} is ${Number(f.value.toFixed(3))} (${f.raw.includes('三分之一') ? 'a third' : 'a fraction'}), but the English ${english.length ? 'gives another fraction' : 'has no such fraction'}`, sourceSpan: [f.start, f.end] as [number, number] }));
}
