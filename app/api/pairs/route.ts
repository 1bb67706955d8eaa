import { z } from 'zod';
import { getArticle } from '@/lib/corpus/corpus';
import { AppError } from '@/lib/errors';
import { recordPairDecision } from '@/lib/pairing/decisions-store';
import { corpusDir } from '../../_server/corpus';
import { serverIndex } from '../../_server/index';
import { assertSameOrigin, handle, readJsonBody } from '../../_server/http';

const Body = z.object({
  zh: z.string().min(1).max(300),
  en: z.string().min(1).max(300),
  decision: z.enum(['confirmed', 'rejected', 'manual']),
  reviewer: z.string().trim().min(1).max(80),
});

/** Records a reviewer's decision on a pair: confirm or reject a suggestion, or pair by hand. */
export const POST = handle(async (request: Request) => {
  assertSameOrigin(request);
  const body = await readJsonBody(request, Body);
  const [zh, en] = await Promise.all([getArticle(corpusDir(), body.zh), getArticle(corpusDir(), body.en)]);
  if (zh?.lang !== 'zh') throw new AppError('bad-input', `"${body.zh}" is not a Chinese article of this corpus.`);
  if (en?.lang !== 'en') throw new AppError('bad-input', `"${body.en}" is not an English article of this corpus.`);
  await recordPairDecision(corpusDir(), { ...body, at: new Date().toISOString() });
  await serverIndex().pairsChanged();
  return Response.json({ ok: true });
});
