/**
 * English text as words, for glossary matching that survives inflection and spelling:
 * "Party Committee's", "cadres", "cities", "co-operation", "Five Year" all meet their
 * glossary forms. Each word is reduced to a stem (possessive, then plural, removed); the same
 * reduction is applied to the glossary renderings, so "news" and "new" meeting is the worst
 * it can do. Built once per text, then every rendering is a few map lookups.
 */
export interface EnglishWord {
  start: number;
  end: number;
  /** Stem, lower-cased. Case-sensitive entries compare `casedStem(index, i)` instead. */
  stem: string;
}

export interface EnglishWords {
  text: string;
  words: EnglishWord[];
  /** Word indexes by stem (lower-cased). */
  byStem: Map<string, number[]>;
  /** Two words joined by a hyphen ("co-operation"), by their joined stem, at the first word. */
  byJoinedStem: Map<string, number[]>;
}

/**
 * Letters and digits, with apostrophes inside a word (People's, Xi'an) kept in it. A final
 * apostrophe stays out: it closes a quotation more often than it marks "cities'".
 */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const HYPHEN = /^[-‐‑–]$/;
const HYPHEN_CODES = new Set([0x2d, 0x2010, 0x2011, 0x2013]);

/** Stems of lower-cased words: a corpus repeats its words, so most lookups hit. */
const stemCache = new Map<string, string>();

function cachedStem(lower: string): string {
  let stem = stemCache.get(lower);
  if (stem === undefined) {
    if (stemCache.size > 100_000) stemCache.clear(); // a bound on memory, not a tuning knob
    stem = stemWord(lower);
    stemCache.set(lower, stem);
  }
  return stem;
}

export function indexEnglish(text: string): EnglishWords {
  const words: EnglishWord[] = [];
  const byStem = new Map<string, number[]>();
  const byJoinedStem = new Map<string, number[]>();
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length; // a few capitals (İ) lengthen when lowered
  for (const [start, end] of wordSpans(text)) {
    const stem = cachedStem(sameLength ? lower.slice(start, end) : text.slice(start, end).toLowerCase());
    words.push({ start, end, stem });
    addTo(byStem, stem, words.length - 1);
  }
  for (let i = 0; i + 1 < words.length; i += 1) {
    const [left, right] = [words[i]!, words[i + 1]!];
    if (right.start - left.end !== 1 || !HYPHEN_CODES.has(text.charCodeAt(left.end))) continue;
    const joined = text.slice(left.start, left.end) + text.slice(right.start, right.end);
    addTo(byJoinedStem, cachedStem(joined.toLowerCase()), i);
  }
  return { text, words, byStem, byJoinedStem };
}

/** 1 letter or digit, 2 not, 0 not yet known: per UTF-16 code unit, filled as met. */
const wordChar = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number): boolean {
  let known = wordChar[code]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    wordChar[code] = known;
  }
  return known === 1;
}

/**
 * The same spans as `WORD` finds, scanned by hand: a regex with Unicode classes costs twice
 * as much, and term usage indexes every English article of the corpus.
 * (Astral letters split words; English text does not have them.)
 */
function* wordSpans(text: string): Generator<[number, number]> {
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < text.length && isWordChar(text.charCodeAt(i))) i += 1;
      const code = text.charCodeAt(i);
      if ((code === 0x27 || code === 0x2019) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1))) i += 1;
      else break;
    }
    yield [start, i];
  }
}

/** The stem of word `i` with the text's own capitals, for case-sensitive entries. */
export function casedStem(index: EnglishWords, i: number): string {
  const word = index.words[i]!;
  return stemWord(index.text.slice(word.start, word.end));
}

function addTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Possessive, then plural, off. Irregular plurals are out of scope; -ies→y needs four
 * letters so "ties" and "lies" stay; -es goes only after s, x, z, ch, sh ("branches").
 */
export function stemWord(word: string): string {
  let stem = word.replace(/’/g, "'");
  if (stem.endsWith("'s")) stem = stem.slice(0, -2);
  else if (stem.endsWith("'")) stem = stem.slice(0, -1);
  if (stem.length > 4 && /ies$/i.test(stem)) return `${stem.slice(0, -3)}${stem.at(-3) === 'I' ? 'Y' : 'y'}`;
  if (stem.length > 3 && /(?:s|x|z|ch|sh)es$/i.test(stem)) return stem.slice(0, -2);
  if (stem.length > 2 && /[^s]s$/i.test(stem) && !/(?:us|is)$/i.test(stem)) return stem.slice(0, -1);
  return stem;
}

/** One way a rendering can appear: its words' stems and the punctuation between them. */
export interface PhraseForm {
  /** Lower-cased stems, used to find candidates. */
  stems: string[];
  /** Stems with capitals as written, checked for case-sensitive entries. */
  casedStems: string[];
  /** `gapKey` of what stands between word i and word i + 1. */
  gaps: string[];
}

/**
 * A rendering as phrase forms: the words as written, and, when it has hyphenated words,
 * with each hyphenated pair joined ("co-operation" also as "cooperation").
 */
export function phraseForms(rendering: string): PhraseForm[] {
  const found = [...rendering.matchAll(WORD)].map((m) => ({ surface: m[0], start: m.index, end: m.index + m[0].length }));
  if (found.length === 0) return [];
  const gapsRaw = found.slice(1).map((word, i) => rendering.slice(found[i]!.end, word.start));
  const written = toForm(found.map((w) => w.surface), gapsRaw);
  if (!gapsRaw.some((gap) => HYPHEN.test(gap))) return [written];
  const surfaces: string[] = [found[0]!.surface];
  const gaps: string[] = [];
  let joinedLast = false;
  gapsRaw.forEach((gap, i) => {
    const word = found[i + 1]!.surface;
    if (HYPHEN.test(gap) && !joinedLast) {
      surfaces[surfaces.length - 1] += word;
      joinedLast = true;
    } else {
      surfaces.push(word);
      gaps.push(gap);
      joinedLast = false;
    }
  });
  return [written, toForm(surfaces, gaps)];
}

function toForm(surfaces: string[], gaps: string[]): PhraseForm {
  return {
    stems: surfaces.map((s) => stemWord(s.toLowerCase())),
    casedStems: surfaces.map((s) => stemWord(s)),
    gaps: gaps.map(gapKey),
  };
}

export function isHyphen(gap: string): boolean {
  return HYPHEN.test(gap);
}
/**
 * What must agree between two words: spaces, hyphens, quotes and commas may differ
 * ("one city, four districts" vs "one city four districts"); a full stop, colon or other
 * punctuation means the words are not one phrase.
 */
export function gapKey(gap: string): string {
  return gap.replace(/[\s\-‐‑–'"‘’“”,，]/g, '');
}
