import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { pinyinSyllableCount } from '../../bilingual/pinyin-words';
import { defineCheck } from '../types';

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
      if (known.has(word) || BRITISH.has(word) || spell.correct(word) || pinyinSyllableCount(word) > 0) continue;
      const suggestion = spell.suggest(word)[0] ?? null;
      const span: [number, number] = [m.index!, m.index! + word.length];
      findings.push({ message: `"${word}" may be misspelt${suggestion ? `; did you mean "${suggestion}"?` : ''}`, targetSpan: span, fix: suggestion ? { span, replacement: suggestion } : null });
    }
    return findings;
  },
});

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
