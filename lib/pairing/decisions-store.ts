import path from 'node:path';
import { z } from 'zod';
import { dataDir } from '../config';
import { readJsonFile, writeJsonAtomic } from '../storage/atomic';
import { withFileLock } from '../storage/file-queue';
import type { PairDecision } from './types';

const DecisionSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
  decision: z.enum(['confirmed', 'rejected', 'manual']),
  reviewer: z.string().nullable(),
  at: z.string(),
});

const PairsFileSchema = z.object({
  schema: z.literal(1),
  decisions: z.array(DecisionSchema),
  /** Which English version is under review, per Chinese original with several. */
  active: z.record(z.string(), z.string()),
});

export type PairsFile = z.infer<typeof PairsFileSchema>;

export function pairsFilePath(corpusDir: string): string {
  return path.join(dataDir(corpusDir), 'pairs.json');
}

export async function readPairsFile(corpusDir: string): Promise<PairsFile> {
  return (await readJsonFile(pairsFilePath(corpusDir), PairsFileSchema)) ?? { schema: 1, decisions: [], active: {} };
}

/**
 * Records a reviewer's decision on a pair, replacing any earlier one on the same two
 * articles. Rejecting or confirming one pair leaves the others alone.
 */
export async function recordPairDecision(corpusDir: string, decision: PairDecision): Promise<PairsFile> {
  const file = pairsFilePath(corpusDir);
  return withFileLock(file, async () => {
    const current = await readPairsFile(corpusDir);
    const others = current.decisions.filter((d) => !(d.zh === decision.zh && d.en === decision.en));
    const next: PairsFile = { ...current, decisions: [...others, decision] };
    await writeJsonAtomic(file, next);
    return next;
  });
}

/** Chooses which English version of an original is the one being reviewed. */
export async function setActiveVersion(corpusDir: string, zhId: string, enId: string): Promise<PairsFile> {
  const file = pairsFilePath(corpusDir);
  return withFileLock(file, async () => {
    const current = await readPairsFile(corpusDir);
    const next: PairsFile = { ...current, active: { ...current.active, [zhId]: enId } };
    await writeJsonAtomic(file, next);
    return next;
  });
}
