// Whole-corpus commands use the cores that are free: this thread and worker threads take
// the next job as each becomes free, and results are handed on in the jobs' order, so the
// output is the same as one thread's. A worker loads its own engine, dictionaries and
// corpus listing (about a second and 100 MB), so small corpora stay on this thread, and so
// does a machine whose cores are busy already (the load average says so): there a second
// thread only adds its start-up. SHENJIAO_THREADS=N sets the number of threads.
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../lib/errors';
import { doJob, type CorpusJob } from './corpus-work';

/** Fewer jobs than this are done on this thread alone. */
const JOBS_PER_WORKER = 100;
const MAX_WORKERS = 3;

type Outcome = { value: unknown } | { error: { message: string; code: ErrorCode | null } };

export async function runInOrder<T>(corpus: string, jobs: CorpusJob[], emit: (index: number, value: T) => Promise<void>, workers = workerCount(jobs.length)): Promise<void> {
  const done = new Map<number, Outcome>();
  let next = 0;
  let emitted = 0;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const settle = (index: number, outcome: Outcome) => {
    done.set(index, outcome);
    wake?.();
  };
  const crash = (error: Error) => {
    failure ??= new Error(`a worker thread failed: ${error.message}`);
    wake?.();
  };
  const threads = Array.from({ length: workers }, () => startWorker(corpus, settle, crash));
  const feed = (thread: Worker) => {
    if (next < jobs.length && failure === null) thread.postMessage({ index: next, job: jobs[next++] });
  };
  for (const thread of threads) {
    thread.on('message', () => feed(thread));
    feed(thread);
  }
  try {
    while (emitted < jobs.length) {
      if (failure !== null) throw failure;
      // Hand on whatever is ready, in order.
      while (done.has(emitted)) {
        const outcome = done.get(emitted)!;
        done.delete(emitted);
        if ('error' in outcome) throw outcome.error.code ? new AppError(outcome.error.code, outcome.error.message) : new Error(outcome.error.message);
        await emit(emitted, outcome.value as T);
        emitted += 1;
      }
      if (emitted >= jobs.length) break;
      if (next < jobs.length) {
        // This thread takes a job too, then lets the workers' answers in.
        const index = next++;
        settle(index, await outcomeOf(corpus, jobs[index]!));
        await new Promise((resolve) => setImmediate(resolve));
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
    }
  } catch (error) {
    failure ??= error;
    throw error;
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}

async function outcomeOf(corpus: string, job: CorpusJob): Promise<Outcome> {
  try {
    return { value: await doJob(corpus, job) };
  } catch (error) {
    if (error instanceof AppError) return { error: { message: error.message, code: error.code } };
    throw error;
  }
}

function workerCount(jobs: number): number {
  const asked = Number(process.env.SHENJIAO_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return asked - 1;
  const idleCores = Math.floor(availableParallelism() - loadavg()[0]!);
  return Math.max(0, Math.min(idleCores - 1, MAX_WORKERS, Math.floor(jobs / JOBS_PER_WORKER)));
}

/** The worker's script beside this module: the TypeScript source (through tsx) or the compiled bundle's. */
function startWorker(corpus: string, settle: (index: number, outcome: Outcome) => void, crash: (error: Error) => void): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(fromSource ? './corpus-worker-source.mjs' : './corpus-worker.js', import.meta.url);
  const worker = new Worker(script, { workerData: { corpus } });
  worker.on('message', ({ index, ...outcome }: { index: number } & Outcome) => settle(index, outcome));
  worker.on('error', crash);
  return worker;
}
