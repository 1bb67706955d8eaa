import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { pinyinSyllableCount } from '../../bilingual/pinyin-words';
import { defineCheck } from '../define-check';

type Speller = ReturnType<typeof nspell>;
let speller: Speller | null = null;

/** Hunspell's en_US dictionary from dictionary-en, loaded once, on first use. */
function loadSpeller(): Speller {
  if (speller) return speller;
  speller = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return speller;
}

/**
 * Misspelt English words. Names are not misspellings: words with a capital letter, words
 * that read as pinyin (garbled names are the name checks' business), and the glossary's
 * renderings are skipped; so are British spellings, which news agencies use.
 */
export default defineCheck({
  id: 'spelling',
  category: 'Fluency/Spelling',
  severity: 'minor',
  describe: 'A misspelt English word',
  run({ target }, { glossary }) {
    const spell = loadSpeller();
    const known = glossaryWords(glossary?.entries ?? []);
    const findings = [];
    for (const m of target.matchAll(/(?<![\w'’-])[a-z]{3,}(?![\w'’-])/g)) {
      const word = m[0];
      if (known.has(word) || BRITISH.has(word) || isCorrect(spell, word) || pinyinSyllableCount(word) > 0) continue;
      // A word one edit from a dictionary word is a typo; one far from any is more often a
      // term the dictionary lacks ("mouthparts", "reconfigurable"): not worth a finding.
      const suggestion = suggestionFor(spell, word);
      if (!suggestion) continue;
      const span: [number, number] = [m.index!, m.index! + word.length];
      findings.push({ message: `"${word}" may be misspelt; did you mean "${suggestion}"?`, targetSpan: span, fix: { span, replacement: suggestion } });
    }
    return findings;
  },
});

const verdicts = new Map<string, boolean>();
const suggestions = new Map<string, string | null>();

/** Word lists repeat: each word is looked up once (suggestions are the slow part of Hunspell). */
function isCorrect(spell: Speller, word: string): boolean {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    if (verdicts.size > 100_000) verdicts.clear();
    verdicts.set(word, (verdict = spell.correct(word)));
  }
  return verdict;
}

/**
 * The first dictionary word one edit away (swap, deletion, insertion, substitution).
 * Hunspell's own suggest() searches further but takes milliseconds a word; QA over a
 * corpus cannot wait for that, and one edit covers most typos.
 */
function suggestionFor(spell: Speller, word: string): string | null {
  if (suggestions.has(word)) return suggestions.get(word)!;
  const suggestion = oneEditAway(word).find((candidate) => isCorrect(spell, candidate)) ?? null;
  if (suggestions.size > 50_000) suggestions.clear();
  suggestions.set(word, suggestion);
  return suggestion;
}

const LETTERS = 'etaoinshrdlcumwfgypbvkjxqz';

function oneEditAway(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length - 1; i += 1) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i <= word.length; i += 1) for (const c of LETTERS) out.push(word.slice(0, i) + c + word.slice(i));
  for (let i = 0; i < word.length; i += 1) for (const c of LETTERS) if (c !== word[i]) out.push(word.slice(0, i) + c + word.slice(i + 1));
  return out;
}

const glossaryCache = new WeakMap<object, Set<string>>();
function glossaryWords(entries: readonly { approved: string[] }[]): Set<string> {
  const cached = glossaryCache.get(entries);
  if (cached) return cached;
  const words = new Set(entries.flatMap((e) => e.approved.join(' ').toLowerCase().match(/[a-z]+/g) ?? []));
  glossaryCache.set(entries, words);
  return words;
}

/** British spellings the American dictionary does not know; both are correct English. */
const BRITISH = new Set('vigour colour honour labour favour behaviour neighbour centre theatre programme organise organised organisation modernise modernisation realise realised mobilise mobilisation prioritise emphasise recognise utilise civilisation defence licence practise catalogue'.split(' '));
