import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { corpusSnapshot, snapshotArticle } from '@/lib/index/snapshot';
import { activePairOfChinese, pairOfEnglish } from '@/lib/pairing/corpus-pairing';
import { corpusDir } from '../../_server/corpus';
import { AddTranslation } from '../../_components/add-translation';
import { routeId } from '../../_server/route-id';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
}

async function findArticle(params: Props['params']) {
  const id = await routeId(params);
  const article = id ? await snapshotArticle(corpusDir(), id) : null;
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = await routeId(params);
  const article = id ? await snapshotArticle(corpusDir(), id) : null;
  return { title: article?.title || 'Article not found' };
}

export default async function ArticlePage({ params }: Props) {
  const article = await findArticle(params);
  const [headline, ...paragraphs] = article.body;
  const { pairing: result } = await corpusSnapshot(corpusDir());
  const pair = article.lang === 'zh' ? activePairOfChinese(result, article.id) : pairOfEnglish(result, article.id);
  const reviewId = article.lang === 'en' ? article.id : pair?.en.id;
  const textLang = article.lang === 'zh' ? 'zh' : article.lang === 'en' ? 'en' : undefined;
  return (
    <article>
      <h1 lang={textLang}>{headline ?? article.title ?? article.file}</h1>
      <dl className="meta">
        <dt>File</dt>
        <dd>{article.file}</dd>
        <dt>Language</dt>
        <dd>{article.lang}</dd>
        <dt>Date</dt>
        <dd>{article.date ?? '—'}</dd>
        <dt>Source</dt>
        <dd>{article.source ?? '—'}</dd>
        {article.byline ? (
          <>
            <dt>Byline</dt>
            <dd>{article.byline}</dd>
          </>
        ) : null}
        <dt>Encoding</dt>
        <dd>{article.encoding ?? '—'}</dd>
        <dt>Length</dt>
        <dd>
          {article.chars.toLocaleString('en')} characters · {article.words.toLocaleString('en')} words
        </dd>
      </dl>
      {reviewId && !article.error ? (
        <p>
          <Link className="primary-link" href={`/articles/${encodeURIComponent(reviewId)}/review`}>
            {article.lang === 'en' ? 'Review this translation' : 'Review its English translation'}
          </Link>
          {pair ? (
            <span className="muted"> · paired with {article.lang === 'zh' ? pair.en.file : pair.zh.file}</span>
          ) : (
            <span className="muted"> · no Chinese original paired</span>
          )}
        </p>
      ) : article.lang === 'zh' && !article.error ? (
        <p className="muted">
          No English translation is paired with this original. Pair one on the <Link href="/pairs">Pairs</Link> page, or add
          one below.
        </p>
      ) : null}
      {article.error ? (
        <p className="error-text" role="alert">
          This file could not be read as an article: {article.error}
        </p>
      ) : null}
      <section className="article-body" aria-label="Body" lang={textLang}>
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </section>
      {article.lang === 'zh' && !article.error && !pair ? <AddTranslation zhId={article.id} /> : null}
      {article.boilerplate.length > 0 ? (
        <details className="boilerplate">
          <summary>Set apart: scraper leftovers ({article.boilerplate.length})</summary>
          <p className="muted">Kept for reference; never reviewed or exported.</p>
          {article.boilerplate.map((text, index) => (
            <p key={index} lang={textLang}>
              {text}
            </p>
          ))}
        </details>
      ) : null}
    </article>
  );
}
