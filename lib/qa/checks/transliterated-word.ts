import { chineseSegments, glossesFor, isNameEntry, joinedPinyin, lookup } from '../../bilingual/lexicon';
import { pinyinSyllableCount } from '../../bilingual/pinyin-words';
import { defineCheck } from '../define-check';
import { isEnglishWord } from '../english-dictionary';
import type { RawFinding } from '../types';

/** What a common word means, from its first entry that is not a name; 花儿 (erhua of 花) → "flower". */
function meaningOf(word: string): string {
  const entries = lookup(word).filter((e) => !isNameEntry(e));
  if (word.endsWith('儿') && entries.some((e) => e.english.some((sense) => sense.startsWith('erhua variant')))) {
    const base = meaningOf(word.slice(0, -1));
    if (base) return base;
  }
  for (const entry of entries) {
    const sense = entry.english.find((e) => !/^(variant of|old variant|see |erhua variant|surname |used in |abbr\. for|also pr\.)/.test(e));
    if (sense) return sense.replace(/\s*\([^)]*\)|\s*\[[^\]]*\]/g, '').split(';')[0]!.trim();
  }
  return '';
}

const wordsCache = new Map<string, Map<string, { word: string; index: number }>>();

/**
 * The common words of the Chinese (CC-CEDICT knows them, not as names), by their joined
 * pinyin: 花儿 → "huaer". Read once per sentence.
 */
function commonWordsByPinyin(source: string): Map<string, { word: string; index: number }> {
  let found = wordsCache.get(source);
  if (!found) {
    found = new Map();
    for (const { word, index } of chineseSegments(source)) {
      const entries = lookup(word);
      if (word.length < 2 || entries.length === 0 || entries.every(isNameEntry) || meaningOf(word) === '') continue;
      found.set(joinedPinyin(word), { word, index });
    }
    if (wordsCache.size > 20_000) wordsCache.clear();
    wordsCache.set(source, found);
  }
  return found;
}

/** Two pinyin syllables or more, "er" (儿) included at the end: "huaer", "tianya". */
const readsAsPinyin = (word: string) => pinyinSyllableCount(word) >= 2 || (word.endsWith('er') && pinyinSyllableCount(word.slice(0, -2)) >= 1);

/**
 * A common Chinese word written in pinyin as if it were a name: "And Huaer is a hassle"
 * for 而花儿是个麻烦事 (花儿, flowers). MT does this with words it does not know how to
 * split; the reader meets a name that is not one. Only words the dictionary has as common
 * words are meant: names in pinyin are what English should write.
 */
export default defineCheck({
  id: 'transliterated-word',
  category: 'Accuracy/Untranslated',
  severity: 'major',
  describe: 'A common Chinese word left in pinyin, as if it were a name ("Huaer" for 花儿)',
  run({ source, target }) {
    if (!source || !/[A-Z][a-z]/.test(target)) return [];
    const findings: RawFinding[] = [];
    for (const m of target.matchAll(/\b[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\b/g)) {
      const written = m[0];
      const plain = written.toLowerCase().replace('-', '');
      if (plain.length < 4 || !readsAsPinyin(plain) || isEnglishWord(written.split('-')[0]!.toLowerCase())) continue;
      const common = commonWordsByPinyin(source).get(plain);
      if (!common) continue;
      findings.push({
        message: `"${written}" is the pinyin of ${common.word}, a common word (${meaningOf(common.word)}), not a name: translate it`,
        sourceSpan: [common.index, common.index + common.word.length],
        targetSpan: [m.index!, m.index! + written.length],
      });
    }
    return findings;
  },
});
