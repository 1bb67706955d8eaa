import { chineseSegments, glossesFor, isNameEntry, joinedPinyin, lookup } from '../../bilingual/lexicon';
import { pinyinSyllableCount } from '../../bilingual/pinyin-words';
import { defineCheck } from '../define-check';
import { isEnglishWord, isPlainEnglishWord, type EnglishVariety } from '../english-dictionary';
import { DEFAULT_QA_SETTINGS } from '../settings';
import type { RawFinding } from '../types';

/** What an abbreviation stands for in English: 发改委 → "National Development and Reform Commission (NDRC)". */
function abbreviationMeaning(word: string): string {
  for (const entry of lookup(word)) {
    const sense = entry.english.find((e) => /abbr\. for/.test(e));
    const english = sense?.replace(/\(?abbr\. for [^,)]*[,)]?/, '').replace(/\[[^\]]*\]/g, '').replace(/^[\s,]+|[\s,(]+$/g, '').replace(/^PRC /, '');
    if (english && /[A-Za-z]{3}/.test(english)) return english;
  }
  return '';
}

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

type CommonWord = { word: string; index: number; meaning: string; abbreviation: boolean };
const wordsCache = new Map<string, Map<string, CommonWord>>();

/**
 * The common words of the Chinese (CC-CEDICT knows them, not as names), by their joined
 * pinyin: 花儿 → "huaer". Read once per sentence.
 */
function commonWordsByPinyin(source: string): Map<string, CommonWord> {
  let found = wordsCache.get(source);
  if (!found) {
    found = new Map();
    for (const { word, index } of dictionaryWords(source)) {
      const entries = lookup(word);
      if (word.length < 2 || entries.length === 0) continue;
      // A common word, or an abbreviation English spells out (发改委, 人大; not 北京, 新华).
      const common = !entries.every(isNameEntry) && meaningOf(word) !== '';
      const meaning = common ? meaningOf(word) : abbreviationMeaning(word);
      const pinyin = joinedPinyin(word);
      // Shorter pinyin is not read (a word of four letters or more is asked about).
      if (pinyin.length < 4 || meaning === '' || meaning.toLowerCase().replace(/[^a-z]/g, '').includes(pinyin)) continue;
      found.set(pinyin, { word, index, meaning, abbreviation: !common });
    }
    if (wordsCache.size > 20_000) wordsCache.clear();
    wordsCache.set(source, found);
  }
  return found;
}

/**
 * The segmenter's words, and the dictionary's words of two to four characters inside each
 * run of Chinese, which it may have cut apart (发改委 → 发|改|委).
 */
function dictionaryWords(source: string): { word: string; index: number }[] {
  const words = chineseSegments(source);
  const seen = new Set(words.map((w) => `${w.index}:${w.word}`));
  for (const run of source.matchAll(/\p{Script=Han}{2,}/gu)) {
    for (let i = 0; i < run[0].length - 1; i += 1) {
      for (let size = 2; size <= 4 && i + size <= run[0].length; size += 1) {
        const word = run[0].slice(i, i + size);
        const index = run.index! + i;
        if (!seen.has(`${index}:${word}`) && lookup(word).length > 0) words.push({ word, index });
      }
    }
  }
  return words;
}

/** Two pinyin syllables or more, "er" (儿) included at the end: "huaer", "tianya". */
const readsAsPinyin = (word: string) => pinyinSyllableCount(word) >= 2 || (word.endsWith('er') && pinyinSyllableCount(word.slice(0, -2)) >= 1);

/**
 * A common Chinese word written in pinyin as if it were a name: "And Huaer is a hassle"
 * for 而花儿是个麻烦事 (花儿, flowers), or left in pinyin in small letters ("the hukou"
 * aside: loanwords pass), or an abbreviation English spells out left in pinyin
 * ("Fagaiwei" for 发改委). MT does this with words it does not know how to split; the
 * reader meets a name that is not one. Only words the dictionary has as common words or
 * abbreviations are meant: names in pinyin are what English should write.
 */
export default defineCheck({
  id: 'transliterated-word',
  category: 'Accuracy/Untranslated',
  severity: 'major',
  describe: 'A common Chinese word or abbreviation left in pinyin ("Huaer" for 花儿, "Fagaiwei" for 发改委)',
  run({ source, target }, { settings }) {
    if (!source) return [];
    const variety = (settings ?? DEFAULT_QA_SETTINGS).englishVariety;
    const findings: RawFinding[] = [];
    let words: Map<string, CommonWord> | null = null;
    for (const m of target.matchAll(/\b[A-Za-z][a-z]{3,}(?:-[A-Za-z][a-z]+)?\b/g)) {
      const written = m[0];
      const hyphen = written.indexOf('-');
      const lower = written.charCodeAt(0) >= 97 ? written : written.toLowerCase();
      const first = hyphen < 0 ? lower : lower.slice(0, hyphen);
      // English words first (a set lookup), then pinyin; the Chinese is read only for what is left.
      if (isPlainEnglishWord(first, variety)) continue;
      const plain = hyphen < 0 ? lower : lower.replace('-', '');
      // A site's address ("Dianping.com") is its name.
      if (LOANWORDS.has(plain) || !readsAsPinyin(plain) || /^\.(?:com|cn|net)\b/.test(target.slice(m.index! + written.length, m.index! + written.length + 5))) continue;
      words ??= commonWordsByPinyin(source);
      const common = words.get(plain);
      if (!common) continue;
      // A capitalised word beside another is part of a name ("Wulin Square", "Gu Tiancheng",
      // "Lanzhou Jiaotong University"), which English writes in pinyin.
      if (/^[A-Z]/.test(written) && !common.abbreviation && besideCapital(target, m.index!, m.index! + written.length, variety)) continue;
      findings.push({
        message: common.abbreviation
          ? `"${written}" is the pinyin of ${common.word}, an abbreviation (${common.meaning}): translate it`
          : `"${written}" is the pinyin of ${common.word}, a common word (${common.meaning}), not a name: translate it`,
        sourceSpan: [common.index, common.index + common.word.length],
        targetSpan: [m.index!, m.index! + written.length],
      });
    }
    return findings;
  },
});

/**
 * Chinese words English has taken in, in pinyin ("haha" as English writes laughter), and the
 * platforms and brands English news names in pinyin (微博 is "Weibo" in English news, not
 * "microblog"; 小米 the phone maker is "Xiaomi", not "millet").
 */
const LOANWORDS = new Set(
  'yuan renminbi hukou guanxi qigong wushu kungfu gongfu taichi fengshui mahjong putonghua pinyin jiaozi baozi hutong tuhao dama gaokao zhongkao baijiu hanfu qipao guqin erhu pipa xiangqi weiqi zongzi tangyuan hongbao jianbing haha weibo taobao douyin kuaishou toutiao zhihu bilibili xiaohongshu meituan pinduoduo dianping xiaomi'.split(' '),
);

/** A capitalised word before (not a sentence's "And" or "The") or after it. */
function besideCapital(target: string, start: number, end: number, variety: EnglishVariety): boolean {
  const before = /([A-Z][\w'’.-]*)[ -]$/.exec(target.slice(Math.max(0, start - 30), start))?.[1];
  if (before && !isEnglishWord(before.toLowerCase(), variety)) return true;
  return /^[ -](?:(?:of|and|de) )?[A-Z]/.test(target.slice(end, end + 12));
}
