import path from 'node:path';
import { z } from 'zod';
import { dataDir } from '../config';
import { readJsonFile, writeJsonAtomic } from '../storage/atomic';
import { withFileLock } from '../storage/file-queue';
import type { PairDecision, PairDecisions } from './types';

const DecisionSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
  decision: z.enum(['confirmed', 'rejected', 'manual']),
  reviewer: z.string().nullable().optional(),
  at: z.string(),
});

/** `<corpus>/_shenjiao/pairs.json`, version 1. */
export const PairsFileSchema = z.object({
  schema: z.literal(1),
  decisions: z.array(DecisionSchema),
  /** Which English version is under review, per Chinese original with several. */
  active: z.record(z.string(), z.string()).default({}),
});

export type PairsFile = z.infer<typeof PairsFileSchema>;

export function pairsFilePath(corpusDir: string): string {
  return path.join(dataDir(corpusDir), 'pairs.json');
}

/** The decisions file; an empty one when none was written yet. An unreadable file is an error, never replaced. */
export async function readPairsFile(corpusDir: string): Promise<PairsFile> {
  return (await readJsonFile(pairsFilePath(corpusDir), PairsFileSchema)) ?? { schema: 1, decisions: [], active: {} };
}

/** Reviewers' decisions and active versions, ready for pairArticles. */
export async function readPairDecisions(corpusDir: string): Promise<PairDecisions> {
  const { decisions, active } = await readPairsFile(corpusDir);
  return { decisions, active };
}

async function updatePairsFile(corpusDir: string, change: (current: PairsFile) => PairsFile): Promise<PairsFile> {
  const file = pairsFilePath(corpusDir);
  return withFileLock(file, async () => {
    const next = change(await readPairsFile(corpusDir));
    await writeJsonAtomic(file, next);
    return next;
  });
}

/**
 * Records a reviewer's decision on a pair, replacing any earlier one on the same two
 * articles. Deciding on one pair leaves the others alone, so an original can keep two
 * confirmed English versions.
 */
export function writePairDecision(corpusDir: string, decision: PairDecision): Promise<PairsFile> {
  const clean: PairDecision = { zh: decision.zh, en: decision.en, decision: decision.decision, reviewer: decision.reviewer ?? null, at: decision.at };
  return updatePairsFile(corpusDir, (current) => ({
    ...current,
    decisions: [...current.decisions.filter((d) => !(d.zh === clean.zh && d.en === clean.en)), clean],
  }));
}

/** Chooses which English version of an original is the one being reviewed. */
export function setActiveVersion(corpusDir: string, zhId: string, enId: string): Promise<PairsFile> {
  return updatePairsFile(corpusDir, (current) => ({ ...current, active: { ...current.active, [zhId]: enId } }));
}

/** The earlier name of writePairDecision, used by the app's pairs route. */
export const recordPairDecision = writePairDecision;
