// Errors of the kinds news raters mark, put into an error-free reference row the way MT
// makes them. Each kind returns the changed English, or null where it does not apply (the
// row has no such number, no such quote, no such name). Deterministic: no randomness.
import { joinedPinyin, lookup, chineseSegments, isNameEntry } from '../lib/bilingual/lexicon';
import { pinyinNameVariants } from '../lib/bilingual/names';
import { personNames } from '../lib/qa/checks/name-pinyin';

export type NewsGroup = 'numbers and dates' | 'punctuation' | 'untranslated' | 'names';

export interface ErrorInput {
  zh: string;
  en: string;
  /** The whole document (Chinese and this reference), for errors that need another row. */
  doc: { zh: string; en: string }[];
  at: number;
}

export interface ErrorKind {
  group: NewsGroup;
  name: string;
  make(input: ErrorInput): string | null;
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The last non-zero digit of a figure moved by one: 60 → 70, 2016 → 2017, 3,000 → 4,000. */
function nudge(figure: string): string {
  const at = figure.search(/[1-9](?=[0,.]*$)/);
  const i = at >= 0 ? at : figure.search(/\d(?=\D*$)/);
  const d = Number(figure[i]);
  return figure.slice(0, i) + String(d === 9 ? 8 : d + 1) + figure.slice(i + 1);
}

const HALF = (t: string) => t.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** A Chinese approximate amount: 约/近/超过/余/多/左右, 上千, 几十, 十几, 三四十, 一万六七千. */
const ZH_APPROX = /(?:约|近|超过|逾|大约|将近|接近)[\d０-９一二两三四五六七八九十百千万亿.．]+|[\d０-９一二两三四五六七八九十百千万亿.．]+(?:余|多|左右|上下)|上[百千万亿]|[一二三四五六七八九十]几|几[十百千万亿]|数[十百千万亿]|[一二三四五六七八][二三四五六七八九][十百千万]/;
const EN_HEDGE = /\b(?:about|around|approximately|nearly|almost|more than|over|some|roughly|close to|at least|up to|upwards of|less than|fewer than)\s+(?=\d|one|two|three|four|five|six|seven|eight|nine|ten|a (?:hundred|thousand|million))/i;
const EN_VAGUE = /\b(dozens|hundreds|thousands|tens of thousands|hundreds of thousands|millions) of\b/i;
const VAGUE_AS_EXACT: Record<string, string> = { dozens: '12', hundreds: '100', thousands: '1,000', 'tens of thousands': '10,000', 'hundreds of thousands': '100,000', millions: '1 million' };

export const ERROR_KINDS: ErrorKind[] = [
  {
    group: 'numbers and dates',
    name: 'approximate amount rendered as an exact figure',
    make({ zh, en }) {
      if (!ZH_APPROX.test(zh)) return null;
      if (EN_HEDGE.test(en)) return en.replace(EN_HEDGE, '');
      const vague = EN_VAGUE.exec(en);
      if (vague) return en.replace(vague[0], VAGUE_AS_EXACT[vague[1]!.toLowerCase()]!);
      const range = /\b(\d{1,3}),(\d)00 to (\d{1,3}),(\d)00\b/.exec(en); // 16,000 to 17,000 → 167,000 (一万六七千)
      return range ? en.replace(range[0], `${range[1]}${range[3]!.slice(-1)},000`) : null;
    },
  },
  {
    group: 'numbers and dates',
    name: 'a figure of the Chinese changed',
    make({ zh, en }) {
      const zhFigures = new Set([...HALF(zh).matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, '')));
      const figure = [...en.matchAll(/(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d])/g)].find((m) => zhFigures.has(m[0].replace(/,/g, '')) && m[0].replace(/,/g, '').length >= 2);
      return figure ? en.slice(0, figure.index) + nudge(figure[0]) + en.slice(figure.index! + figure[0].length) : null;
    },
  },
  {
    group: 'numbers and dates',
    name: 'a day of the month changed (9日)',
    make({ zh, en }) {
      const day = /(?<![月\d０-９])([\d０-９]{1,2})[日号]/.exec(zh);
      if (!day) return null;
      const n = Number(HALF(day[1]!));
      const said = new RegExp(`\\b${n}(st|nd|rd|th)?\\b`).exec(en);
      if (!said) return null;
      const next = n === 28 ? 27 : n + 1;
      const suffix = said[1] ? (next % 10 === 1 && next !== 11 ? 'st' : next % 10 === 2 && next !== 12 ? 'nd' : next % 10 === 3 && next !== 13 ? 'rd' : 'th') : '';
      return en.slice(0, said.index) + next + suffix + en.slice(said.index + said[0].length);
    },
  },
  {
    group: 'numbers and dates',
    name: 'percentage points as percent (百分点)',
    make({ zh, en }) {
      if (!/百分点/.test(zh) || !/percentage points?/i.test(en)) return null;
      return en.replace(/ ?percentage points?/i, '%');
    },
  },
  {
    group: 'numbers and dates',
    name: 'million and billion confused (万/亿)',
    make({ zh, en }) {
      if (!/[万亿]/.test(zh)) return null;
      const scale = /(\d[\d.,]*) (million|billion)\b/.exec(en);
      return scale ? en.replace(scale[0], `${scale[1]} ${scale[2] === 'million' ? 'billion' : 'million'}`) : null;
    },
  },
  {
    group: 'numbers and dates',
    name: 'a fraction changed (三分之一)',
    make({ zh, en }) {
      if (!/分之/.test(zh)) return null;
      const f = /\b(?:one|a)[ -](third|quarter|fifth|half)\b/i.exec(en);
      if (!f) return null;
      const other: Record<string, string> = { third: 'quarter', quarter: 'third', fifth: 'third', half: 'third' };
      return en.replace(f[0], f[0].replace(f[1]!, other[f[1]!.toLowerCase()]!));
    },
  },
  {
    group: 'punctuation',
    name: 'straight quotes where the Chinese has “ ”',
    make: ({ zh, en }) => (/[“”]/.test(zh) && /[“”]/.test(en) ? en.replace(/[“”]/g, '"') : null),
  },
  {
    group: 'punctuation',
    name: 'a number glued to its unit (1000Mbps)',
    make({ en }) {
      // Symbols of rates, storage and power as MT glues them, or a unit word glued ("725kilometers").
      const unit = /(\d) (Mbps|Gbps|GB|MB|TB|MW|kW|GW|kWh|Hz|GHz|MHz|megawatts|kilowatts|yuan|kilometers|kilometres|kilograms|tons|tonnes|square)\b/.exec(en);
      if (!unit) return null;
      const SHORT: Record<string, string> = { megawatts: 'MW', kilowatts: 'kW' };
      return en.replace(unit[0], `${unit[1]}${SHORT[unit[2]!] ?? unit[2]}`);
    },
  },
  {
    group: 'punctuation',
    name: 'two sentences glued (".The")',
    make: ({ en }) => (/(?<!\betc)(?<=[a-z]{3})\. [A-Z][a-z]/.test(en) ? en.replace(/(?<!\betc)(?<=[a-z]{3})\. ([A-Z][a-z])/, '.$1') : null),
  },
  {
    group: 'punctuation',
    name: 'no space after a comma',
    make: ({ en }) => (/[a-z], [a-z]/.test(en) ? en.replace(/([a-z]), ([a-z])/, '$1,$2') : null),
  },
  {
    group: 'punctuation',
    name: 'a space before punctuation',
    make: ({ en }) => (/[a-z][,;:]/.test(en) ? en.replace(/([a-z])([,;:])/, '$1 $2') : null),
  },
  {
    group: 'punctuation',
    name: 'a double space',
    make: ({ en }) => (/\w \w.* \w/.test(en) ? en.replace(/(\w{3,}) (\w)/, '$1  $2') : null),
  },
  {
    group: 'punctuation',
    name: 'a bracket not closed',
    make: ({ en }) => (/\([^)]+\)/.test(en) ? en.replace(/\(([^)]+)\)/, '($1') : null),
  },
  {
    group: 'punctuation',
    name: 'a full-width comma',
    make: ({ en }) => (/\w, \w/.test(en) ? en.replace(/(\w), (\w)/, '$1，$2') : null),
  },
  {
    group: 'untranslated',
    name: 'a Chinese word left in Chinese',
    make: (input) => withWord(input, (word) => word),
  },
  {
    group: 'untranslated',
    name: 'a common word left in pinyin, capitalised as a name',
    make: (input) => withWord(input, (word) => capitalise(joinedPinyin(word))),
  },
  {
    group: 'untranslated',
    name: 'a common word left in pinyin',
    make: (input) => withWord(input, (word) => joinedPinyin(word)),
  },
  {
    group: 'untranslated',
    name: 'an abbreviation left in pinyin (发改委 as "Fagaiwei")',
    make({ zh, en }) {
      for (const { word } of chineseSegments(zh)) {
        if (word.length < 2) continue;
        for (const entry of lookup(word)) {
          const sense = entry.english.find((s) => /abbr\. for/.test(s));
          if (!sense) continue;
          const english = sense.replace(/\(?abbr\. for [^,)]*[,)]?/, '').replace(/\([^)]*\)/g, '').replace(/^[\s,]+|[\s,]+$/g, '').replace(/^PRC /, '');
          const acronym = /\(([A-Z]{2,6})\)/.exec(sense)?.[1];
          for (const said of [english, acronym]) {
            if (said && said.length >= 3 && en.includes(said)) return en.replace(said, capitalise(joinedPinyin(word)));
          }
        }
      }
      return null;
    },
  },
  {
    group: 'names',
    name: 'a foreign name in the pinyin of its transliteration in one row, its own spelling in another',
    make({ zh, en, doc, at }) {
      const words = [...zh.matchAll(/\p{Script=Han}{2,}/gu)].flatMap((run) => [...run[0]].flatMap((_, i) => [2, 3, 4].map((n) => run[0].slice(i, i + n)).filter((w) => w.length >= 2)));
      for (const word of words) {
        if (!doc.some((r, k) => k !== at && r.zh.includes(word))) continue;
        const entry = lookup(word).find(isNameEntry);
        // People only (CC-CEDICT gives their years, or calls the entry a name): 拜登, 特朗普.
        if (!entry || !/\(\d{3,4}\s*[-–]|\(name\)/.test(entry.english.join(' '))) continue;
        const name = /\b[A-Z][a-z]{2,}\b/.exec((entry.english[0] ?? '').replace(/\([^)]*\)/g, ''))?.[0];
        const pinyin = capitalise(joinedPinyin(word));
        if (!name || name.toLowerCase() === pinyin.toLowerCase() || !new RegExp(`\\b${escape(name)}\\b`).test(en)) continue;
        return en.replace(new RegExp(`\\b${escape(name)}\\b`), pinyin);
      }
      return null;
    },
  },
  {
    group: 'names',
    name: 'a Chinese name written two ways in one article (given name first, or split)',
    make({ zh, en, doc, at }) {
      for (const { name } of personNames(zh)) {
        const [usual] = pinyinNameVariants(name);
        if (!usual || !en.includes(usual) || !doc.some((r, k) => k !== at && r.en.includes(usual))) continue;
        const [family, given] = usual.split(' ');
        const other = at % 2 === 0 ? `${given} ${family}` : `${family} ${given!.replace(/^(\w)([a-z]*?[aeiou]n?g?)(?=[^aeiou])/, '$1$2-')}`;
        return other === usual ? null : en.replace(usual, other);
      }
      return null;
    },
  },
];

/**
 * A common word of the Chinese whose dictionary English is in the reference, replaced by
 * what MT leaves: the Chinese itself or its pinyin. Only words CC-CEDICT has as common
 * words (not names), of two characters or more.
 */
function withWord({ zh, en }: ErrorInput, leave: (word: string) => string): string | null {
  for (const { word } of chineseSegments(zh)) {
    if (word.length < 2) continue;
    const entries = lookup(word);
    if (entries.length === 0 || entries.some(isNameEntry)) continue;
    for (const sense of entries[0]!.english.slice(0, 3)) {
      const gloss = sense.replace(/\([^)]*\)/g, '').trim().replace(/^to /, '');
      if (!/^[a-z]{4,}$/.test(gloss)) continue;
      const found = new RegExp(`\\b${gloss}\\b`, 'i').exec(en);
      if (found) return en.slice(0, found.index) + leave(word) + en.slice(found.index + found[0].length);
    }
  }
  return null;
}
