import { parseNumberWords, SCALE, WORD_NUMBER } from './english-number-words';
import { MONTHS, type NumberMention } from './numbers';

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![a-z])`, 'gi');
const MONTH_ALONE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const TIME = /\b(\d{1,2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)|\b(\d{1,2}):(\d{2})\b/gi;
const PERCENT = '\\s*(%|percent\\b|per cent\\b|percentage points?\\b)';
const NUMBER = new RegExp(`(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(st|nd|rd|th)?(?:${PERCENT}|\\s+(hundred|thousand|million|billion|trillion)\\b|\\s?(mn|mln|bn|bln|tn)\\b)?`, 'gi');
/** Business news abbreviates scales after a figure: "$6bn", "600mn yuan", "2tn" ("600m" may be metres: left alone). */
const SHORT_SCALE: Record<string, number> = { mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12 };
const WORD_PERCENT = new RegExp(`^${PERCENT}`, 'i');

/** Units after a number ("50 km", "a 50-kilometre road"), named as the Chinese side names them (兆瓦 → MW). */
const UNITS: [RegExp, string][] = [
  [/^(?:\s*|-)(MW|megawatts?)\b/i, 'MW'],
  [/^(?:\s*|-)(kW|kilowatts?)\b/i, 'kW'],
  [/^(?:\s*|-)(square kilometers?|square kilometres?|sq\.? km|km2|km²)/i, 'km2'],
  [/^(?:\s*|-)(square meters?|square metres?|sq\.? m\b|m2|m²|㎡)/i, 'm2'],
  [/^(?:\s*|-)(km|kilometers?|kilometres?)\b/i, 'km'],
  [/^(?:\s*|-)(kg|kilograms?|kilogrammes?)\b/i, 'kg'],
  [/^(?:\s*|-)(m|meters?|metres?)\b/i, 'm'],
  [/^(?:\s*|-)(yuan|RMB|CNY)\b/i, 'yuan'],
  [/^(?:\s*|-)(US dollars?|dollars?|USD)\b/i, 'USD'],
  [/^(?:\s*|-)(tons?|tonnes?)\b/i, 't'],
  [/^\s*mu\b/i, 'mu'],
  [/^(?:\s*|-)(miles?)\b/i, 'mi'],
];
const UNITS_BEFORE: [RegExp, string][] = [
  [/(RMB|CNY|¥|￥)\s*$/, 'yuan'],
  [/(US\$|\$|USD)\s*$/, 'USD'],
];

type Span = Pick<NumberMention, 'start' | 'end'>;
const overlaps = (spans: Span[], start: number, end: number) => spans.some((s) => start < s.end && end > s.start);

export function extractEnglishNumbers(text: string): NumberMention[] {
  // Times, dates and digit numbers all need a digit; most sentences have none.
  const digits = /\d/.test(text);
  const found: NumberMention[] = digits ? timeMentions(text) : [];
  const add = (mention: NumberMention | null) => {
    if (mention && !overlaps(found, mention.start, mention.end)) found.push(mention);
  };
  if (digits && /\d{4}-\d/.test(text)) for (const m of text.matchAll(DIGIT_DATE)) digitDate(m).forEach(add);
  if (digits) for (const m of text.matchAll(DATE)) add(dateMention(m));
  for (const m of text.matchAll(MONTH_ALONE)) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    if (m[1] !== 'May' || /^\s+\d/.test(text.slice(m.index + 3))) add({ value: month, kind: 'month', month, start: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  if (digits) for (const m of text.matchAll(NUMBER)) add(digitMention(m, text));
  for (const m of text.matchAll(WORD_NUMBER)) add(wordMention(m, text));
  if (/\b[IVX]/.test(text)) for (const m of text.matchAll(LABELLED_ROMAN)) add(romanMention(m));
  return mergeRanges(found.sort((a, b) => a.start - b.start), text);
}

/** Roman numerals English numbers parts and phases with: "Part II", "Phase III", "World War II" (第二部分, 二期, 二战). */
const LABELLED_ROMAN = /\b(?:Part|Chapter|Phase|Stage|Section|Volume|Vol\.|Book|Article|Class|Grade|Level|Type|Category|Round|Season|Episode|Act|War)\s+([IVX]{1,5})\b(?![’'-])/g;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanMention(m: RegExpMatchArray): NumberMention | null {
  const digits = [...m[1]!].map((c) => ROMAN[c]!);
  const value = digits.reduce((sum, d, i) => sum + (d < (digits[i + 1] ?? 0) ? -d : d), 0);
  if (value < 1 || value > 39) return null;
  const start = m.index! + m[0].length - m[1]!.length;
  return { value, kind: 'ordinal', start, end: start + m[1]!.length, raw: m[1]! };
}

/** 2022-01-17: a dateline's date kept in digits in the English, a year and a date. */
const DIGIT_DATE = /(?<![\d.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d.-])/g;

function digitDate(m: RegExpMatchArray): NumberMention[] {
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return [];
  const start = m.index!;
  return [
    { value: year, kind: 'year', start, end: start + 4, raw: m[1]! },
    { value: month * 100 + day, kind: 'month-day', month, day, start: start + 5, end: start + m[0].length, raw: m[0].slice(5) },
  ];
}

function dateMention(m: RegExpMatchArray): NumberMention | null {
  const name = (m[1] ?? m[4]!).toLowerCase().replace('.', '');
  if (name === 'may' && (m[1] ?? m[4]) === 'may') return null; // the verb, not the month
  const month = MONTHS.findIndex((full) => full.startsWith(name.slice(0, 3))) + 1;
  const day = Number(m[2] ?? m[3]);
  if (day < 1 || day > 31) return null;
  return { value: month * 100 + day, kind: 'month-day', month, day, start: m.index!, end: m.index! + m[0].length, raw: m[0] };
}

/** 8:30, 8:30 a.m., 5:52 p.m. (→ 1752), 3pm. */
function timeMentions(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(TIME)) {
    let hour = Number(m[1] ?? m[4]);
    const minute = Number(m[2] ?? m[5] ?? 0);
    const half = m[3]?.toLowerCase();
    if (hour > 24 || minute > 59 || (half && hour > 12)) continue;
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
    out.push({ value: hour * 100 + minute, kind: 'time', start: m.index!, end: m.index! + m[0].length, raw: m[0] });
  }
  return out;
}

function withUnit(mention: NumberMention, text: string): NumberMention {
  const unit = UNITS.find(([re]) => re.test(text.slice(mention.end)))?.[1] ?? UNITS_BEFORE.find(([re]) => re.test(text.slice(0, mention.start)))?.[1];
  return unit ? { ...mention, unit } : mention;
}

function digitMention(m: RegExpMatchArray, text: string): NumberMention {
  const [raw, int, frac, suffix, percent, word, short] = m as unknown as (string | undefined)[];
  const scale = word ?? short;
  const value = Number(`${int!.replace(/,/g, '')}${frac ?? ''}`) * (word ? SCALE[word.toLowerCase()]! : short ? SHORT_SCALE[short.toLowerCase()]! : 1);
  const base = { start: m.index!, end: m.index! + raw!.length, raw: raw! };
  if (percent) return { ...base, value, kind: 'percent', ...(/point/i.test(percent) ? { unit: 'point' } : {}) };
  if (suffix) return { ...base, value, kind: 'ordinal' };
  const mention = withUnit({ ...base, value, kind: 'number' }, text);
  if (!frac && !scale && !mention.unit && /^(1[89]|20)\d\d$/.test(int!)) return { ...mention, kind: 'year' };
  return mention;
}

function wordMention(m: RegExpMatchArray, text: string): NumberMention | null {
  const parsed = parseNumberWords(m[0]);
  if (!parsed) return null;
  const start = m.index!;
  const percent = parsed.ordinal ? null : text.slice(start + m[0].length).match(WORD_PERCENT);
  const raw = m[0] + (percent?.[0] ?? '');
  const base = { value: parsed.value, start, end: start + raw.length, raw };
  if (percent) return { ...base, kind: 'percent' };
  return withUnit({ ...base, kind: parsed.ordinal ? 'ordinal' : 'number' }, text);
}

/** "3 to 5 km", "10-20%", "from 2019 to 2022", "between 3 and 5": one range. */
function mergeRanges(found: NumberMention[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const mention of found) {
    const previous = out.at(-1);
    const joinable = (m?: NumberMention) => m && ['number', 'percent', 'year'].includes(m.kind);
    const between = previous ? text.slice(previous.end, mention.start) : '';
    const dash = /^\s*(-|–|—|to)\s*$/i.test(between) || (/^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(text.slice(0, previous!.start)));
    if (previous && joinable(previous) && joinable(mention) && dash && mention.value > previous.value) {
      const unit = mention.kind === 'percent' || previous.kind === 'percent' ? '%' : (mention.unit ?? previous.unit);
      out[out.length - 1] = { value: previous.value, to: mention.value, kind: 'range', ...(unit ? { unit } : {}), start: previous.start, end: mention.end, raw: text.slice(previous.start, mention.end) };
    } else out.push(mention);
  }
  return out;
}
