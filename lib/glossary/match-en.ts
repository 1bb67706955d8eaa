import { casedStem, gapKey, indexEnglish, isHyphen, phraseForms, stemWord, type EnglishWords, type PhraseForm } from './english-words';
import type { GlossaryEntry } from './types';

/** An approved or forbidden rendering found in English; offsets index into the English text. */
export interface RenderingMatch {
  rendering: string;
  start: number;
  end: number;
}

export interface ForbiddenMatch extends RenderingMatch {
  entryId: string;
  /** The entry's Chinese term. */
  term: string;
}

/** English text, or its word index when several lookups run over the same text. */
export type EnglishInput = string | EnglishWords;

export function asEnglishWords(english: EnglishInput): EnglishWords {
  return typeof english === 'string' ? indexEnglish(english) : english;
}

const formsCache = new Map<string, PhraseForm[]>();

function formsOf(rendering: string): PhraseForm[] {
  let forms = formsCache.get(rendering);
  if (!forms) {
    if (formsCache.size > 200_000) formsCache.clear(); // a bound, not a tuning knob
    forms = phraseForms(rendering);
    formsCache.set(rendering, forms);
  }
  return forms;
}

/**
 * Every place `rendering` occurs as whole words, tolerant of plural and possessive endings,
 * hyphen or space between words, hyphenated or solid spelling, curly or straight quotes,
 * and (unless `caseSensitive`) capitals.
 */
export function findPhrase(english: EnglishInput, rendering: string, caseSensitive: boolean): RenderingMatch[] {
  const index = asEnglishWords(english);
  const byStart = new Map<number, number>();
  for (const form of formsOf(rendering)) {
    const first = form.stems[0]!;
    const candidates = [...(index.byStem.get(first) ?? []), ...(index.byJoinedStem.get(first) ?? [])];
    for (const at of candidates) {
      const end = matchFrom(index, form, 0, at, caseSensitive);
      if (end > (byStart.get(at) ?? -1)) byStart.set(at, end);
    }
  }
  return [...byStart]
    .sort(([a], [b]) => a - b)
    .map(([at, end]) => ({ rendering, start: index.words[at]!.start, end: index.words[end - 1]!.end }));
}

/** Matches form words from `step` on at text word `at`; the word index after the match, or -1. */
function matchFrom(index: EnglishWords, form: PhraseForm, step: number, at: number, caseSensitive: boolean): number {
  if (step === form.stems.length) return at;
  if (at >= index.words.length) return -1;
  if (step > 0) {
    const gap = index.text.slice(index.words[at - 1]!.end, index.words[at]!.start);
    if (gapKey(gap) !== form.gaps[step - 1]) return -1;
  }
  let best = -1;
  for (const width of [1, 2]) {
    if (!wordsMatch(index, at, width, form, step, caseSensitive)) continue;
    best = Math.max(best, matchFrom(index, form, step + 1, at + width, caseSensitive));
  }
  return best;
}

/** Whether text words at..at+width-1 (two only when hyphen-joined) are the form's word `step`. */
function wordsMatch(index: EnglishWords, at: number, width: number, form: PhraseForm, step: number, caseSensitive: boolean): boolean {
  const word = index.words[at]!;
  if (width === 1) return word.stem === form.stems[step] && (!caseSensitive || casedStem(index, at) === form.casedStems[step]);
  const next = index.words[at + 1];
  if (!next || !isHyphen(index.text.slice(word.end, next.start))) return false;
  const joined = index.text.slice(word.start, word.end) + index.text.slice(next.start, next.end);
  return caseSensitive ? stemWord(joined) === form.casedStems[step] : stemWord(joined.toLowerCase()) === form.stems[step];
}

/** Every occurrence of any approved rendering of `entry`, in text order. */
export function findRenderings(english: EnglishInput, entry: Pick<GlossaryEntry, 'approved' | 'caseSensitive'>): RenderingMatch[] {
  const index = asEnglishWords(english);
  return entry.approved
    .flatMap((rendering) => findPhrase(index, rendering, entry.caseSensitive))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The first approved rendering of `entry` in the English, or null when none is used. */
export function findRendering(english: EnglishInput, entry: Pick<GlossaryEntry, 'approved' | 'caseSensitive'>): RenderingMatch | null {
  return findRenderings(english, entry)[0] ?? null;
}

/**
 * Forbidden renderings wherever they occur, whatever the capitals. A forbidden phrase that
 * lies inside an approved rendering of the same entry is not a violation (forbidding
 * "Binhai" alone must not flag "Binhai New Area").
 */
export function findForbidden(english: EnglishInput, entries: readonly GlossaryEntry[]): ForbiddenMatch[] {
  const index = asEnglishWords(english);
  const found: ForbiddenMatch[] = [];
  for (const entry of entries) {
    const hits = entry.forbidden.flatMap((rendering) => findPhrase(index, rendering, false));
    if (hits.length === 0) continue;
    const approved = findRenderings(index, entry);
    for (const hit of hits) {
      if (approved.some((a) => a.start <= hit.start && hit.end <= a.end)) continue;
      found.push({ ...hit, entryId: entry.id, term: entry.zh });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
