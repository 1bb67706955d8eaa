import { isDuplicateLead, isNoiseLine, isRepeatedTitle, isTailMarker } from './boilerplate';
import { decodeText } from './decode';
import { detectLanguage } from './language';
import { dateLine, gluedTail, sourceLine, type Metadata } from './metadata';
import type { Article, Lang } from './types';

export interface ArticleFile {
  id: string;
  file: string;
  bytes: Uint8Array;
  size: number;
  mtimeMs: number;
}

/** Reads one file into an article. Pure: bytes in, article out; never throws on bad input. */
export function parseArticle(input: ArticleFile): Article {
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) return unreadableArticle(input, decoded.error);
  const lang = detectLanguage(decoded.text);
  const { body, boilerplate, meta } = separateBody(paragraphsOf(decoded.text));
  return {
    id: input.id,
    file: input.file,
    lang,
    title: body[0] ?? '',
    ...meta,
    encoding: decoded.encoding,
    body,
    boilerplate,
    ...countText(body, lang),
    error: body.length === 0 ? 'no article text' : null,
    size: input.size,
    mtimeMs: input.mtimeMs,
  };
}

export function unreadableArticle(input: Omit<ArticleFile, 'bytes'>, error: string): Article {
  return {
    id: input.id,
    file: input.file,
    lang: 'unknown',
    title: '',
    date: null,
    source: null,
    byline: null,
    encoding: null,
    body: [],
    boilerplate: [],
    chars: 0,
    words: 0,
    error,
    size: input.size,
    mtimeMs: input.mtimeMs,
  };
}

/** Paragraphs are the non-empty lines, trimmed (full-width spaces included). */
function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line.length > 0);
}

/** Splits paragraphs into the article (headline first) and what the scraper added. */
function separateBody(paragraphs: string[]): { body: string[]; boilerplate: string[]; meta: Metadata } {
  const meta: Metadata = { date: null, source: null, byline: null };
  const [title, ...rest] = paragraphs;
  if (title === undefined) return { body: [], boilerplate: [], meta };
  const tailAt = rest.findIndex(isTailMarker);
  const kept = tailAt >= 0 ? rest.slice(0, tailAt) : rest;
  const body = [title];
  const boilerplate: string[] = [];
  kept.forEach((paragraph, index) => {
    if (isMetadataLine(paragraph, meta) || isNoiseLine(paragraph) || isRepeatedTitle(paragraph, title)) {
      boilerplate.push(paragraph);
    } else if (isDuplicateLead(paragraph, kept.slice(index + 1))) {
      boilerplate.push(paragraph);
    } else {
      body.push(paragraph);
    }
  });
  if (tailAt >= 0) boilerplate.push(...rest.slice(tailAt));
  detachGluedTail(body, boilerplate, meta);
  return { body, boilerplate, meta };
}

function isMetadataLine(paragraph: string, meta: Metadata): boolean {
  const date = dateLine(paragraph);
  if (date) {
    meta.date ??= date;
    return true;
  }
  const source = sourceLine(paragraph);
  if (!source) return false;
  meta.source ??= source.source;
  meta.byline ??= source.byline;
  return true;
}

function detachGluedTail(body: string[], boilerplate: string[], meta: Metadata): void {
  const last = body.length - 1;
  if (last < 1) return;
  const glued = gluedTail(body[last]!);
  if (!glued) return;
  boilerplate.push(body[last]!.slice(glued.text.length).trim());
  body[last] = glued.text;
  meta.source ??= glued.source;
  meta.byline ??= glued.byline;
}

const LATIN_WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;
const HAN = /\p{Script=Han}/gu;
const SPACE = /[\s\u3000]/g;

/**
 * Characters are the non-whitespace ones. Words follow the word processors' convention
 * for mixed text: each Chinese character counts as a word, as does each Latin word or
 * number, so Chinese and English counts stay comparable and cheap to compute.
 */
function countText(body: string[], lang: Lang): { chars: number; words: number } {
  let chars = 0;
  let words = 0;
  for (const paragraph of body) {
    chars += paragraph.length - (paragraph.match(SPACE)?.length ?? 0);
    words += paragraph.match(LATIN_WORD)?.length ?? 0;
    if (lang !== 'en') words += paragraph.match(HAN)?.length ?? 0;
  }
  return { chars, words };
}
