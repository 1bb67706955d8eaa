import { AppError } from '../../errors';
import { glossaryMatcher } from '../../glossary/service';
import { corpusSnapshot } from '../../index';
import { saveReviewRows, type BatchRowSave } from '../../review/service';
import { changeBatch, newBatchId, writeBatch } from './store';
import { planBatch } from './plan';
import type { AppliedChange, ApplyBatchInput, ApplySelectionInput, BatchRecord, PlannedChange, SkippedRow } from './types';
import { describeSource } from './describe';

/** Articles written at once: their files are independent, and fsyncs overlap. */
const PARALLEL_ARTICLES = 8;

/**
 * Applies the selected changes of a preview. Each is an ordinary correction (history,
 * revision, reviewer; state `edited` unless the text is the MT again), saved with the stale
 * checks of every save: a row changed since the preview is skipped and reported. The batch
 * is recorded under `<corpus>/_shenjiao/batches/` so it can be undone as one operation.
 */
export async function applyBatch(corpusDir: string, input: ApplyBatchInput, now = new Date().toISOString(), skippedBefore: SkippedRow[] = []): Promise<BatchRecord> {
  const changed: AppliedChange[] = [];
  const skipped: SkippedRow[] = [...skippedBefore];
  const contextOf = await pairContexts(corpusDir);
  await forEachArticle(input.changes, async (article, changes) => {
    const saves: BatchRowSave[] = changes.map((c) => ({ rowId: c.row, text: c.after, baseRevision: c.baseRevision, expectedText: c.before }));
    const outcomes = await saveReviewRows(corpusDir, article, saves, input.reviewer, now, contextOf(article)).catch((error: unknown) => failAll(saves, error));
    outcomes.forEach((o, i) => {
      if (o.ok) changed.push({ ...changes[i]!, revision: o.revision });
      else skipped.push({ article, row: o.rowId, reason: o.reason });
    });
  });
  const record: BatchRecord = {
    schema: 1,
    id: newBatchId(now),
    source: input.source,
    description: await describeSource(corpusDir, input.source),
    reviewer: input.reviewer,
    at: now,
    changed: sortChanges(changed),
    skipped,
    undo: null,
  };
  await writeBatch(corpusDir, record);
  return record;
}

/**
 * Applies the rows a reviewer kept selected in a preview. The plan is made again from the
 * same source; a selected row that no longer matches, or is at another revision than the
 * one previewed, is skipped and reported (the save itself checks once more, atomically).
 */
export async function applySelection(corpusDir: string, input: ApplySelectionInput, now = new Date().toISOString()): Promise<BatchRecord> {
  const plan = await planBatch(corpusDir, input.source);
  const planned = new Map(plan.changes.map((c) => [`${c.article}\n${c.row}`, c]));
  const changes: PlannedChange[] = [];
  const skipped: SkippedRow[] = [];
  for (const wanted of input.rows) {
    const change = planned.get(`${wanted.article}\n${wanted.row}`);
    if (!change) skipped.push({ article: wanted.article, row: wanted.row, reason: 'Changed since the preview: the row no longer matches.' });
    else if (change.baseRevision !== wanted.baseRevision) skipped.push({ article: wanted.article, row: wanted.row, reason: `Changed since the preview (now revision ${change.baseRevision}).` });
    else changes.push(change);
  }
  return applyBatch(corpusDir, { source: input.source, reviewer: input.reviewer, changes }, now, skipped);
}

/**
 * Undoes a batch: every row it changed goes back to its text (and state) before, as a new
 * revision, unless the row has changed since the batch; those are skipped and reported.
 */
export async function undoBatch(corpusDir: string, id: string, reviewer: string, now = new Date().toISOString()): Promise<BatchRecord> {
  return changeBatch(corpusDir, id, async (record) => {
    if (record.undo) throw new AppError('conflict', `This batch was undone by ${record.undo.reviewer} at ${record.undo.at}.`);
    const restored: { article: string; row: string }[] = [];
    const skipped: SkippedRow[] = [];
    const contextOf = await pairContexts(corpusDir);
    await forEachArticle(record.changed, async (article, changes) => {
      const saves = changes.map((c): BatchRowSave => ({ rowId: c.row, text: c.before, baseRevision: (c as AppliedChange).revision, expectedText: c.after, state: c.stateBefore }));
      const outcomes = await saveReviewRows(corpusDir, article, saves, reviewer, now, contextOf(article)).catch((error: unknown) => failAll(saves, error));
      outcomes.forEach((o) => (o.ok ? restored.push({ article, row: o.rowId }) : skipped.push({ article, row: o.rowId, reason: o.reason })));
    });
    const next = { ...record, undo: { reviewer, at: now, restored, skipped } };
    return { record: next, result: next };
  });
}

/**
 * Each English article's pair and the glossary, resolved once for the whole batch: asking
 * per article would list and pair a large corpus a thousand times. An id the snapshot does
 * not know is left to the ordinary lookup (which reports it).
 */
async function pairContexts(corpusDir: string) {
  // The matcher's entries: the aligner's cache knows a glossary by identity, so the same array avoids re-aligning.
  const [snapshot, { entries: glossary }] = await Promise.all([corpusSnapshot(corpusDir, true), glossaryMatcher(corpusDir)]);
  return (enId: string) => {
    const en = snapshot.byId.get(enId);
    if (!en || en.error || en.lang !== 'en') return undefined;
    const pair = snapshot.pairOfEn.get(enId);
    return { en, zh: pair ? (snapshot.byId.get(pair.zh.id) ?? null) : null, glossary };
  };
}

async function forEachArticle<C extends PlannedChange>(changes: readonly C[], work: (article: string, changes: C[]) => Promise<void>): Promise<void> {
  const byArticle = new Map<string, C[]>();
  for (const c of changes) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
  const queue = [...byArticle];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await work(next[0], next[1]);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_ARTICLES, queue.length) }, worker));
}

/** An article that cannot be opened (gone, unreadable) skips its rows with the reason. */
function failAll(saves: BatchRowSave[], error: unknown) {
  const reason = error instanceof AppError ? error.message : 'The article could not be saved.';
  if (!(error instanceof AppError)) console.error(error);
  return saves.map((s) => ({ rowId: s.rowId, ok: false as const, reason }));
}

function sortChanges(changes: AppliedChange[]): AppliedChange[] {
  return changes.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.position - b.position));
}
