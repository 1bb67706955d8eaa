import { defineCheck } from '../define-check';
import { matches } from '../matches';

/** Doubles English grammar allows ("had had", "that that"). */
const GRAMMATICAL_DOUBLES = new Set(['had', 'that', 'is', 'do', 'can', 'bye', 'no', 'very', 'so', 'many', 'more']);

/**
 * Whether any word is followed by the same word (case aside, whatever stands between): a
 * cheap scan that lets the regex, whose back-reference is tried at every word, run only
 * where it can match.
 */
function hasAdjacentRepeat(target: string): boolean {
  const words = target.toLowerCase().split(/[^a-z]+/);
  for (let i = 1; i < words.length; i += 1) if (words[i] !== '' && words[i] === words[i - 1]) return true;
  return false;
}

export default defineCheck({
  id: 'repeated-word',
  category: 'Fluency/Grammar',
  severity: 'minor',
  describe: 'The same word twice in a row ("arduous arduous")',
  run: ({ target }) =>
    !hasAdjacentRepeat(target)
      ? []
      : matches(target, /\b([A-Za-z]+)\s+\1\b/gi)
          .filter(({ m }) => !GRAMMATICAL_DOUBLES.has(m[1]!.toLowerCase()))
          .map(({ m, span }) => ({ message: `"${m[1]}" is repeated`, targetSpan: span, fix: { span, replacement: m[1]! } })),
});
