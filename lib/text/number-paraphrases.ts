import type { NumberMention } from './numbers';

/**
 * Numbers English news says without a figure, in ways the number reader does not count:
 * 100% as "all", 50% as "half", 7天 as "a week", 20年 as "two decades", 1次 as "once",
 * 1名男子 as "a man", 12 as "a dozen", 90后 as "born after 1990", 3个半小时 as "3.5 hours", 20时 as "8 p.m.", 3倍 as "tripled", 6·18 as
 * "June 18". Each is a convention of translation, not a
 * loss of the number, so the number check accepts it.
 */
export function saidInOtherWords(source: string, zh: NumberMention, target: string, english: readonly NumberMention[], strayEnglishNumber = false): boolean {
  // A share in words counts only when the English gives no percentage that could be the figure changed.
  if (zh.kind === 'percent') return zh.unit !== 'point' && !/%|\bper ?cent/i.test(target) && percentInWords(zh.value, target);
  if (zh.kind !== 'number') return false;
  const after = source.slice(zh.end, zh.end + 3);
  if (/^[时点]/.test(after) && zh.value <= 24 && english.some((en) => en.kind === 'time' && [zh.value, zh.value + 12].includes(Math.floor(en.value / 100)))) return true;
  if (after.startsWith('倍') && timesInWords(zh.value, target)) return true;
  // 1名男子 "a man", 2个孩子 "a couple of children"; not when the English has a number of its own the figure may have become.
  if (!strayEnglishNumber && MEASURE_WORD.test(after) && ARTICLE_FOR[zh.value]?.test(target)) return true;
  if (dottedDate(source, zh, target, english)) return true;
  if (after.startsWith('个半') && new RegExp(`\\b${zh.value}\\.5\\b`).test(target)) return true;
  if (after.startsWith('次') && COUNTS[zh.value]?.test(target)) return true;
  if (zh.value === 12 && /\b(?:a|one) dozen\b/i.test(target)) return true;
  // 95后, 80后: people born after 1995, the post-80s generation.
  if (after.startsWith('后') && /^\d\d$/.test(zh.raw) && new RegExp(`\\b(?:19|20)${zh.raw}\\b|(?:\\b|['’])${zh.raw}s\\b`).test(target)) return true;
  return periodInOtherUnit(after, zh.value, target);
}

/** Measure words: a digit before one counts things, as English "a" and "both" do. */
const MEASURE_WORD = /^[名个人位家项次例起辆架艘只条座所部件份批场台种处间头匹棵张把块]/;
const ARTICLE_FOR: Record<number, RegExp> = { 1: /\b(?:a|an|single|sole|another)\b/i, 2: /\b(?:both|a couple of|a pair of|twin)\b/i };

/** "once", "twice", "three times" is read already; "thrice" is rare but English. */
const COUNTS: Record<number, RegExp> = { 1: /\bonce\b/i, 2: /\btwice\b/i, 3: /\bthrice\b/i };

/** Shares English names in words; "all"/"every"/"fully" stand for 100% (确保100%实现帮扶: "ensure all … are helped"). */
const PERCENT_WORDS: [number, RegExp][] = [
  [100, /\b(?:all|every|everyone|fully|full|entire(?:ly)?|whole|complete(?:ly)?|total(?:ly)?)\b/i],
  [50, /\b(?:half|one in two)\b/i],
  [25, /\b(?:a|one) quarter\b|\bone in four\b/i],
  [75, /\bthree[ -]quarters\b/i],
  [20, /\bone in five\b|\b(?:a|one)[ -]fifth\b/i],
  [10, /\bone in ten\b|\b(?:a|one)[ -]tenth\b/i],
  [90, /\bnine in ten\b|\bnine[ -]tenths\b/i],
];

function percentInWords(value: number, target: string): boolean {
  return PERCENT_WORDS.some(([share, words]) => share === value && words.test(target));
}

/** A period said in a larger unit: [Chinese unit, English unit, how many of the Chinese unit make one]. */
const PERIODS: [RegExp, string, number][] = [
  [/^(?:年|周年)/, 'decades?', 10],
  [/^(?:年|周年)/, 'century|centuries|centenary|centennial', 100],
  [/^(?:天|日)/, 'weeks?', 7],
  [/^(?:天|日)/, 'fortnight', 14],
  [/^(?:天|日)/, 'months?', 30],
  [/^(?:个月|月)/, 'years?', 12],
  [/^(?:个)?(?:小时|钟头)/, 'days?|around the clock|round the clock|round-the-clock', 24],
  [/^分钟/, 'hours?', 60],
];
const HOW_MANY: Record<string, number> = { a: 1, an: 1, one: 1, half: 0.5, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** 20年 as "two decades", 100周年 as "the centenary", 7天 as "a week", 24小时 as "around the clock". */
function periodInOtherUnit(after: string, value: number, target: string): boolean {
  return PERIODS.some(([chinese, english, size]) => {
    if (!chinese.test(after) || value % (size / 2) !== 0) return false;
    const count = value / size;
    for (const m of target.matchAll(new RegExp(`\\b(?:(a|an|one|half|two|three|four|five|six|seven|eight|nine|ten|\\d+(?:\\.\\d+)?)[ -](?:a[n]? )?|the )?(${english})\\b`, 'gi'))) {
      const said = m[1] === undefined ? 1 : (HOW_MANY[m[1].toLowerCase()] ?? Number(m[1]));
      if (said === count) return true;
    }
    return false;
  });
}

const MULTIPLICATIVES: Record<string, number> = { doubled: 2, doubling: 2, twofold: 2, tripled: 3, tripling: 3, threefold: 3, quadrupled: 4, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10 };

/**
 * 3倍 as "tripled", "threefold", "3-fold"; 增长2倍 is read as two times or as three times
 * the base, and English news writes either.
 */
function timesInWords(value: number, target: string): boolean {
  for (const m of target.toLowerCase().matchAll(/\b(\w+)-?fold\b|\b(doubl(?:ed|ing)|tripl(?:ed|ing)|quadrupled)\b/g)) {
    const said = m[2] ? MULTIPLICATIVES[m[2]] : (MULTIPLICATIVES[`${m[1]}fold`] ?? Number(m[1]));
    if (said === value || said === value + 1) return true;
  }
  return false;
}

/** 6·18 (June 18, a shopping festival), 9·11: a date written month·day, said as a date or "9/11". */
function dottedDate(source: string, zh: NumberMention, target: string, english: readonly NumberMention[]): boolean {
  const around = source.slice(Math.max(0, zh.start - 3), zh.end + 3);
  const m = /(\d{1,2})[·.．・](\d{1,2})/.exec(around);
  if (!m || ![Number(m[1]), Number(m[2])].includes(zh.value)) return false;
  const [month, day] = [Number(m[1]), Number(m[2])];
  return english.some((en) => en.kind === 'month-day' && en.month === month && en.day === day) || target.includes(`${month}/${day}`);
}
