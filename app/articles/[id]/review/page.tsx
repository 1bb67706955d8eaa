import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { corpusPairing } from '@/lib/pairing/corpus-pairing';
import { getReview } from '@/lib/review/service';
import { checkedReview } from '@/lib/review/checked';
import { isAppError } from '@/lib/errors';
import { corpusDir } from '../../../_server/corpus';
import { routeId } from '../../../_server/route-id';
import { toRowView } from '../../../_server/review-view';
import { ReviewWorkbench } from '../../../_components/review/workbench';
import { PairPicker } from '../../../_components/pair-picker';
import { LayoutHelp } from '../../../_components/review/layout-help';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
}

async function load(params: Props['params']) {
  const id = await routeId(params);
  if (!id) notFound();
  try {
    return await getReview(corpusDir(), id);
  } catch (error) {
    if (isAppError(error) && (error.status === 404 || error.status === 400)) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const review = await load(params);
  return { title: `Review: ${review.article.title}` };
}

export default async function ReviewPage({ params }: Props) {
  const review = await load(params);
  const { articles } = await corpusPairing(corpusDir());
  const checked = await checkedReview(corpusDir(), review.article.id);
  const chinese = articles.filter((a) => a.lang === 'zh' && !a.error).map((a) => ({ id: a.id, title: a.title }));
  return (
    <>
      <h1>
        <span className="muted">Review · </span>
        {review.article.title}
      </h1>
      <p className="pair-line">
        English: <Link href={`/articles/${encodeURIComponent(review.article.id)}`}>{review.article.file}</Link>
        {' · '}
        {review.zhArticle ? (
          <>
            Chinese original:{' '}
            <Link href={`/articles/${encodeURIComponent(review.zhArticle.id)}`} lang="zh">
              {review.zhArticle.title}
            </Link>
          </>
        ) : (
          <>
            <strong>No Chinese original is paired</strong>: reviewing the English alone.{' '}
            <PairPicker enId={review.article.id} candidates={chinese} />
          </>
        )}
      </p>
      {review.zhArticle ? <LayoutHelp /> : null}
      <ReviewWorkbench
        initial={{
          enId: review.article.id,
          zhId: review.zhArticle?.id ?? null,
          state: review.state,
          rows: checked.rows.map((c) => toRowView(c.row, c.terms, c.findings)),
          sourceSize: checked.ctx.zh ? { amount: checked.ctx.zh.chars, unit: 'characters' } : { amount: checked.ctx.en.words, unit: 'words' },
        }}
      />
    </>
  );
}
