import { z } from 'zod';
import { ARTICLE_SORTS } from '@/lib/index/article-list';
import { pageQuerySchema } from './page-query';

/** The article list's URL: `?page&size&sort&dir&q&lang`. */
export const ArticleQuery = pageQuerySchema(ARTICLE_SORTS, { lang: z.enum(['zh', 'en', 'unknown']).optional() });
