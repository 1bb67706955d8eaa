import { chineseSegments, lookup, wordEvidence } from '../bilingual/lexicon';
import { nameTokens, surnameOf } from '../bilingual/names';
import { isStopWord, stem } from '../bilingual/stem';
import { findPhrase } from '../glossary/match-en';
import { duplicateKey, normaliseZh } from '../glossary/normalise-zh';
import type { GlossaryEntry } from '../glossary/types';
import { extractNumbers, numberKeys } from '../text/numbers';
import type { Span } from './match';

/**
 * How a row's English renders a Chinese term, decided in this order:
 * 1. the glossary: an entry for the term whose approved or forbidden rendering the English
 *    uses (matched as the glossary matches: whole words, plurals, possessives, any case);
 * 2. lexical evidence (lib/bilingual): the term and each word of it give English stems from
 *    CC-CEDICT's definitions, joined pinyin for names and places, and number values; the
 *    English words showing them are marked, and the longest run of marked words (function
 *    words such as "of" allowed inside, never at the ends) is the rendering.
 * A row where neither finds anything has no rendering: it is counted apart, never guessed.
 */
export interface Rendering {
  text: string;
  span: Span;
  how: 'glossary' | 'dictionary';
}

export interface TermRenderer {
  renderingIn(english: string): Rendering | null;
}

/** Renderings already picked, per term and English text: a term is searched again and again. */
const picked = new Map<string, Rendering | null>();
const PICKED_LIMIT = 100_000; // a bound on memory, not a tuning knob

export function termRenderer(term: string, glossary: readonly GlossaryEntry[]): TermRenderer {
  const key = duplicateKey(term);
  const phrases = glossary.filter((e) => duplicateKey(e.zh) === key).flatMap((e) => [...e.approved, ...e.forbidden]);
  const evidence = termEvidence(term.trim());
  const prefix = `${key}\u0000${phrases.join('\u0001')}\u0000`;
  return {
    renderingIn(english) {
      const cacheKey = prefix + english;
      const known = picked.get(cacheKey);
      if (known !== undefined) return known;
      const found = glossaryRendering(english, phrases) ?? evidenceRendering(english, evidence);
      if (picked.size >= PICKED_LIMIT) picked.clear();
      picked.set(cacheKey, found);
      return found;
    },
  };
}

function glossaryRendering(english: string, phrases: string[]): Rendering | null {
  let best: Rendering | null = null;
  for (const phrase of phrases) {
    for (const hit of findPhrase(english, phrase, false)) {
      if (!best || hit.end - hit.start > best.span[1] - best.span[0]) best = { text: english.slice(hit.start, hit.end), span: [hit.start, hit.end], how: 'glossary' };
    }
  }
  return best;
}

/** English tokens (stems, joined pinyin, number keys) that would show the term was translated. */
export function termEvidence(term: string): Set<string> {
  const tokens = new Set<string>();
  const folded = normaliseZh(term);
  const add = (list: Iterable<string>) => {
    for (const t of list) tokens.add(t);
  };
  if (folded.length >= 2) add(wordEvidence(folded));
  for (const { word } of chineseSegments(folded)) add(wordEvidence(word));
  // The segmenter may cut a compound where the dictionary would not (波黑|奥委会 as 波|黑奥|委会):
  // every dictionary word inside the term gives its evidence too.
  for (let from = 0; from < Math.min(folded.length, 12); from += 1) {
    for (let to = from + 2; to <= Math.min(folded.length, from + 6); to += 1) {
      const word = folded.slice(from, to);
      if (lookup(word).length > 0) add(wordEvidence(word));
    }
  }
  if (folded.length >= 2 && folded.length <= 4 && surnameOf(folded)) add(nameTokens(folded));
  for (const mention of extractNumbers(folded, 'zh')) add(numberKeys(mention));
  return tokens;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** What may stand between two words of one rendering: spaces, a hyphen, a slash. */
const JOINER = /^[\s\-‐‑/]{1,3}$/;
const MAX_INNER_STOP_WORDS = 2;

interface Word {
  start: number;
  end: number;
  lower: string;
  marked: boolean;
}

function evidenceRendering(english: string, evidence: Set<string>): Rendering | null {
  if (evidence.size === 0) return null;
  const words: Word[] = [];
  let any = false;
  for (const m of english.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    const marked = evidence.has(lower) || evidence.has(stem(lower));
    any ||= marked;
    words.push({ start: m.index, end: m.index + m[0].length, lower, marked });
  }
  // Names split in English ("Li Hong Zhong", "Hong-zhong") meet their joined pinyin.
  for (let i = 0; i + 1 < words.length; i += 1) {
    const two = words[i]!.lower + words[i + 1]!.lower;
    if (evidence.has(two)) (words[i]!.marked = words[i + 1]!.marked = true), (any = true);
    const third = words[i + 2];
    if (third && evidence.has(two + third.lower)) (words[i]!.marked = words[i + 1]!.marked = third.marked = true), (any = true);
  }
  if (!any) return null;
  let best: { from: number; to: number; marked: number } | null = null;
  for (let from = 0; from < words.length; from += 1) {
    if (!words[from]!.marked) continue;
    let to = from;
    let marked = 1;
    let stops = 0;
    for (let k = from + 1; k < words.length; k += 1) {
      if (!JOINER.test(english.slice(words[k - 1]!.end, words[k]!.start))) break;
      if (words[k]!.marked) {
        to = k;
        marked += 1;
        stops = 0;
      } else if (isStopWord(words[k]!.lower) && stops < MAX_INNER_STOP_WORDS) stops += 1;
      else break;
    }
    if (!best || marked > best.marked) best = { from, to, marked };
    from = to;
  }
  if (!best) return null;
  const span: Span = [words[best.from]!.start, words[best.to]!.end];
  return { text: english.slice(span[0], span[1]), span, how: 'dictionary' };
}

export interface RenderingGroup {
  text: string;
  count: number;
}

/**
 * Renderings grouped regardless of case and quote style, most used first; each group is
 * shown in its commonest spelling.
 */
export function groupRenderings(renderings: readonly (Rendering | null)[]): { groups: RenderingGroup[]; unrendered: number } {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  let unrendered = 0;
  for (const r of renderings) {
    if (!r) {
      unrendered += 1;
      continue;
    }
    const key = r.text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
    const group = groups.get(key) ?? { count: 0, spellings: new Map<string, number>() };
    group.count += 1;
    group.spellings.set(r.text, (group.spellings.get(r.text) ?? 0) + 1);
    groups.set(key, group);
  }
  const list = [...groups.values()].map((g) => ({ text: [...g.spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0], count: g.count }));
  return { groups: list.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1)), unrendered };
}
