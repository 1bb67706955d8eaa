import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GlossaryFileSchema } from '../glossary/types';
import { PairsFileSchema } from '../pairing/decisions-store';
import { ReviewFileSchema, type ReviewFile } from '../review/types';
import { readBlobs } from './git';
import { shenjiaoFileKind } from './shenjiao-files';
import { same } from './three-way';

/** A staged change: its status letter (A, M, D…) and its path in the repository. */
export interface StagedChange {
  status: string;
  path: string;
}

export interface ChangeCounts {
  corrections: number;
  correctedArticles: number;
  /** Review files changed in other ways (marks, dismissals, layout, state). */
  otherReviews: number;
  glossaryEntries: number;
  pairDecisions: number;
  newArticles: number;
  otherFiles: number;
}

/**
 * Counts what a commit holds in a reviewer's words, comparing each of Shenjiao's files
 * with its committed version (read in one batch).
 */
export async function countChanges(repo: string, changes: StagedChange[], hasHead: boolean): Promise<ChangeCounts> {
  const counts: ChangeCounts = { corrections: 0, correctedArticles: 0, otherReviews: 0, glossaryEntries: 0, pairDecisions: 0, newArticles: 0, otherFiles: 0 };
  const known = changes.filter((c) => shenjiaoFileKind(c.path));
  const before = hasHead ? await readBlobs(repo, known.map((c) => `HEAD:${c.path}`)) : known.map(() => null);
  await Promise.all(known.map(async (change, i) => {
    const after = change.status === 'D' ? null : await fs.readFile(path.join(repo, change.path), 'utf8').catch(() => null);
    countFile(counts, change.path, before[i] ?? null, after);
  }));
  for (const change of changes) {
    if (shenjiaoFileKind(change.path) || change.path === '.gitattributes') continue;
    const hidden = change.path.split('/').some((part) => part.startsWith('.')); // the corpus listing skips these too
    if (change.status === 'A' && !hidden) counts.newArticles += 1;
    else counts.otherFiles += 1;
  }
  return counts;
}

function countFile(counts: ChangeCounts, repoPath: string, before: string | null, after: string | null) {
  const kind = shenjiaoFileKind(repoPath);
  if (kind === 'review') {
    const old = parse(ReviewFileSchema, before);
    const now = parse(ReviewFileSchema, after);
    const corrected = changedCorrections(old, now);
    counts.corrections += corrected;
    if (corrected > 0) counts.correctedArticles += 1;
    else counts.otherReviews += 1;
  } else if (kind === 'glossary') {
    const old = new Map((parse(GlossaryFileSchema, before)?.entries ?? []).map((e) => [e.id, e]));
    const now = new Map((parse(GlossaryFileSchema, after)?.entries ?? []).map((e) => [e.id, e]));
    for (const id of new Set([...old.keys(), ...now.keys()])) if (!same(old.get(id), now.get(id))) counts.glossaryEntries += 1;
  } else if (kind === 'pairs') {
    const key = (d: { zh: string; en: string }) => `${d.zh}\u0000${d.en}`;
    const old = new Map((parse(PairsFileSchema, before)?.decisions ?? []).map((d) => [key(d), d]));
    const now = new Map((parse(PairsFileSchema, after)?.decisions ?? []).map((d) => [key(d), d]));
    for (const k of new Set([...old.keys(), ...now.keys()])) if (!same(old.get(k), now.get(k))) counts.pairDecisions += 1;
  }
}

/** Rows whose text or state moved on: each is a correction (or confirmation) made since the last commit. */
function changedCorrections(before: ReviewFile | null, after: ReviewFile | null): number {
  if (!after) return 0;
  return Object.entries(after.rows).filter(([key, row]) => {
    const old = before?.rows[key];
    return old ? old.revision !== row.revision || old.text !== row.text : row.revision > 0;
  }).length;
}

function parse<T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, text: string | null): T | null {
  if (!text) return null;
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? (result.data ?? null) : null;
  } catch {
    return null;
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 corrections in 2 articles, 1 glossary entry": the commit message's first line. */
export function describeChanges(counts: ChangeCounts): string {
  const parts: string[] = [];
  if (counts.corrections) parts.push(`${plural(counts.corrections, 'correction')} in ${plural(counts.correctedArticles, 'article')}`);
  if (counts.otherReviews) parts.push(`review notes in ${plural(counts.otherReviews, 'article')}`);
  if (counts.glossaryEntries) parts.push(plural(counts.glossaryEntries, 'glossary entry', 'glossary entries'));
  if (counts.pairDecisions) parts.push(plural(counts.pairDecisions, 'pair decision'));
  if (counts.newArticles) parts.push(plural(counts.newArticles, 'new article'));
  if (counts.otherFiles) parts.push(plural(counts.otherFiles, 'other file'));
  return parts.join(', ') || 'Shenjiao settings';
}
