import { isDuplicateLead, isNoiseLine, isRepeatedTitle, isTailMarker } from './boilerplate';
import { noMetadata, readMetadataLine, splitGluedTail, type Metadata } from './metadata';

/** An article's text sorted into what the reviewer works on and what the scraper added. */
export interface SeparatedText {
  /** Headline first, then the article's paragraphs. */
  body: string[];
  /** Scraper leftovers and metadata lines, in the order they stand in the file. */
  boilerplate: string[];
  meta: Metadata;
}

/** Dates count as the article's own only near the top; a date late in a text is part of it. */
const HEADER_PARAGRAPHS = 6;

/** Paragraphs are the non-empty lines, trimmed of spaces (full-width and no-break ones too). */
export function paragraphsOf(text: string): string[] {
  const paragraphs: string[] = [];
  for (const line of text.split('\n')) {
    const paragraph = line.trim(); // trim() knows U+3000, U+00A0 and U+FEFF too
    if (paragraph) paragraphs.push(paragraph);
  }
  return paragraphs;
}

export function separateBody(paragraphs: string[]): SeparatedText {
  const meta = noMetadata();
  const boilerplate: string[] = [];
  // Navigation printed above the headline is not the headline.
  let start = 0;
  while (start < paragraphs.length - 1 && isNoiseLine(paragraphs[start]!)) boilerplate.push(paragraphs[start++]!);
  const title = paragraphs[start];
  if (title === undefined) return { body: [], boilerplate, meta };
  const body = [title];
  let boilerplateBeforeLastBody = boilerplate.length;
  for (let i = start + 1; i < paragraphs.length; i += 1) {
    const paragraph = paragraphs[i]!;
    // A "related news" heading ends the article, unless nothing of the article came yet.
    if (body.length > 1 && isTailMarker(paragraph)) {
      boilerplate.push(...paragraphs.slice(i));
      break;
    }
    if (takeMetadata(paragraph, i - start <= HEADER_PARAGRAPHS, meta) || isLeftover(paragraph, title, paragraphs, i)) {
      boilerplate.push(paragraph);
    } else {
      body.push(paragraph);
      boilerplateBeforeLastBody = boilerplate.length;
    }
  }
  detachGluedTail(body, boilerplate, boilerplateBeforeLastBody, meta);
  return { body, boilerplate, meta };
}

function isLeftover(paragraph: string, title: string, paragraphs: string[], index: number): boolean {
  return (
    isNoiseLine(paragraph) ||
    isTailMarker(paragraph) ||
    isRepeatedTitle(paragraph, title) ||
    isDuplicateLead(paragraph, paragraphs.slice(index + 1, index + 8))
  );
}

/** Records a metadata line's fields (the first value found wins) and says whether it was one. */
function takeMetadata(paragraph: string, nearTop: boolean, meta: Metadata): boolean {
  const found = readMetadataLine(paragraph);
  if (!found || (found.date && !nearTop)) return false;
  meta.date ??= found.date;
  meta.source ??= found.source;
  meta.byline ??= found.byline;
  return true;
}

/** Moves metadata glued to the end of the last paragraph into the boilerplate, where it stood. */
function detachGluedTail(body: string[], boilerplate: string[], position: number, meta: Metadata): void {
  const last = body.length - 1;
  if (last < 1) return;
  const glued = splitGluedTail(body[last]!);
  if (!glued) return;
  body[last] = glued.text;
  boilerplate.splice(position, 0, glued.tail);
  meta.source ??= glued.meta?.source ?? null;
  meta.byline ??= glued.meta?.byline ?? null;
}
