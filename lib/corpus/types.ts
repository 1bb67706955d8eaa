/** The language of an article, judged from the script of its text. */
export type Lang = 'zh' | 'en' | 'unknown';

/** Encodings the corpus reader recognises, named as WHATWG TextDecoder labels. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/**
 * One file of the corpus, read and cleaned.
 *
 * `body` is the text a reviewer works on, as paragraphs. Its first paragraph is the
 * headline, because the headline is translated and reviewed like any other sentence.
 * Offsets anywhere in Shenjiao (sentences, terms, findings) index into `bodyText(article)`,
 * the paragraphs joined by a blank line ("\n\n").
 *
 * `boilerplate` is what the scraper dragged in (navigation, counters, related-news blocks,
 * comment forms, copyright footers): kept so nothing is hidden, never reviewed or exported.
 */
export interface Article {
  id: string;
  /** Path relative to the corpus folder, with forward slashes. */
  file: string;
  lang: Lang;
  title: string;
  /** ISO date, with time when the article gives one: "2022-10-08" or "2022-10-08 17:52:22". */
  date: string | null;
  /** Publishing outlet ("长治日报", "Bincheng Times"). */
  source: string | null;
  /** Reporter / editor line ("记者 王轶", "Reporter | Yue Dahai Cao Hongmei editor | CAI Yu"). */
  byline: string | null;
  encoding: Encoding | null;
  body: string[];
  boilerplate: string[];
  /** Non-whitespace characters of the body. */
  chars: number;
  /** Words of the body: Latin words for English; for Chinese, Han characters plus Latin words (as CAT tools count). */
  words: number;
  /** Why the file could not be read as an article; null when it could. */
  error: string | null;
  /** File size in bytes and modification time, used to re-read only what changed. */
  size: number;
  mtimeMs: number;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

/** The body as one string: the text every offset in Shenjiao points into. */
export function bodyText(article: Pick<Article, 'body'>): string {
  return article.body.join(PARAGRAPH_SEPARATOR);
}
