import { assertSameOrigin, handle } from '../../../_server/http';
import { serverIndex } from '../../../_server/index';
import { startQaRun } from '../../../_server/qa';

/** Starts the corpus QA job, or joins the one under way; answers its status at once. */
export const POST = handle(async (request: Request) => {
  assertSameOrigin(request);
  startQaRun();
  return Response.json(serverIndex().qa.status(), { status: 202 });
});

/** `{"done","total","startedAt","finishedAt"|null,"checks":[{"id","open","dismissed"}]}` */
export const GET = handle(async () => Response.json(serverIndex().qa.status()));
