import { MONTHS, type NumberMention } from './numbers';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const UNITS: [RegExp, string][] = [
  [/^\s*(MW|megawatts?)\b/i, 'MW'],
  [/^\s*(kW|kilowatts?)\b/i, 'kW'],
  [/^\s*(square kilometers?|square kilometres?|km2|km²)/i, 'km2'],
  [/^\s*(square meters?|square metres?|m2|m²|㎡)/i, 'm2'],
  [/^\s*(km|kilometers?|kilometres?)\b/i, 'km'],
  [/^\s*(yuan|RMB)\b/i, 'yuan'],
  [/^\s*(tons?|tonnes?)\b/i, 't'],
  [/^\s*mu\b/i, 'mu'],
];

const DATE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'gi');
const NUMBER = /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(st|nd|rd|th)?(?:\s*(%|percent|per cent)|\s+(thousand|million|billion|trillion)\b)?/gi;
const WORD_NUMBER = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth)\b(?:\s+(thousand|million|billion|trillion)\b)?(?:\s*(%|percent|per cent))?/gi;

export function extractEnglishNumbers(text: string): NumberMention[] {
  const dates = [...text.matchAll(DATE)].map(dateMention);
  const covered = (start: number) => dates.some((d) => start >= d.start && start < d.end);
  const numbers = [...text.matchAll(NUMBER)].filter((m) => !covered(m.index)).map((m) => digitMention(m, text));
  const words = [...text.matchAll(WORD_NUMBER)].filter((m) => !covered(m.index)).map((m) => wordMention(m, text));
  return [...dates, ...numbers, ...words].sort((a, b) => a.start - b.start);
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
}

function dateMention(m: RegExpMatchArray): NumberMention {
  const month = monthNumber(m[1] ?? m[4]!);
  const day = Number(m[2] ?? m[3]);
  return { value: month * 100 + day, kind: 'month-day', month, day, start: m.index!, end: m.index! + m[0].length, raw: m[0] };
}

function withUnit(mention: NumberMention, text: string): NumberMention {
  const unit = UNITS.find(([re]) => re.test(text.slice(mention.end)));
  return unit ? { ...mention, unit: unit[1] } : mention;
}

function digitMention(m: RegExpMatchArray, text: string): NumberMention {
  const [raw, int, frac, suffix, percent, scale] = m as unknown as (string | undefined)[];
  const value = Number(`${int!.replace(/,/g, '')}${frac ?? ''}`) * (scale ? SCALE[scale.toLowerCase()]! : 1);
  const base = { start: m.index!, end: m.index! + raw!.length, raw: raw! };
  if (percent) return { ...base, value, kind: 'percent' };
  if (suffix) return { ...base, value, kind: 'ordinal' };
  if (!frac && !scale && /^(1[89]|20)\d\d$/.test(int!)) return { ...base, value, kind: 'year' };
  return withUnit({ ...base, value, kind: 'number' }, text);
}

function wordMention(m: RegExpMatchArray, text: string): NumberMention {
  const [raw, word, scale, percent] = m as unknown as (string | undefined)[];
  const lower = word!.toLowerCase();
  const ordinal = ORDINAL_WORDS[lower];
  const value = (ordinal ?? WORDS[lower]!) * (scale ? SCALE[scale.toLowerCase()]! : 1);
  const base = { start: m.index!, end: m.index! + raw!.length, raw: raw! };
  if (percent) return { ...base, value, kind: 'percent' };
  return withUnit({ ...base, value, kind: ordinal !== undefined ? 'ordinal' : 'number' }, text);
}
