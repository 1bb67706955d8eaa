import { paragraphsOf, separateBody } from './body';
import { countText } from './counts';
import { decodeText } from './decode';
import { articleIdFor } from './ids';
import { detectLanguage } from './language';
import type { Article } from './types';

export interface ArticleFile {
  /** Path relative to the corpus, forward slashes. */
  file: string;
  bytes: Uint8Array;
  size: number;
  mtimeMs: number;
  /** The id the listing gave the file; by default the one its path gives. */
  id?: string;
}

export type ArticleFileInfo = Omit<ArticleFile, 'bytes'>;

/**
 * Reads one file into an article. Pure: bytes in, article out; never throws on bad input.
 * Text stays text: markup such as `<script>` is kept as characters, never interpreted.
 */
export function parseArticle(input: ArticleFile): Article {
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) return unreadableArticle(input, decoded.error);
  const { body, boilerplate, meta } = separateBody(paragraphsOf(decoded.text));
  // The language is judged on the article itself, not on a Chinese link farm under it.
  const lang = detectLanguage(body.length > 0 ? body.join('\n') : decoded.text);
  return {
    id: input.id ?? articleIdFor(input.file),
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

/** A listed file that could not be read as an article, with the reason. */
export function unreadableArticle(input: ArticleFileInfo, error: string): Article {
  return {
    id: input.id ?? articleIdFor(input.file),
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
