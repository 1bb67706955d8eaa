import { checkedReview } from '@/lib/review/checked';
import { corpusDir } from '../../../../_server/corpus';
import { handle } from '../../../../_server/http';
import { idParams } from '../../../../_server/params';

type Ctx = { params: Promise<{ id: string }> };

/** The QA findings of one English article's review, dismissed ones marked. */
export const GET = handle(async (_request: Request, { params }: Ctx) => {
  const { id } = await idParams(params, 'id');
  const { ctx, rows } = await checkedReview(corpusDir(), id);
  const findings = rows.flatMap((r, index) =>
    r.findings.map(({ check, category, severity, message, dismissed }) => ({ row: index + 1, check, category, severity, message, dismissed })),
  );
  return Response.json({ id, title: ctx.en.title, rows: rows.length, findings });
});
