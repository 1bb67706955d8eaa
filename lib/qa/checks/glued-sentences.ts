import { defineCheck } from '../define-check';
import { matches } from '../matches';

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'co', 'ltd', 'inc', 'vs', 'etc', 'ph']);

/**
 * Sentences (or clauses) glued by the MT without a space: "conference.Review meetings",
 * "construction,Strive". Not after abbreviations ("Dr.Li" is rare but not MT glue) or in
 * initialisms ("U.S.A").
 */
export default defineCheck({
  id: 'glued-sentences',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'Two sentences glued without a space',
  run({ target, gluedToNext }) {
    const glue = gluedToNext
      ? [{ message: 'The machine translation ran this sentence into the next without a space; exports put one in.', targetSpan: [Math.max(0, target.length - 1), target.length] as [number, number] }]
      : [];
    if (!GLUED.test(target) && !COMMA_GLUED.test(target)) return glue;
    // The word is matched from its first letter only: from every letter, the regex would
    // read each word again and again.
    const inside = matches(target, /(?<![A-Za-z0-9])([A-Za-z0-9]+)([.!?;,:]+["”’)]?)(?=[“"]?[A-Z]|(?<=[a-z][,;])[a-z])/g)
      .filter(({ m, span }) => !ABBREVIATIONS.has(m[1]!.toLowerCase()) && !/^[A-Z]$/.test(m[1]!) && !isTicker(m[1]!, m[2]!, target.slice(span[1])))
      .map(({ m, span }) => {
        const at = span[1];
        return {
          message: `No space after "${m[2]}": "…${target.slice(Math.max(0, at - 15), at + 10)}…"`,
          targetSpan: [at - m[2]!.length, at + 1] as [number, number],
          fix: { span: [at, at] as [number, number], replacement: ' ' },
        };
      });
    return [...glue, ...inside];
  },
});

/** Punctuation with a capital right after it, or a comma with a small letter: the only places glue can be. */
const GLUED = /[.!?;,:]["”’)]?[“"]?[A-Z]/;
const COMMA_GLUED = /[a-z][,;][a-z]/;

/** A stock code and its exchange (600884.SH, 0700.HK), or a file or web name: not two sentences. */
const isTicker = (word: string, punctuation: string, after: string) => punctuation === '.' && /^\d+$/.test(word) && /^[A-Z]{1,4}(?![A-Za-z])/.test(after);
