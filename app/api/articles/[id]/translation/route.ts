import { z } from 'zod';
import { addTranslation } from '@/lib/corpus/add-translation';
import { getArticle } from '@/lib/corpus/corpus';
import { AppError } from '@/lib/errors';
import { recordPairDecision } from '@/lib/pairing/decisions-store';
import { corpusDir } from '../../../../_server/corpus';
import { assertSameOrigin, handle, readJsonBody, reviewerName } from '../../../../_server/http';
import { idParams } from '../../../../_server/params';

type Ctx = { params: Promise<{ id: string }> };

const Body = z.object({ text: z.string().max(1_100_000), reviewer: z.string().trim().min(1).max(80).default('anonymous') });

/** Adds an English translation (pasted or uploaded) of a Chinese original, paired with it. */
export const POST = handle(async (request: Request, { params }: Ctx) => {
  assertSameOrigin(request);
  const { id } = await idParams(params, 'id');
  const zh = await getArticle(corpusDir(), id);
  if (!zh || zh.lang !== 'zh') throw new AppError('not-found', 'No such Chinese article.');
  const body = await readJsonBody(request, Body);
  const { text } = body;
  const reviewer = reviewerName(request, body.reviewer);
  const en = await addTranslation(corpusDir(), zh, text);
  await recordPairDecision(corpusDir(), { zh: zh.id, en: en.id, decision: 'manual', reviewer, at: new Date().toISOString() });
  return Response.json({ id: en.id, file: en.file }, { status: 201 });
});
