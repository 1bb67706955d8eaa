import { readdirSync } from 'node:fs';
import { CHECKS } from '../qa/registry';
import { reviewsDir } from '../review/store';
import { keyedProduct, productKey } from './index';
import { sharedInputs } from './snapshot';
import { summariseFindings, type ArticleQa } from './qa-summary';
import { timeSlicer } from './slices';

/** The contract of `GET /api/qa/run`. */
export interface QaRunStatus {
  done: number;
  total: number;
  startedAt: string | null;
  finishedAt: string | null;
  checks: { id: string; open: number; dismissed: number }[];
}


/**
 * QA over every English article of a corpus, as one job: per article the cached findings
 * (see indexedFindings), counted per check. An article whose key has not changed since the
 * last run is not even read again. Asking for a run while one is under way joins it.
 */
export class QaJob {
  done = 0;
  total = 0;
  startedAt: string | null = null;
  finishedAt: string | null = null;
  /** Per English article, the counts of its last check. */
  readonly articles = new Map<string, ArticleQa>();
  failed = new Map<string, string>();
  private running: Promise<void> | null = null;

  constructor(private readonly corpusDir: string) {}

  get isRunning(): boolean {
    return this.running !== null;
  }

  /** Starts a run over these articles, or joins the one under way. */
  run(enIds: () => Promise<string[]>, listedAfter?: number): Promise<void> {
    this.running ??= this.runNow(enIds, listedAfter).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** `listedAfter`: see SharedInputs (the indexer's run, right after its listing). */
  private async runNow(enIds: () => Promise<string[]>, listedAfter?: number): Promise<void> {
    this.startedAt = new Date().toISOString();
    this.finishedAt = null;
    this.done = 0;
    this.total = 0;
    const ids = await enIds();
    this.total = ids.length;
    const wanted = new Set(ids);
    for (const id of this.articles.keys()) if (!wanted.has(id)) this.articles.delete(id);
    this.failed = new Map();
    const pause = timeSlicer();
    // Read once for the pass: a glossary saved meanwhile makes the watcher start another.
    const shared = { ...(await sharedInputs(this.corpusDir)), ...(listedAfter === undefined ? {} : { listedAfter, reviewFiles: reviewFiles(this.corpusDir) }) };
    for (const id of ids) {
      try {
        const known = this.articles.get(id);
        if (!known || known.key !== (await productKey(this.corpusDir, id, shared))) {
          const { key, value } = await keyedProduct(this.corpusDir, id, 'findings', shared);
          this.articles.set(id, summariseFindings(key, value));
        }
      } catch (error) {
        this.articles.delete(id);
        this.failed.set(id, error instanceof Error ? error.message : String(error));
      }
      this.done += 1;
      await pause();
    }
    this.finishedAt = new Date().toISOString();
  }

  status(): QaRunStatus {
    const open = new Map<string, number>();
    const dismissed = new Map<string, number>();
    for (const a of this.articles.values()) {
      for (const [id, n] of Object.entries(a.open)) open.set(id, (open.get(id) ?? 0) + n);
      for (const [id, n] of Object.entries(a.dismissed)) dismissed.set(id, (dismissed.get(id) ?? 0) + n);
    }
    return {
      done: this.done,
      total: this.total,
      startedAt: this.startedAt,
      finishedAt: this.finishedAt,
      checks: CHECKS.map((c) => ({ id: c.id, open: open.get(c.id) ?? 0, dismissed: dismissed.get(c.id) ?? 0 })),
    };
  }
}

/** The names in the reviews folder, once (see SharedInputs). */
function reviewFiles(corpusDir: string): Set<string> {
  try {
    return new Set(readdirSync(reviewsDir(corpusDir)));
  } catch {
    return new Set();
  }
}
