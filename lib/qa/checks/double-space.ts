import { defineCheck } from '../define-check';
import { matches } from '../matches';

/** Two or more spaces between words. */
export default defineCheck({
  id: 'double-space',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'More than one space between words',
  run: ({ target }) =>
    !target.includes('  ')
      ? []
      : matches(target, /(?<=\S) {2,}(?=\S)/g).map(({ span }) => ({ message: 'Double space', targetSpan: span, fix: { span, replacement: ' ' } })),
});
