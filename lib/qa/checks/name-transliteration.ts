import { joinedPinyin, lookup, isNameEntry } from '../../bilingual/lexicon';
import { pinyinSyllableCount } from '../../bilingual/pinyin-words';
import { defineCheck } from '../define-check';
import { isEnglishWord } from '../english-dictionary';
import { DEFAULT_QA_SETTINGS } from '../settings';
import type { QaRow, RawFinding } from '../types';

/**
 * Characters Chinese uses to transliterate foreign names (特朗普, 奇蓬达, 昆比泽); a run of
 * them is a foreign name, whose English is the person's own spelling, never its pinyin.
 */
const TRANSLITERATION = new Set(
  [...'阿埃艾爱安昂奥巴拜邦贝本比彼宾波伯布查达戴丹道德迪蒂丁东杜多厄恩尔法菲费芬佛弗福盖冈戈格古哈海汉豪赫亨胡惠霍基吉加贾杰金卡凯坎康柯科克肯库奎拉莱兰朗劳勒雷里利莉丽林琳卢鲁路伦罗洛马玛迈麦曼梅蒙米敏莫默姆穆纳娜奈内尼妮努诺帕潘佩普奇齐乔切萨塞桑瑟森沙莎尚什施史斯苏索塔泰坦汤特提图托瓦威韦维温沃乌西希夏谢辛休雅亚扬耶伊尤约泽扎詹兹卓佐蓬昆茨'],
);

interface ForeignName {
  word: string;
  index: number;
  pinyin: string;
  /** The English name CC-CEDICT gives ("Trump"), or null for a transliteration it lacks. */
  english: string | null;
}

const namesCache = new Map<string, ForeignName[]>();

/**
 * Foreign names of the Chinese: words of two to four characters that CC-CEDICT gives as a
 * name spelt otherwise than in pinyin (特朗普 Trump, 拜登 Biden), and runs of three
 * transliteration characters or more it does not know (奇蓬达).
 */
function foreignNames(source: string): ForeignName[] {
  let names = namesCache.get(source);
  if (names) return names;
  names = [];
  for (const run of source.matchAll(/\p{Script=Han}{2,}/gu)) {
    const text = run[0];
    for (let i = 0; i < text.length - 1; i += 1) {
      for (let size = 4; size >= 2; size -= 1) {
        if (i + size > text.length) continue;
        const word = text.slice(i, i + size);
        // The dictionary first, pinyin (slow to work out) only for what may be a name.
        const entries = lookup(word);
        const entry = entries.find(isNameEntry);
        const gloss = entry && /^[^(]*?\b([A-Z][a-z]{2,})\b/.exec(entry.english[0] ?? '')?.[1];
        const person = entry && /\(\d{3,4}\s*[-–]|\(name\)/.test(entry.english.join(' '));
        const unknown = entries.length === 0 && size >= 3 && [...word].every((c) => TRANSLITERATION.has(c));
        if (!(gloss && person) && !unknown) continue;
        const pinyin = joinedPinyin(word);
        if (gloss && person && gloss.toLowerCase() !== pinyin) names.push({ word, index: run.index! + i, pinyin, english: gloss });
        else if (unknown) names.push({ word, index: run.index! + i, pinyin, english: null });
        else continue;
        i += size - 1;
        break;
      }
    }
  }
  if (namesCache.size > 20_000) namesCache.clear();
  namesCache.set(source, names);
  return names;
}

/** Whether another row of the article names the same person without the pinyin: the name is written two ways. */
function writtenOtherwiseElsewhere(rows: readonly QaRow[], row: QaRow, name: ForeignName): boolean {
  return rows.some((other) => other !== row && other.source?.includes(name.word) && !other.target.toLowerCase().replace(/[\s-]/g, '').includes(name.pinyin));
}

/**
 * A foreign name written in the pinyin of its Chinese transliteration ("Telangpu" for
 * 特朗普, Trump): in one row the pinyin, in another the person's own spelling, as MT does
 * with names it does not know. Flagged when CC-CEDICT knows the name's own spelling, or
 * when another row of the article writes the same name otherwise.
 */
export default defineCheck({
  id: 'name-transliteration',
  category: 'Locale convention/Name format',
  severity: 'major',
  describe: 'A foreign name written in the pinyin of its Chinese transliteration ("Telangpu" for Trump)',
  run(row, { rows, settings }) {
    const { source, target } = row;
    if (!source || !/[A-Z][a-z]{3}/.test(target)) return [];
    const variety = (settings ?? DEFAULT_QA_SETTINGS).englishVariety;
    const findings: RawFinding[] = [];
    let names: ForeignName[] | null = null;
    for (const m of target.matchAll(/\b[A-Z][a-z]{3,}\b/g)) {
      const written = m[0];
      const plain = written.toLowerCase();
      // English words and what is not pinyin first; the Chinese is read only for what is left.
      if (isEnglishWord(plain, variety) || pinyinSyllableCount(plain) < 2) continue;
      names ??= foreignNames(source);
      const name = names.find((n) => n.pinyin === plain);
      if (!name) continue;
      if (name.english === null && !writtenOtherwiseElsewhere(rows, row, name)) continue;
      const own = name.english ? `"${name.english}"` : 'its own spelling, as elsewhere in the article';
      findings.push({
        message: `"${written}" is the pinyin of ${name.word}, the Chinese transliteration of a foreign name: write ${own}`,
        sourceSpan: [name.index, name.index + name.word.length],
        targetSpan: [m.index!, m.index! + written.length],
      });
    }
    return findings;
  },
});
