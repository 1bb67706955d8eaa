import type { Article } from '../corpus/types';
import { splitBodySentences, type Sentence } from '../text/sentences';
import { alignSentences, scoreRow, type AlignedRow, type AlignOptions } from './align';

/** More sentences than this in a first paragraph and it is a lead, not a headline. */
const HEADLINE_MAX_SENTENCES = 3;

/**
 * Aligns two articles' bodies; sentence offsets point into each article's body text. The
 * headlines (first paragraphs) make row 0 together, since they translate each other and
 * the body alignment should not borrow from them.
 */
export function alignArticles(zh: Pick<Article, 'body'>, en: Pick<Article, 'body'>, options?: AlignOptions): AlignedRow[] {
  return alignBodies(splitBodySentences(zh.body, 'zh'), splitBodySentences(en.body, 'en'), options);
}

export function alignBodies(zh: Sentence[][], en: Sentence[][], options?: AlignOptions): AlignedRow[] {
  const [zhHead, ...zhRest] = zh;
  const [enHead, ...enRest] = en;
  const headlines = zhHead && enHead && zhRest.length > 0 && enRest.length > 0 && isHeadline(zhHead) && isHeadline(enHead);
  if (!headlines) return alignSentences(zh, en, options);
  return [{ zh: zhHead, en: enHead, score: scoreRow(zhHead, enHead, options) }, ...alignSentences(zhRest, enRest, options)];
}

const isHeadline = (paragraph: Sentence[]) => paragraph.length > 0 && paragraph.length <= HEADLINE_MAX_SENTENCES;

/** The rows of an article reviewed alone: one per sentence, the other side empty. */
export function monolingualRows(article: Article): AlignedRow[] {
  const lang = article.lang === 'zh' ? 'zh' : 'en';
  return splitBodySentences(article.body, lang)
    .flat()
    .map((sentence) => (lang === 'zh' ? { zh: [sentence], en: [], score: 0 } : { zh: [], en: [sentence], score: 0 }));
}
