import { defineCheck } from '../define-check';
import { matches } from '../matches';

/**
 * Two or more spaces between words. Two spaces after a sentence's stop ("… in 2021.  The …")
 * is the typewriter convention some translators keep, not an error, and is left alone.
 */
export default defineCheck({
  id: 'double-space',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'More than one space between words',
  run: ({ target }) =>
    !target.includes('  ')
      ? []
      : matches(target, /(?<=\S) {2,}(?=\S)/g)
          .filter(({ span: [start, end] }) => !(/[.!?]["”’)]?$/.test(target.slice(Math.max(0, start - 2), start)) && /^["“‘(]?[A-Z0-9]/.test(target.slice(end, end + 2))))
          .map(({ span }) => ({ message: 'Double space', targetSpan: span, fix: { span, replacement: ' ' } })),
});
