import { defineCheck } from '../types';
import { matches } from '../matches';

/** Two or more spaces between words. */
export const doubleSpace = defineCheck({
  id: 'double-space',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'More than one space between words',
  run: ({ target }) =>
    matches(target, /(?<=\S) {2,}(?=\S)/g).map(({ span }) => ({ message: 'Double space', targetSpan: span, fix: { span, replacement: ' ' } })),
});

/** A space before , . ; : ! ? — a French habit, an MT artefact in English. */
export const spaceBeforePunctuation = defineCheck({
  id: 'space-before-punctuation',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'A space before punctuation',
  run: ({ target }) =>
    matches(target, /(?<=\w) +([,.;:!?])(?=\s|$)/g).map(({ m, span }) => ({
      message: `Space before "${m[1]}"`,
      targetSpan: span,
      fix: { span, replacement: m[1]! },
    })),
});
