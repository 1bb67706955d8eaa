import { z } from 'zod';
import { ARTICLE_SORTS } from '@/lib/index/article-list';
import { GLOSSARY_SORTS } from '@/lib/index/glossary-list';
import { PAIR_SORTS, PAIR_VIEWS } from '@/lib/index/pair-list';
import { QA_ARTICLE_SORTS } from '@/lib/index/qa-views';
import { pageQuerySchema } from './page-query';

/** The article list's URL: `?page&size&sort&dir&q&lang`. */
export const ArticleQuery = pageQuerySchema(ARTICLE_SORTS, { lang: z.enum(['zh', 'en', 'unknown']).optional() });

/** The QA report's per-article table. */
export const QaArticleQuery = pageQuerySchema(QA_ARTICLE_SORTS, {});

/** The QA report's findings: `?page&check&severity&article&dismissed=1`. */
export const QaFindingQuery = pageQuerySchema(['none'], {
  check: z.string().max(80).optional(),
  severity: z.enum(['major', 'minor']).optional(),
  article: z.string().max(300).optional(),
  dismissed: z.enum(['1', '0']).optional(),
});

/** The pairs page: `?view=pairs|zh|en&decision&page&sort&dir&q`. */
export const PairQuery = pageQuerySchema(PAIR_SORTS, {
  view: z.enum(PAIR_VIEWS).default('pairs'),
  decision: z.enum(['auto', 'confirmed', 'manual', 'candidate', 'none']).optional(),
});

/** The glossary page: `?tag&page&sort&dir&q`. */
export const GlossaryQuery = pageQuerySchema(GLOSSARY_SORTS, { tag: z.string().max(80).optional() });
