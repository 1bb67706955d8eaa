import { pinyinSyllableCount } from '../../bilingual/pinyin-words';
import { defineCheck } from '../define-check';
import { isEnglishWord, isPlainEnglishWord, type EnglishVariety } from '../english-dictionary';
import { DEFAULT_QA_SETTINGS } from '../settings';

/**
 * Misspelt English words. Names are not misspellings: words with a capital letter, words
 * that read as pinyin (garbled names are the name checks' business), and the glossary's
 * renderings are skipped. Which English is right is the englishVariety setting: British and
 * American both by default (news agencies write either), or one of them.
 */
export default defineCheck({
  id: 'spelling',
  category: 'Fluency/Spelling',
  severity: 'minor',
  describe: 'A misspelt English word',
  run({ target }, { glossary, settings }) {
    const variety = (settings ?? DEFAULT_QA_SETTINGS).englishVariety;
    const known = glossary ? glossaryWords(glossary.entries) : NO_WORDS;
    const findings = [];
    let addresses: [number, number][] | undefined;
    // Plain lowercase words of three letters or more; no digits, hyphens or apostrophes.
    for (const m of target.matchAll(PLAIN_LOWERCASE_WORD)) {
      const word = m[0];
      // The dictionary first: it answers for nearly every word.
      if (isPlainEnglishWord(word, variety) || known.has(word) || pinyinSyllableCount(word) > 0) continue;
      addresses ??= webAddresses(target);
      if (addresses.some(([start, end]) => m.index! >= start && m.index! < end)) continue;
      // A word one edit from a dictionary word is a typo; one far from any is more often a
      // term the dictionary lacks ("mouthparts", "reconfigurable"): not worth a finding.
      const suggestion = suggestionFor(word, variety);
      if (!suggestion || isClosedCompound(word, variety) || isDoubledVariant(word, variety)) continue;
      const span: [number, number] = [m.index!, m.index! + word.length];
      findings.push({ message: `"${word}" may be misspelt; did you mean "${suggestion}"?`, targetSpan: span, fix: { span, replacement: suggestion } });
    }
    return findings;
  },
});

/** Web and mail addresses ("http://www.mesobiosys.com", "news@xinhua.org"): not words to spell. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|[\w.-]+@[\w-]+\.[\w.-]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu|int|io|info|hk|mo|tw)\b(?:\/\S*)?/gi;

function webAddresses(target: string): [number, number][] {
  if (!/www\.|https?:|@|\.(?:com|cn|net|org|gov|edu|int|io|info|hk|mo|tw)\b/i.test(target)) return [];
  return [...target.matchAll(WEB_ADDRESS)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** A whole word of small letters only (not part of "don't", "covid-19" or "Beijing"). */
const PLAIN_LOWERCASE_WORD = /(?<![\w'’-])[a-z]{3,}(?![\w'’-])/g;
const suggestions = new Map<string, string | null>();

/**
 * The first dictionary word one edit away (swap, deletion, insertion, substitution).
 * Hunspell's own suggest() searches further but takes milliseconds a word; QA over a
 * corpus cannot wait for that, and one edit covers most typos.
 */
function suggestionFor(word: string, variety: EnglishVariety): string | null {
  const key = `${variety}:${word}`;
  if (suggestions.has(key)) return suggestions.get(key)!;
  const suggestion = oneEditAway(word).find((candidate) => isEnglishWord(candidate, variety)) ?? null;
  if (suggestions.size > 50_000) suggestions.clear();
  suggestions.set(key, suggestion);
  return suggestion;
}

/** Words that run into the next by mistake ("andthe", "forthe"); never half of a closed compound. */
const FUNCTION_WORDS = new Set('the and for with that this from you are was were not but all can his her our its has had have they them their who how why any one out off into onto'.split(' '));

/**
 * Two dictionary words written as one ("hotline", "carmaker"): a closed compound newer than
 * the dictionary, not a typo. The second is of four letters or more, and a doubled consonant
 * before -ing or -ed, or the other variety's spelling, is a spelling variety ("cancel|led",
 * "neigh|boring"), not a compound.
 */
function isClosedCompound(word: string, variety: EnglishVariety): boolean {
  if (/([b-df-hj-np-tv-z])\1(?:ing|ed|er|ers)$/.test(word)) return false;
  // A spelling of the other variety ("neighboring" where British English is asked) is not a new compound ("neigh|boring").
  if (variety !== 'both' && isEnglishWord(word, variety === 'en_US' ? 'en_GB' : 'en_US')) return false;
  for (let cut = 3; cut <= word.length - 4; cut += 1) {
    const [head, tail] = [word.slice(0, cut), word.slice(cut)];
    if (!FUNCTION_WORDS.has(head) && !FUNCTION_WORDS.has(tail) && isEnglishWord(head, variety) && isEnglishWord(tail, variety)) return true;
  }
  return false;
}

/**
 * "benefitting", "focussed", "targetted": the final consonant doubled, a British variant of a
 * dictionary word (so not where the variety is American English alone).
 */
function isDoubledVariant(word: string, variety: EnglishVariety): boolean {
  if (variety === 'en_US') return false;
  const m = /^(\w{3,}[aeiu])([ts])\2(ing|ed)$/.exec(word);
  return m !== null && isEnglishWord(`${m[1]}${m[2]}${m[3]}`, variety);
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

const NO_WORDS = new Set<string>();
const glossaryCache = new WeakMap<object, Set<string>>();
function glossaryWords(entries: readonly { approved: string[] }[]): Set<string> {
  const cached = glossaryCache.get(entries);
  if (cached) return cached;
  const words = new Set(entries.flatMap((e) => e.approved.join(' ').toLowerCase().match(/[a-z]+/g) ?? []));
  glossaryCache.set(entries, words);
  return words;
}

