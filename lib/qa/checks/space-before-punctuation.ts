import { defineCheck } from '../define-check';
import { matches } from '../matches';

/** A space before , . ; : ! ? — a French habit, an MT artefact in English. */
export default defineCheck({
  id: 'space-before-punctuation',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'A space before punctuation',
  run: ({ target }) =>
    !/ [,.;:!?]/.test(target)
      ? []
      : matches(target, /(?<=\w) +([,.;:!?])(?=\s|$)/g).map(({ m, span }) => ({
      message: `Space before "${m[1]}"`,
      targetSpan: span,
      fix: { span, replacement: m[1]! },
    })),
});
