/** A sentence and where it is: offsets into the text it was split from (plus any offset given). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export type SentenceLang = 'zh' | 'en';

/**
 * Chinese sentences end at 。！？；… (and ASCII !?; in Chinese text), together with the closing
 * quotes and brackets after them ("…当先锋。”日前" splits after the ”). Titles in 《》 are
 * never split.
 */
const ZH_END = /[。！？；!?;…]+[”’」』）)》】"']*/g;

/** Abbreviations whose period does not end a sentence when a capital follows ("Mr. Li"). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st no nos vs etc co ltd inc corp dept gov gen col lt sgt rev fig vol ed eds pp approx est jan feb mar apr jun jul aug sep sept oct nov dec mt ph'.split(' '),
);

export function splitSentences(text: string, lang: SentenceLang, offset = 0): Sentence[] {
  const cuts = lang === 'zh' ? zhBoundaries(text) : enBoundaries(text);
  const sentences: Sentence[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    pushTrimmed(sentences, text, from, cut, offset);
    from = cut;
  }
  return sentences;
}

/**
 * Splits each paragraph of an article body, with offsets into the paragraphs joined by
 * "\n\n" (its body text). A sentence never crosses a paragraph end.
 */
export function splitBodySentences(paragraphs: string[], lang: SentenceLang): Sentence[][] {
  let offset = 0;
  return paragraphs.map((paragraph) => {
    const sentences = splitSentences(paragraph, lang, offset);
    offset += paragraph.length + 2;
    return sentences;
  });
}

/** The earlier name of splitBodySentences. */
export const splitParagraphSentences = splitBodySentences;

function pushTrimmed(out: Sentence[], text: string, from: number, to: number, offset: number): void {
  const slice = text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (trimmed) out.push({ text: trimmed, start: offset + from + lead, end: offset + from + lead + trimmed.length });
}

function zhBoundaries(text: string): number[] {
  const cuts: number[] = [];
  let titleDepth = 0;
  let scanned = 0;
  for (const m of text.matchAll(ZH_END)) {
    titleDepth += countTitleMarks(text.slice(scanned, m.index));
    scanned = m.index;
    const end = m.index + m[0].length;
    if (titleDepth > 0 || end >= text.length) continue;
    cuts.push(end);
  }
  return cuts;
}

function countTitleMarks(chunk: string): number {
  let depth = 0;
  for (const ch of chunk) depth += ch === '《' ? 1 : ch === '》' ? -1 : 0;
  return depth;
}

/** A stop (after a closing quote too: “Festival”.Review), its closing quotes, any space, then what may start a sentence. */
const EN_CANDIDATE = /(["”’)\]]?)([.!?…]+)(["”’)\]]*)(\s*)(?=["“‘(\[]?[A-Z0-9])/g;

function enBoundaries(text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(EN_CANDIDATE)) {
    const [, quoteBefore, stop, closers, space] = m as unknown as [string, string, string, string, string];
    const end = m.index + quoteBefore.length + stop.length + closers.length;
    if (end >= text.length) continue;
    const before = quoteBefore ? 'x' : wordBefore(text, m.index);
    const next = text.slice(end + space.length).replace(/^["“‘(\[]/, '')[0] ?? '';
    if (stop === '.' && !isSentencePeriod(before, next, space !== '' || closers !== '')) continue;
    if (space === '' && closers === '' && /[0-9]/.test(next)) continue;
    cuts.push(end + space.length);
  }
  return cuts;
}

function wordBefore(text: string, index: number): string {
  const m = /[A-Za-z0-9.%]*$/.exec(text.slice(Math.max(0, index - 30), index));
  return m ? m[0] : '';
}

/**
 * Whether a period ends a sentence. Not after abbreviations ("Dr."), initials ("J. K."),
 * initialisms ("U.S."), or between digits ("7.5"). Glued to the next word without a space
 * ("conference.Review", "7.5%.In"), only after a lowercase word, a digit or %, since "Node.js" or
 * "example.com" continue in lowercase and are never followed by a capital by accident.
 */
function isSentencePeriod(before: string, next: string, spaced: boolean): boolean {
  const word = before.replace(/^.*\./, '');
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^[A-Z]$/.test(word)) return false;
  if (/(^|\.)[A-Za-z]\.[A-Za-z]$/.test(before)) return false;
  if (/[0-9]$/.test(word) && /[0-9]/.test(next)) return false;
  if (spaced) return true;
  return /[a-z0-9%]$/.test(word) && /[A-Z]/.test(next);
}
