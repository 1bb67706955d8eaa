import { buildPatternMatcher } from './aho-corasick';
import { foldCode, termVariants } from './normalise-zh';
import type { GlossaryEntry } from './types';

/** A glossary term found in Chinese text; offsets index into the text as given. */
export interface ZhTermMatch {
  entryId: string;
  /** The entry's term as written in the glossary. */
  term: string;
  /** The characters matched, as written in the text (may be Traditional). */
  text: string;
  start: number;
  end: number;
}

export interface ZhMatcher {
  find(text: string): ZhTermMatch[];
  /** How many distinct folded forms are searched for (terms plus regional variants). */
  readonly patternCount: number;
}

export interface ZhMatcherOptions {
  /** Also match Taiwan vocabulary (記憶體 for 内存); on by default, costs ~0.2 s once per process. */
  regionalVocabulary?: boolean;
}

/**
 * Builds the matcher once per glossary version; `find` is then linear in the text.
 * A term written in Simplified matches Traditional, Hong Kong or Taiwan text and the reverse,
 * because both sides are folded the same way, character for character.
 */
export function buildZhMatcher(entries: readonly GlossaryEntry[], options: ZhMatcherOptions = {}): ZhMatcher {
  const forms = options.regionalVocabulary === false
    ? entries.map((entry) => [foldTerm(entry.zh)])
    : termVariants(entries.map((entry) => entry.zh.trim()));
  const patterns: string[] = [];
  const owners: GlossaryEntry[] = [];
  const seen = new Set<string>();
  forms.forEach((variants, index) => {
    for (const form of variants) {
      // Two entries folding to the same form are duplicates; the first (in file order) keeps it.
      if (seen.has(form)) continue;
      seen.add(form);
      patterns.push(form);
      owners.push(entries[index]!);
    }
  });
  const automaton = buildPatternMatcher(patterns);
  return {
    patternCount: patterns.length,
    find(text) {
      return automaton.findAll(text, foldCode).map(({ pattern, start, end }) => ({
        entryId: owners[pattern]!.id,
        term: owners[pattern]!.zh,
        text: text.slice(start, end),
        start,
        end,
      }));
    },
  };
}

function foldTerm(term: string): string {
  let out = '';
  const trimmed = term.trim();
  for (let i = 0; i < trimmed.length; i += 1) out += String.fromCharCode(foldCode(trimmed.charCodeAt(i)));
  return out;
}
