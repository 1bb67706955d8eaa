import type { Lang } from '@/lib/corpus/types';

/** What the article list shows of an article: small, serialisable, no body text. */
export interface ArticleListRow {
  id: string;
  file: string;
  lang: Lang;
  title: string;
  date: string | null;
  source: string | null;
  encoding: string | null;
  /** Characters for Chinese, words otherwise. */
  length: number;
  error: string | null;
  counterpart: { id: string; title: string; score: number } | null;
  /** Review of an English article: state, confirmed rows of all rows, and the edit rate so far. */
  review: { state: string; confirmed: number; rows: number; editRate: number; mqm: number; conflicts: number } | null;
}
