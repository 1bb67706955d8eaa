import { chineseSegments, isNameEntry, isPlaceEntry, joinedPinyin, lookup } from '../../bilingual/lexicon';
import { defineCheck } from '../define-check';
import type { RawFinding } from '../types';

/** Gloss words that are not the name itself ("Einstein (name)", "Manhattan, New York City"). */
const NOT_A_NAME = /^(Chinese|Mandarin|Japanese|Korean|English|New|City|County|District|Province|River|Mountain|Lake|Island|The|Of|US|UK)$/;
const namesCache = new Map<string, { word: string; index: number; english: string[] }[]>();

/** Proper nouns of the Chinese that CC-CEDICT knows, with the English names it gives them. */
function knownNames(source: string): { word: string; index: number; english: string[] }[] {
  let names = namesCache.get(source);
  if (names) return names;
  names = [];
  for (const { word, index } of chineseSegments(source)) {
    if (word.length < 2) continue;
    const entries = lookup(word);
    // Only words that are names and nothing else (成功 is also Chenggong, 现代 also Hyundai),
    // and only people (CC-CEDICT gives their years) and places it calls places.
    if (entries.length === 0 || !entries.every(isNameEntry) || !entries.some((e) => isPlaceEntry(e) || /\(\d{3,4}-\d{2,4}\)/.test(e.english.join(' ')))) continue;
    const english = entries.flatMap((e) => (e.english[0] ?? '').replace(/\([^)]*\)/g, ' ').match(/\b[A-Z][a-z]{2,}\b/g) ?? []).filter((w) => !NOT_A_NAME.test(w));
    const fullName = /^[A-Z][\w'-]*(?: [A-Z][\w'-]*)*/.exec(entries[0]!.english[0] ?? '')?.[0];
    if (english.length > 0) names.push({ word, index, english: [...new Set([fullName ?? english[0]!, ...english, joinedPinyin(word)])] });
  }
  if (namesCache.size > 20_000) namesCache.clear();
  namesCache.set(source, names);
  return names;
}

const squash = (text: string) => text.toLowerCase().replace(/[\s'’‐-]/g, '');

/**
 * A person or place the Chinese names (爱因斯坦, 曼哈顿, 多塞特) whose English name appears
 * nowhere in the English: left out, or replaced by another. Names CC-CEDICT does not know
 * (most Chinese people) are the pinyin checks' business.
 */
export default defineCheck({
  id: 'name-missing',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  describe: 'A name in the Chinese (as CC-CEDICT gives it) missing from the English',
  run({ source, target }) {
    if (!source) return [];
    const names = knownNames(source);
    if (names.length === 0) return [];
    // Spaces and hyphens aside: "Tian An Men", "Tian'anmen" name 天安门 too.
    const lower = squash(target);
    const findings: RawFinding[] = [];
    for (const { word, index, english } of names) {
      if (english.some((name) => { const n = squash(name); return lower.includes(n.slice(0, Math.max(4, n.length - 2))); })) continue;
      findings.push({ message: `${word} (${english[0]}) is not named in the English`, sourceSpan: [index, index + word.length] });
    }
    return findings;
  },
});
