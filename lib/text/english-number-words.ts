/**
 * English numbers written in words: "fifteen", "twenty-one", "one hundred and five",
 * "two thousand", "sixteenth", "twenty-first". "Dozens" and "hundreds of" are not
 * numbers a translation check can hold the text to, so they are left alone.
 */
const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
const ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
  // "Firstly, …": how English counts points that Chinese numbers 第一，第二.
  firstly: 1, secondly: 2, thirdly: 3, fourthly: 4, fifthly: 5,
};
export const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const word = (table: Record<string, number>) => Object.keys(table).sort((a, b) => b.length - a.length).join('|');
/** A run of number words: "twenty-one", "one hundred and five", "three million". */
// An ordinal ends the run: "the second one" is 2nd and 1, not one unreadable number.
const SEPARATOR = '(?:[ -]|\\s+and\\s+)';
export const WORD_NUMBER = new RegExp(`\\b(?:(?:${word(SMALL)})(?:${SEPARATOR}(?:${word(SMALL)}|${word(SCALE)}))*(?:${SEPARATOR}(?:${word(ORDINAL)}))?|${word(ORDINAL)})\\b(?!-)`, 'gi');

export interface WordNumber {
  value: number;
  ordinal: boolean;
}

/** The value of a run WORD_NUMBER matched, or null when the words do not make one number ("one one"). */
export function parseNumberWords(text: string): WordNumber | null {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let ordinal = false;
  let lastSmall: number | null = null;
  for (const w of words) {
    if (ordinal) return null; // an ordinal ends the number
    if (w in SMALL || (w in ORDINAL && !(w in SCALE))) {
      const value = SMALL[w] ?? ORDINAL[w]!;
      if (lastSmall !== null && !(lastSmall >= 20 && lastSmall % 10 === 0 && value < 10)) return null;
      current += value;
      lastSmall = value;
      ordinal = w in ORDINAL;
    } else {
      const scale = SCALE[w] ?? ORDINAL[w]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      lastSmall = null;
      ordinal = w in ORDINAL;
    }
  }
  return { value: total + current, ordinal };
}
