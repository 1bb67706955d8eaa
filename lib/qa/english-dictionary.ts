import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { processWide } from '../process-wide';
import { cachedDerivedText, packageVersion } from '../storage/derived-cache';
import { expandDictionary } from './dictionary-forms';

/**
 * Hunspell's en_US dictionary (dictionary-en), loaded once on first use, for the spelling
 * and capitalisation checks. Plain lowercase words are looked up in the dictionary's
 * expanded word forms (the same answers as Hunspell's, checked on every word and a sample of
 * misspellings of the TED test set, without its affix stripping on each question); anything
 * else goes to Hunspell (nspell).
 */
type Speller = ReturnType<typeof nspell>;
let speller: Speller | null = null;
const verdicts = new Map<string, boolean>();
const PLAIN_WORD = /^[a-z]+$/;

export function englishSpeller(): Speller {
  speller ??= nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return speller;
}

/** The dictionary's word forms, expanded once per install (a cache file) and read once per process. */
const wordForms = () => processWide('en-US word forms', () => new Set(cachedDerivedText(WORD_FORMS).split('\n')));

/** One word form a line; bump the format number when expandDictionary's answers change. */
const WORD_FORMS = {
  name: 'en-us-word-forms.txt',
  get key() {
    return `dictionary-en ${packageVersion('dictionary-en')}; format 1`;
  },
  build: () => [...expandDictionary(Buffer.from(dictionary.aff).toString('utf8'), Buffer.from(dictionary.dic).toString('utf8'))].join('\n'),
};

/** Whether Hunspell accepts the word. */
export function isEnglishWord(word: string): boolean {
  if (PLAIN_WORD.test(word)) return wordForms().has(word);
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    if (verdicts.size > 100_000) verdicts.clear();
    verdicts.set(word, (verdict = englishSpeller().correct(word)));
  }
  return verdict;
}

/**
 * Words the dictionary spells with a capital ("Venus", "Rose", "China", "Romans"): proper
 * nouns, read off the same expanded forms. Its two-letter ones are element symbols and
 * abbreviations ("At", "In", "He"), not names.
 */
export function isDictionaryProperNoun(word: string): boolean {
  if (word.length < 3 || !/^[A-Z]/.test(word)) return false;
  const forms = wordForms();
  return forms.has(word) || forms.has(word.replace(/(?:'s|s)$/, ''));
}
