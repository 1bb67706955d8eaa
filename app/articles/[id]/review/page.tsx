import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { corpusSnapshot, snapshotArticle } from '@/lib/index/snapshot';
import { checkedReview } from '@/lib/review/checked';
import { isAppError } from '@/lib/errors';
import { corpusDir } from '../../../_server/corpus';
import { routeId } from '../../../_server/route-id';
import { toRowView, toUnattachedView } from '../../../_server/review-view';
import { ReviewWorkbench } from '../../../_components/review/workbench';
import { PairPicker } from '../../../_components/pair-picker';
import { LayoutHelp } from '../../../_components/review/layout-help';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
}

/** One review context, with its checks, per page: the rows, the pair and the findings. */
async function load(params: Props['params']) {
  const id = await routeId(params);
  if (!id) notFound();
  try {
    return await checkedReview(corpusDir(), id);
  } catch (error) {
    if (isAppError(error) && (error.status === 404 || error.status === 400)) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = await routeId(params);
  const article = id ? await snapshotArticle(corpusDir(), id) : null;
  return { title: article ? `Review: ${article.title}` : 'Not found' };
}

export default async function ReviewPage({ params }: Props) {
  const { ctx, rows } = await load(params);
  const { en, zh } = ctx;
  const { articles } = await corpusSnapshot(corpusDir());
  const chinese = articles.filter((a) => a.lang === 'zh' && !a.error).map((a) => ({ id: a.id, title: a.title }));
  return (
    <>
      <h1>
        <span className="muted">Review · </span>
        {en.title}
      </h1>
      <p className="pair-line">
        English: <Link href={`/articles/${encodeURIComponent(en.id)}`}>{en.file}</Link>
        {' · '}
        {zh ? (
          <>
            Chinese original:{' '}
            <Link href={`/articles/${encodeURIComponent(zh.id)}`} lang="zh">
              {zh.title}
            </Link>
          </>
        ) : (
          <>
            <strong>No Chinese original is paired</strong>: reviewing the English alone.{' '}
            <PairPicker enId={en.id} candidates={chinese} />
          </>
        )}
      </p>
      {zh ? <LayoutHelp /> : null}
      <ReviewWorkbench
        initial={{
          enId: en.id,
          zhId: zh?.id ?? null,
          state: ctx.file.state,
          rows: rows.map((c) => toRowView(c.row, c.terms, c.findings)),
          unattached: ctx.unattached.map(toUnattachedView),
          sourceSize: zh ? { amount: zh.chars, unit: 'characters' } : { amount: en.words, unit: 'words' },
        }}
      />
    </>
  );
}
