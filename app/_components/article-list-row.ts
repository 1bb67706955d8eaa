export type { ArticleListRow } from '@/lib/index/article-list';
