import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { dataDir } from '../../config';
import { AppError } from '../../errors';
import { readJsonFile, writeJsonAtomic } from '../../storage/atomic';
import { withFileLock } from '../../storage/file-queue';
import { BatchRecordSchema, type BatchRecord } from './types';

export function batchesDir(corpusDir: string): string {
  return path.join(dataDir(corpusDir), 'batches');
}

const ID = /^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$/;

/** A new batch id: when it was made, sortable, plus a few random characters. */
export function newBatchId(now: string): string {
  return `${now.replace(/[-:]/g, '').replace(/\.\d+/, '')}-${randomBytes(3).toString('hex')}`;
}

function batchFile(corpusDir: string, id: string): string {
  if (!ID.test(id)) throw new AppError('bad-input', `"${id}" is not a batch id.`);
  return path.join(batchesDir(corpusDir), `${id}.json`);
}

export async function writeBatch(corpusDir: string, record: BatchRecord): Promise<void> {
  await writeJsonAtomic(batchFile(corpusDir, record.id), record);
}

export async function readBatch(corpusDir: string, id: string): Promise<BatchRecord> {
  const record = await readJsonFile(batchFile(corpusDir, id), BatchRecordSchema);
  if (!record) throw new AppError('not-found', `No batch "${id}" in this corpus.`);
  return record;
}

/** Read-modify-write of one batch record under its lock (an undo pressed twice runs once). */
export function changeBatch<T>(corpusDir: string, id: string, change: (record: BatchRecord) => Promise<{ record: BatchRecord; result: T }>): Promise<T> {
  const file = batchFile(corpusDir, id);
  return withFileLock(file, async () => {
    const { record, result } = await change(await readBatch(corpusDir, id));
    await writeBatch(corpusDir, record);
    return result;
  });
}

/** Every batch of the corpus, newest first (summaries: no per-row lists). */
export async function listBatches(corpusDir: string) {
  let names: string[];
  try {
    names = await fs.readdir(batchesDir(corpusDir));
  } catch {
    return [];
  }
  const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter((id) => ID.test(id)).sort().reverse();
  const records = await Promise.all(ids.map((id) => readBatch(corpusDir, id).catch(() => null)));
  return records
    .filter((r): r is BatchRecord => r !== null)
    .map((r) => ({ id: r.id, description: r.description, reviewer: r.reviewer, at: r.at, changed: r.changed.length, skipped: r.skipped.length, undone: r.undo !== null }));
}
