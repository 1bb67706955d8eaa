import type { Lang } from './types';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]+/g;
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'for', 'on', 'with', 'that', 'by', 'as']);

/**
 * The language from the script. One Han character carries about a word, an English word
 * about five letters: so Chinese wins when it has more characters than English has words.
 * Latin text counts as English only when English function words occur in it.
 */
export function detectLanguage(text: string): Lang {
  const sample = text.slice(0, 4000);
  const han = sample.match(HAN)?.length ?? 0;
  const words = sample.match(LATIN_WORD) ?? [];
  if (han + words.length < 5) return 'unknown';
  if (han >= words.length) return 'zh';
  const functionWords = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())).length;
  return functionWords / words.length >= 0.03 ? 'en' : 'unknown';
}
