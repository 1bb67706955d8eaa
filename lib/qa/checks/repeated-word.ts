import { defineCheck } from '../define-check';
import { matches } from '../matches';

/** Doubles English grammar allows ("had had", "that that"). */
const GRAMMATICAL_DOUBLES = new Set(['had', 'that', 'is', 'do', 'can', 'bye', 'no', 'very', 'so', 'many', 'more']);

export default defineCheck({
  id: 'repeated-word',
  category: 'Fluency/Grammar',
  severity: 'minor',
  describe: 'The same word twice in a row ("arduous arduous")',
  run: ({ target }) =>
    matches(target, /\b([A-Za-z]+)\s+\1\b/gi)
      .filter(({ m }) => !GRAMMATICAL_DOUBLES.has(m[1]!.toLowerCase()))
      .map(({ m, span }) => ({ message: `"${m[1]}" is repeated`, targetSpan: span, fix: { span, replacement: m[1]! } })),
});
