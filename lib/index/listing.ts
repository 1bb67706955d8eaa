import type { Article, Lang } from '../corpus/types';

/** What pages list of an article: metadata only, no body text (ten thousand of them stay small). */
export interface ListedArticle {
  id: string;
  file: string;
  lang: Lang;
  title: string;
  date: string | null;
  source: string | null;
  encoding: string | null;
  /** Characters for Chinese, words otherwise. */
  length: number;
  words: number;
  error: string | null;
}

const listed = new WeakMap<Article, ListedArticle>();

/** An article's listing, made once per article object (a listing keeps the objects of unchanged files). */
export function toListed(a: Article): ListedArticle {
  let known = listed.get(a);
  if (!known) listed.set(a, (known = listingOf(a)));
  return known;
}

function listingOf(a: Article): ListedArticle {
  return {
    id: a.id,
    file: a.file,
    lang: a.lang,
    title: a.title,
    date: a.date,
    source: a.source,
    encoding: a.encoding,
    length: a.lang === 'zh' ? a.chars : a.words,
    words: a.words,
    error: a.error,
  };
}
