import { AppError } from '../errors';
import { foldCode, normaliseZh } from '../glossary/normalise-zh';

export const SEARCH_SIDES = ['zh', 'mt', 'en'] as const;
/** Which text of a row is searched: the Chinese, the machine translation, or the current English. */
export type SearchSide = (typeof SEARCH_SIDES)[number];
export type Span = [number, number];

export interface SearchQuery {
  pattern: string;
  side: SearchSide;
  /** A JavaScript regular expression (Unicode mode). */
  regex?: boolean;
  /** English sides only: the pattern must start and end at word boundaries. */
  wholeWord?: boolean;
  /** English sides only; Chinese is always matched across scripts and widths. */
  caseSensitive?: boolean;
}

/** Which stored form of a text a matcher reads: the folded one (same offsets) or the text as written. */
export type Haystack = 'folded' | 'original';

export interface TextMatcher {
  haystack: Haystack;
  /** Non-overlapping matches, in text order; offsets are the same in the original text. */
  find(text: string): Span[];
}

export const MAX_PATTERN_LENGTH = 500;

/**
 * English folded for case-insensitive search, keeping every offset: lower case, curly
 * quotes and apostrophes straight ("Xi’s" is found by "xi's"). A few capitals lengthen
 * when lowered (İ); those texts are lowered character by character.
 */
export function foldEnglish(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return lower.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** The folded form of a side's text that plain searches run over. */
export function foldFor(side: SearchSide, text: string): string {
  return side === 'zh' ? normaliseZh(text) : foldEnglish(text);
}

// Letters, digits and marks count as word characters, so "Hongzhong" is not found inside "LiHongzhong".
const BEFORE_WORD = '(?<![\\p{L}\\p{N}\\p{M}_])';
const AFTER_WORD = '(?![\\p{L}\\p{N}\\p{M}_])';

export const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * Compiles a query once; `find` then runs over each row's text. Chinese: the pattern is
 * folded like the glossary folds terms (Traditional and variants to Simplified, full width
 * to half width), so 紀委監委 finds 纪委监委 and the reverse. English: case-insensitive
 * unless asked, whole words by Unicode letter boundaries, or a regular expression.
 */
export function compileQuery(query: SearchQuery): TextMatcher {
  const pattern = query.pattern;
  if (!pattern.trim()) throw new AppError('bad-input', 'Give something to search for.');
  if (pattern.length > MAX_PATTERN_LENGTH) throw new AppError('bad-input', `A search pattern may have at most ${MAX_PATTERN_LENGTH} characters.`);
  if (query.side === 'zh') {
    if (query.regex) return regexMatcher(foldHan(pattern), 'u', 'folded');
    return substringMatcher(normaliseZh(pattern));
  }
  const flags = query.caseSensitive ? 'u' : 'iu';
  if (query.regex) return regexMatcher(query.wholeWord ? `${BEFORE_WORD}(?:${pattern})${AFTER_WORD}` : pattern, flags, 'original');
  // Plain text is found with indexOf, whole words then checked at both ends: a regex with
  // look-behind over 200,000 rows costs several times more.
  const needle = query.caseSensitive ? pattern : foldEnglish(pattern);
  return substringMatcher(needle, query.caseSensitive ? 'original' : 'folded', query.wholeWord === true);
}

/** The global regular expression a query stands for, for replacing (English sides). */
export function queryRegex(query: SearchQuery): RegExp {
  const flags = query.caseSensitive ? 'gu' : 'giu';
  const source = query.regex ? query.pattern : escapeRegex(query.pattern);
  return compile(query.wholeWord ? `${BEFORE_WORD}(?:${source})${AFTER_WORD}` : source, flags);
}

function substringMatcher(needle: string, haystack: Haystack = 'folded', wholeWord = false): TextMatcher {
  return {
    haystack,
    find(text) {
      const spans: Span[] = [];
      let at = text.indexOf(needle);
      while (at >= 0) {
        const end = at + needle.length;
        if (!wholeWord || (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(end)))) {
          spans.push([at, end]);
          at = text.indexOf(needle, end);
        } else at = text.indexOf(needle, at + 1);
      }
      return spans;
    },
  };
}

/** 1 a word character (letter, digit, mark, underscore), 2 not, 0 not yet known: per UTF-16 code unit. */
const wordChars = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

function isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false; // before the start or past the end
  let known = wordChars[code]!;
  if (known === 0) wordChars[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

function regexMatcher(source: string, flags: string, haystack: Haystack): TextMatcher {
  const re = compile(source, `g${flags}`);
  return {
    haystack,
    find(text) {
      const spans: Span[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex += 1; // an empty match marks nothing; step past it
          continue;
        }
        spans.push([m.index, m.index + m[0].length]);
      }
      return spans;
    },
  };
}

function compile(source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new AppError('bad-input', `Not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
}

/** Han characters of a regex folded to Simplified; its syntax (\D, [A-Z]) left alone. */
function foldHan(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const code = pattern.charCodeAt(i);
    out += code >= 0x2e80 ? String.fromCharCode(foldCode(code)) : pattern[i];
  }
  return out;
}
