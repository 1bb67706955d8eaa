import { listArticles } from '@/lib/corpus/corpus';
import type { Article } from '@/lib/corpus/types';
import { corpusDir } from './_server/corpus';
import { ArticleTable } from './_components/article-table';
import type { ArticleListRow } from './_components/article-list-row';

export const dynamic = 'force-dynamic';

export default async function ArticleListPage() {
  const articles = await listArticles(corpusDir());
  const rows = articles.map(toListRow);
  return (
    <>
      <h1>Articles</h1>
      <ArticleTable rows={rows} />
    </>
  );
}

function toListRow(article: Article): ArticleListRow {
  return {
    id: article.id,
    file: article.file,
    lang: article.lang,
    title: article.title,
    date: article.date,
    source: article.source,
    encoding: article.encoding,
    length: article.lang === 'zh' ? article.chars : article.words,
    error: article.error,
    counterpart: null,
  };
}
