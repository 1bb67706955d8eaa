import { looksLikePinyinName, pinyinSyllableCount } from '../../bilingual/pinyin-words';
import { defineCheck } from '../define-check';
import { isPlainEnglishWord } from '../english-dictionary';
import { matches } from '../matches';

/**
 * The same name capitalised differently within an article: "Jin guowei" beside "Jin Guowei",
 * "taixing’s" beside "Taixing". The capitalised form found elsewhere is the fix.
 */
export default defineCheck({
  id: 'name-capitalisation',
  category: 'Fluency/Inconsistency',
  severity: 'minor',
  describe: 'A name capitalised differently within the article',
  run({ target }, { rows }) {
    const proper = documentForms(rows);
    if (proper.size === 0) return [];
    const lower = target.toLowerCase();
    if (!mentionsAny(lower, proper.keys())) return [];
    return matches(target, /\b[A-Za-z]+(?: [A-Za-z]+)?\b/g)
      .map(({ m, span }) => ({ written: m[0], span, proper: proper.get(m[0].toLowerCase()) }))
      .filter(({ written, proper: p }) => p && p !== written && written !== written.toUpperCase())
      .map(({ written, span, proper: p }) => ({ message: `"${written}" is written "${p}" elsewhere in the article`, targetSpan: span, fix: { span, replacement: p! } }));
  },
});

const perDocument = new WeakMap<object, Map<string, string>>();
function documentForms(rows: { target: string }[]): Map<string, string> {
  const cached = perDocument.get(rows);
  if (cached) return cached;
  const forms = properForms(rows.map((r) => r.target));
  perDocument.set(rows, forms);
  return forms;
}

const COMMON = new Set('the and of for with this that from city party county committee municipal district province new area national people'.split(' '));

/**
 * Names as the article writes them with capitals, when it does so mid-sentence (not just
 * because a sentence starts there), and only words that read as pinyin ("Taixing",
 * "Jin Guowei"): English words like "Committee" are capitalised by choice, not by rule.
 */
function properForms(texts: string[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<=[a-z,;] )([A-Z][a-z]+)(?: ([A-Z][a-z]+))?/g)) {
      const [whole, first, second] = m;
      if (second && pinyinSyllableCount(first!) >= 1 && looksLikePinyinName(second)) forms.set(whole.toLowerCase(), whole);
      for (const word of [first!, second].filter((w): w is string => Boolean(w))) {
        if (word.length > 4 && looksLikePinyinName(word) && !COMMON.has(word.toLowerCase())) forms.set(word.toLowerCase(), word);
      }
    }
  }
  // An English word capitalised inside a name ("School of Medicine") is no name when written small ("medicine").
  for (const key of [...forms.keys()]) if (!key.includes(' ') && (ENGLISH_WORD.test(key) || isPlainEnglishWord(key))) forms.delete(key);
  return forms;
}

/** Lowercase single words that are ordinary English are left alone ("march", "will"). */
const ENGLISH_WORD = /^(march|may|will|mark|bill|grace|hope|rose|china|august|justice|party|union|state|west|east|north|south)$/;

function mentionsAny(text: string, keys: Iterable<string>): boolean {
  for (const key of keys) if (text.includes(key)) return true;
  return false;
}
