import type { Lang } from './types';

/** Enough of an article to judge its script; the headline and lead settle it. */
const SAMPLE_CHARS = 4000;
/** Below this many letters (Han characters weighted) there is nothing to judge. */
const MIN_LETTERS = 8;
/**
 * One Han character carries about as much as three Latin letters (an English word is about
 * five letters and a space, a Chinese word about one and a half characters).
 */
const HAN_WEIGHT = 3;

const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'for', 'on', 'with', 'that', 'by', 'as', 'at', 'are', 'be', 'it', 'from', 'has', 'have']);

export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // Extension A
    (code >= 0xf900 && code <= 0xfaff) || // Compatibility Ideographs
    (code >= 0x20000 && code <= 0x3134f) // Extensions B–G (astral)
  );
}

const isLatinLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

/** Letters of other scripts (Cyrillic, Greek, Arabic, Hebrew, Indic, Thai, Hangul…). */
const isOtherLetter = (code: number) => (code >= 0x370 && code <= 0x1fff) || (code >= 0xac00 && code <= 0xd7af);
/** Hiragana and katakana: Japanese writes Han characters too, but never without kana. */
const isKana = (code: number) => code >= 0x3040 && code <= 0x30ff;

interface ScriptCounts {
  han: number;
  latin: number;
  other: number;
  kana: number;
}

function countScripts(sample: string): ScriptCounts {
  const counts = { han: 0, latin: 0, other: 0, kana: 0 };
  for (let i = 0; i < sample.length; i += 1) {
    let code = sample.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      code = sample.codePointAt(i)!;
      i += 1;
    }
    if (code < 0x80) {
      if (isLatinLetter(code)) counts.latin += 1;
    } else if (isHan(code)) counts.han += 1;
    else if (isLatinLetter(code)) counts.latin += 1;
    else if (isOtherLetter(code)) counts.other += 1;
    else if (isKana(code)) counts.kana += 1;
  }
  return counts;
}

/** Latin text is English when English function words make up a fair share of its words. */
function looksEnglish(sample: string): boolean {
  const words = sample.slice(0, 1500).toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0) return false;
  const functionWords = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return functionWords / words.length >= 0.03;
}

/**
 * The language from the script: Chinese when Han characters (weighted) outnumber Latin
 * letters and any other script; English when Latin letters lead and read as English;
 * otherwise unknown (too little text, Latin text in another language, other scripts).
 */
export function detectLanguage(text: string): Lang {
  const sample = text.slice(0, SAMPLE_CHARS);
  const { han, latin, other, kana } = countScripts(sample);
  const weightedHan = han * HAN_WEIGHT;
  if (weightedHan + latin + other + kana < MIN_LETTERS) return 'unknown';
  if (weightedHan >= latin && weightedHan >= other) return kana * 10 > han ? 'unknown' : 'zh';
  if (latin > other && looksEnglish(sample)) return 'en';
  return 'unknown';
}
