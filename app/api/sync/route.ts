import { z } from 'zod';
import { syncCorpus, syncStatus } from '@/lib/sync/sync';
import { corpusDir } from '../../_server/corpus';
import { serverIndex } from '../../_server/index';
import { assertSameOrigin, handle, readJsonBody, reviewerName } from '../../_server/http';
import { mergeDriverCommand } from '@/lib/sync/merge-driver';

export const dynamic = 'force-dynamic';

/** How long a sync waits for the index to take in what it brought before answering anyway. */
const INDEX_WAIT_MS = 5_000;

/**
 * Files a merge brought change reviews and conflicts the lists show: the answer waits (a
 * while) for the index to take them in, so the page the reviewer opens next is already right.
 */
async function indexCaughtUp(): Promise<void> {
  const index = serverIndex();
  index.changed();
  await Promise.race([index.refresh(), new Promise((resolve) => setTimeout(resolve, INDEX_WAIT_MS).unref?.())]);
}

/** What the header shows: ahead/behind as last fetched, the last sync, open conflicts. */
export const GET = handle(async () => Response.json(await syncStatus(corpusDir())));

// Signed in, the commit's author is the session's name; alone on one's machine, the body's.
const SyncBody = z.object({ reviewer: z.string().trim().min(1, 'Give your name: it is the author of your commit.').max(80).optional() });

/**
 * Commit, fetch, merge, push (see syncCorpus). A git failure is a 502 carrying the result so
 * far and what to do: the reviewer's commit is kept. The server runs from the project folder,
 * which is where the merge driver's command is found.
 */
export const POST = handle(async (request: Request) => {
  assertSameOrigin(request);
  const body = await readJsonBody(request, SyncBody);
  const reviewer = reviewerName(request, body.reviewer);
  const result = await syncCorpus(corpusDir(), { reviewer, driverCommand: mergeDriverCommand(process.cwd()) });
  if (result.merged > 0) await indexCaughtUp();
  return Response.json(result);
});
