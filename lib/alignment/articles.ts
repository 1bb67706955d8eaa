import type { Article } from '../corpus/types';
import { splitParagraphSentences } from '../text/sentences';
import { alignSentences, type AlignedRow, type AlignOptions } from './align';

/** Aligns two articles' bodies; sentence offsets point into each article's body text. */
export function alignArticles(zh: Article, en: Article, options?: AlignOptions): AlignedRow[] {
  return alignSentences(splitParagraphSentences(zh.body, 'zh'), splitParagraphSentences(en.body, 'en'), options);
}

/** The rows of an article reviewed alone: one per sentence, the other side empty. */
export function monolingualRows(article: Article): AlignedRow[] {
  const lang = article.lang === 'zh' ? 'zh' : 'en';
  return splitParagraphSentences(article.body, lang)
    .flat()
    .map((sentence) => (lang === 'zh' ? { zh: [sentence], en: [], score: 0 } : { zh: [], en: [sentence], score: 0 }));
}
