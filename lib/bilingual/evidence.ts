import { extractNumbers, numberKey } from '../text/numbers';
import { chineseWords, wordEvidence } from './lexicon';
import { englishStems } from './stem';

/**
 * Cross-lingual evidence that needs no machine translation. A Chinese text gives, per
 * word, the stems an English rendering may use; an English text gives its stems. Numbers
 * become value keys ("#3000000000") on both sides, so 30亿 meets "3 billion".
 */
export interface ChineseEvidence {
  /** One entry per content word or number: the stems or keys any of which shows it was translated. */
  units: string[][];
}

export function chineseEvidence(text: string): ChineseEvidence {
  const units: string[][] = [];
  for (const mention of extractNumbers(text, 'zh')) units.push([numberKey(mention)]);
  for (const word of chineseWords(text)) {
    const stems = wordEvidence(word);
    if (stems.length > 0) units.push(stems);
  }
  return { units };
}

/** The English side: stems, number keys, and names joined ("Li Hongzhong" also as "lihongzhong"). */
export function englishEvidence(text: string): Set<string> {
  const tokens = new Set(englishStems(text));
  for (const mention of extractNumbers(text, 'en')) tokens.add(numberKey(mention));
  const words = text.match(/[A-Za-z]+/g) ?? [];
  for (let i = 0; i + 1 < words.length; i += 1) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (/^[A-Z]/.test(a) && /^[A-Za-z]/.test(b)) tokens.add((a + b).toLowerCase());
  }
  for (const hyphenated of text.match(/[A-Za-z]+-[A-Za-z]+/g) ?? []) tokens.add(hyphenated.replace('-', '').toLowerCase());
  return tokens;
}

/** How many of the Chinese units the English shows, and how many English stems they explain. */
export function matchEvidence(zh: ChineseEvidence, en: Set<string>): { covered: number; explained: Set<string> } {
  let covered = 0;
  const explained = new Set<string>();
  for (const unit of zh.units) {
    let hit = false;
    for (const token of unit) {
      if (en.has(token)) {
        hit = true;
        explained.add(token);
      }
    }
    if (hit) covered += 1;
  }
  return { covered, explained };
}
