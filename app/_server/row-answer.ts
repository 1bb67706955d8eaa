import { checkedReview } from '@/lib/review/checked';
import type { ReviewRow } from '@/lib/review/types';
import { corpusDir } from './corpus';
import { toRowView } from './review-view';

/** A saved row, re-checked as the reviewer edits: its new glossary hints and QA findings. */
export async function rowAnswer(enId: string, row: ReviewRow): Promise<Response> {
  const checked = (await checkedReview(corpusDir(), enId)).rows.find((c) => c.row.id === row.id);
  return Response.json({ revision: row.revision, row: checked ? toRowView(checked.row, checked.terms, checked.findings) : row });
}
