import { joinedPinyin } from '../../bilingual/lexicon';
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

/** "low-power power line": the first word ends a hyphenated compound, the second is a word of its own. */
const endsCompound = (target: string, start: number) => /[A-Za-z]-$/.test(target.slice(Math.max(0, start - 2), start));

/** "Han Han", "Lang Lang": a name whose two syllables are the same (韩寒, 郎朗), written so in the Chinese. */
function reduplicatedName(source: string | null, pair: string): boolean {
  const [first, second] = pair.split(/\s+/);
  if (!source || !/^[A-Z]/.test(first!) || !/^[A-Z]/.test(second!)) return false;
  return joinedPinyin(source).includes(`${first}${second}`.toLowerCase());
}

export default defineCheck({
  id: 'repeated-word',
  category: 'Fluency/Grammar',
  severity: 'minor',
  describe: 'The same word twice in a row ("arduous arduous")',
  run: ({ source, target }) =>
    !hasAdjacentRepeat(target)
      ? []
      : matches(target, /\b([A-Za-z]+)\s+\1\b/gi)
          .filter(({ m, span }) => !GRAMMATICAL_DOUBLES.has(m[1]!.toLowerCase()) && !endsCompound(target, span[0]) && !reduplicatedName(source, m[0]))
          .map(({ m, span }) => ({ message: `"${m[1]}" is repeated`, targetSpan: span, fix: { span, replacement: m[1]! } })),
});
