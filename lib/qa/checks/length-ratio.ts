import { defineCheck } from '../define-check';

/**
 * English characters per Chinese character in translation: the usual band. News English
 * runs long (official names spelt out, "Message from Beijing of the Xinhua News Agency"):
 * its references reach 6 letters a character without adding anything.
 */
const LOW = 1.1;
const HIGH = 7;

/** Characters that are not white space, counted without building a new string. */
function visible(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x3000 && c !== 0xa0) count += 1;
  }
  return count;
}

/**
 * The Chinese in Chinese characters' worth: Latin letters and digits in it (a name, a
 * product, an English phrase quoted: "World Beverage Innovation Awards", "do the right
 * thing") come over one for one, so a few of them weigh what one character does.
 */
function chineseWeight(text: string): number {
  let latin = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) latin += 1;
  }
  return visible(text) - latin + latin / LATIN_PER_CHARACTER;
}

/** English letters a Chinese character usually becomes: a Latin letter of the Chinese weighs one of these. */
const LATIN_PER_CHARACTER = 3;

/**
 * A translation much shorter or longer than its Chinese suggests something was left out
 * or added. Short rows vary too much to judge.
 */
export default defineCheck({
  id: 'length-ratio',
  category: 'Accuracy/Omission',
  severity: 'minor',
  describe: 'The English is far shorter or longer than the Chinese suggests (omission or addition)',
  run({ source, target }) {
    if (!source) return [];
    const zh = Math.round(chineseWeight(source));
    const en = visible(target);
    if (zh < 12) return [];
    const ratio = en / zh;
    if (ratio < LOW) return [{ message: `The English is short for its Chinese (${en} letters for ${zh} characters): something may be left out`, sourceSpan: [0, source.length] as [number, number] }];
    if (ratio > HIGH) return [{ message: `The English is long for its Chinese (${en} letters for ${zh} characters): something may be added`, targetSpan: [0, target.length] as [number, number] }];
    return [];
  },
});
