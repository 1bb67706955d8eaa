/** A sentence and where it is: offsets into the text it was split from (plus any offset given). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export type SentenceLang = 'zh' | 'en';

/**
 * Chinese sentences end at 。！？；… (and ASCII !?; in Chinese text), together with the closing
 * quotes and brackets after them ("…当先锋。”日前" splits after the ”), also when a space
 * stands between (news text often has "两周 。 ”"). Titles in 《》 are never split.
 */
const ZH_END = /[。！？；!?;…]+(?:[”’」』）)》】"'＂〕]|\s+[”’」』）》】＂〕])*/g;

/** Abbreviations whose period does not end a sentence when a capital follows ("Mr. Li"). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st no nos vs etc co ltd inc corp dept gov gen col lt sgt rev fig vol ed eds pp approx est jan feb mar apr jun jul aug sep sept oct nov dec mt ph'.split(' '),
);

/**
 * Abbreviations that often end a sentence ("…public funds, etc. The…", "…Group Co., Ltd.
 * He…"): their period ends it when the next word is one that starts sentences, not a name
 * ("Apple Inc. Chairman", "Co. Ltd").
 */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'ltd', 'inc', 'corp', 'co', 'jr', 'sr']);
const SENTENCE_STARTERS = new Set(
  'the a an this that these those it its he she they we i you his her their our there here in on at for from by with as after before when while since during according however but and so yet also meanwhile moreover besides then if although though because what how why who where some many most all other another each every such one two no not'.split(' '),
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

/**
 * A stop (after a closing quote too: “Festival”.Review), its closing quotes (glued, or after a
 * space when the quote is followed by one: `health . " Zhang`), any space, then what may
 * start a sentence (an opening straight single quote too, after a space: `consequences. 'Democracy'`).
 */
const EN_CANDIDATE = /(["”’)\]]?)([.!?…]+)((?:["”’)\]]|\s+[”’"](?=\s))*)(\s*)(?=["“‘(\[]?[A-Z0-9]|(?<=\s)'[A-Z])/g;

function enBoundaries(text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(EN_CANDIDATE)) {
    const [, quoteBefore, stop, closers, space] = m as unknown as [string, string, string, string, string];
    const end = m.index + quoteBefore.length + stop.length + closers.length;
    if (end >= text.length) continue;
    const before = quoteBefore ? 'x' : wordBefore(text, m.index);
    const rest = text.slice(end + space.length).replace(/^["“‘'(\[]/, '');
    const spaced = space !== '' || closers !== '';
    if (stop === '.' && !isSentencePeriod(before, rest, spaced)) continue;
    if (!spaced && /^[0-9]/.test(rest)) continue;
    if (!spaced && stop === '.' && isWebAddress(text, m.index)) continue;
    cuts.push(end + space.length);
  }
  return cuts;
}

function wordBefore(text: string, index: number): string {
  const m = /[A-Za-z0-9.%]*$/.exec(text.slice(Math.max(0, index - 30), index));
  return m ? m[0] : '';
}

/** "www.Xinhua…", "news.cn/Politics", "a@b.Com": a period inside an address. */
function isWebAddress(text: string, index: number): boolean {
  const token = /\S*$/.exec(text.slice(Math.max(0, index - 60), index))![0] + (/^\S*/.exec(text.slice(index))![0] ?? '');
  return /(:\/\/|www\.|@)/i.test(token) || /\.(com|cn|org|net|gov|edu|io|hk|mo)\b/i.test(token);
}

/**
 * Whether a period ends a sentence. Not after abbreviations ("Dr."), initials ("J. K."),
 * initialisms ("U.S."), or between digits ("7.5"), unless an abbreviation that often ends a
 * sentence is followed by a word that starts one ("etc. The"). Glued to the next word without
 * a space ("conference.Review", "7.5%.In", "wireless LAN.Develop"), only after a lowercase
 * word, a digit or %, or a word in capitals, and before a capitalised word: "Node.js" or
 * "example.com" continue in lowercase, and a ticker's exchange is in capitals ("600884.SH").
 */
function isSentencePeriod(before: string, rest: string, spaced: boolean): boolean {
  const word = before.replace(/^.*\./, '');
  const next = /^[A-Za-z]+/.exec(rest)?.[0] ?? '';
  const startsSentence = SENTENCE_STARTERS.has(next.toLowerCase()) && /^[A-Z]/.test(next);
  if (ABBREVIATIONS.has(word.toLowerCase())) return spaced && startsSentence && SENTENCE_FINAL_ABBREVIATIONS.has(word.toLowerCase());
  if (/^[A-Z]$/.test(word)) return false;
  if (/(^|\.)[A-Za-z]\.[A-Za-z]$/.test(before)) return spaced && startsSentence && next !== 'A';
  if (/[0-9]$/.test(word) && /^[0-9]/.test(rest)) return false;
  if (spaced) return true;
  const capitalised = /^[A-Z][a-z]/.test(next) || next === 'I' || next === 'A';
  return capitalised && (/[a-z0-9%]$/.test(word) || /^[A-Z]{2,}$/.test(word));
}
