import dictionary from 'dictionary-en';
import britishDictionary from 'dictionary-en-gb';
import nspell from 'nspell';
import { processWide } from '../process-wide';
import { cachedDerivedText, packageVersion } from '../storage/derived-cache';
import { expandDictionary } from './dictionary-forms';

/**
 * Hunspell's en_US dictionary (dictionary-en), loaded once on first use, for the spelling
 * and capitalisation checks; its en_GB one (dictionary-en-gb) too, loaded only when a word
 * the American one lacks is asked about with British English allowed (the englishVariety
 * setting: "cancelled", "neighbouring", "learnt" are right in Xinhua's English). Plain lowercase words are looked up in the dictionary's
 * expanded word forms (the same answers as Hunspell's, checked on every word and a sample of
 * misspellings of the TED test set, without its affix stripping on each question); anything
 * else goes to Hunspell (nspell).
 */
type Speller = ReturnType<typeof nspell>;
export type EnglishVariety = 'en_US' | 'en_GB' | 'both';
let speller: Speller | null = null;
let britishSpeller: Speller | null = null;
const verdicts = new Map<string, boolean>();
const britishVerdicts = new Map<string, boolean>();
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

const britishWordForms = () => processWide('en-GB word forms', () => expandDictionary(Buffer.from(britishDictionary.aff).toString('utf8'), Buffer.from(britishDictionary.dic).toString('utf8')));

/** Whether Hunspell accepts the word in the variety given (either, by default). */
export function isEnglishWord(word: string, variety: EnglishVariety = 'both'): boolean {
  if (variety === 'en_GB') return isBritishWord(word);
  if (isAmericanWord(word)) return true;
  return variety === 'both' && isBritishWord(word);
}

/** isEnglishWord for a word already known to be small letters only: a set lookup or two. */
export function isPlainEnglishWord(word: string, variety: EnglishVariety = 'both'): boolean {
  if (variety !== 'en_GB' && wordForms().has(word)) return true;
  return variety !== 'en_US' && britishWordForms().has(word);
}

function isAmericanWord(word: string): boolean {
  if (PLAIN_WORD.test(word)) return wordForms().has(word);
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    if (verdicts.size > 100_000) verdicts.clear();
    verdicts.set(word, (verdict = englishSpeller().correct(word)));
  }
  return verdict;
}

function isBritishWord(word: string): boolean {
  if (PLAIN_WORD.test(word)) return britishWordForms().has(word);
  let verdict = britishVerdicts.get(word);
  if (verdict === undefined) {
    if (britishVerdicts.size > 100_000) britishVerdicts.clear();
    britishSpeller ??= nspell({ aff: Buffer.from(britishDictionary.aff), dic: Buffer.from(britishDictionary.dic) });
    britishVerdicts.set(word, (verdict = britishSpeller.correct(word)));
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
