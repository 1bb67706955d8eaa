// A worker thread of a whole-corpus command (see parallel.ts): does the jobs it is sent
// with its own copy of the engine and dictionaries, and answers each with its result.
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../lib/errors';
import { doJob, type CorpusJob } from './corpus-work';

const { corpus } = workerData as { corpus: string };

parentPort!.on('message', async ({ index, job }: { index: number; job: CorpusJob }) => {
  try {
    parentPort!.postMessage({ index, value: await doJob(corpus, job) });
  } catch (error) {
    parentPort!.postMessage({ index, error: { message: (error as Error)?.message ?? String(error), code: isAppError(error) ? error.code : null } });
  }
});
