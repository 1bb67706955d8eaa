import { SPLIT_NOTE, SPLIT_WHOLE_NOTE, spanOf } from '../review/attach';
import type { ReviewFile, RowConflict, RowVersion, StoredRow } from '../review/types';
import { later, mergeById, mergeValue, same } from './three-way';

export interface ReviewMerge {
  merged: ReviewFile;
  /** Keys of rows both sides changed differently: a conflict is recorded on each. */
  conflicts: string[];
}

/**
 * Merges two reviewers' versions of one review file row by row. A row changed on one side
 * only takes that side's change; changed on both, its histories are united, its marks and
 * dismissals merged, and if both changed its text differently the row carries a conflict
 * holding both versions. The result is always a whole, valid review file.
 */
export function mergeReviewFiles(base: ReviewFile | null, ours: ReviewFile, theirs: ReviewFile): ReviewMerge {
  const conflicts: string[] = [];
  const rows: Record<string, StoredRow> = {};
  const keys = new Set([...Object.keys(ours.rows), ...Object.keys(theirs.rows), ...Object.keys(base?.rows ?? {})]);
  for (const key of [...keys].sort()) {
    const b = base?.rows[key];
    const merged = mergeValue(b, ours.rows[key], theirs.rows[key], (o, t) => (o && t ? mergeRow(b, o, t) : (o ?? t)));
    if (!merged) continue;
    if (merged.conflict && !same(merged.conflict, ours.rows[key]?.conflict) && !same(merged.conflict, theirs.rows[key]?.conflict)) conflicts.push(key);
    rows[key] = merged;
  }
  dropSplitCopiesOfNewerWork(base, ours, theirs, rows);
  const articleState = mergeValue(stateOf(base), stateOf(ours), stateOf(theirs), (o, t) => (later(t?.stateAt, o?.stateAt) ? t : o))!;
  const alignment = mergeValue(base?.alignment, ours.alignment, theirs.alignment, (o) => o) ?? null;
  const layoutSide = same(alignment, ours.alignment) ? ours : theirs;
  return {
    merged: {
      ...ours,
      zhArticle: mergeValue(base?.zhArticle, ours.zhArticle, theirs.zhArticle, (o) => o) ?? null,
      ...articleState,
      rows,
      alignment,
      rowCount: layoutSide.rowCount,
    },
    conflicts,
  };
}

const stateOf = (file: ReviewFile | null | undefined) => (file ? { state: file.state, stateBy: file.stateBy, stateAt: file.stateAt } : undefined);

/** The part of a row that is its current version: what a save replaces. */
type Version = Pick<StoredRow, 'mt' | 'zh' | 'text' | 'state' | 'revision' | 'reviewer' | 'updatedAt' | 'stale' | 'conflict'>;

function versionOf({ mt, zh, text, state, revision, reviewer, updatedAt, stale, conflict }: StoredRow): Version {
  return { mt, zh, text, state, revision, reviewer, updatedAt, stale, conflict };
}

/** A row both sides changed since the base. */
export function mergeRow(base: StoredRow | undefined, ours: StoredRow, theirs: StoredRow): StoredRow {
  const history = uniteHistories(base?.history ?? [], ours.history, theirs.history);
  const annotations = mergeById(base?.annotations ?? [], ours.annotations, theirs.annotations, (a) => a.id, (o) => o);
  const dismissals = mergeById(base?.dismissals ?? [], ours.dismissals, theirs.dismissals, (d) => d.key, (o) => o);
  const baseVersion = base ? versionOf(base) : undefined;
  const version = mergeValue(baseVersion, versionOf(ours), versionOf(theirs), (o, t) => bothVersions(base, o!, t!, history))!;
  return { ...version, history, annotations, dismissals };
}

/**
 * Both sides changed the row's current version. Only a side whose revision moved saved a
 * correction (a mark or a dismissal also refreshes the Chinese snapshot, and is no conflict);
 * when both saved, the same text is one outcome and different texts are a conflict.
 */
function bothVersions(base: StoredRow | undefined, ours: Version, theirs: Version, history: RowVersion[]): Version {
  const saved = (v: Version) => (base ? v.revision !== base.revision : v.revision > 0);
  if (!saved(theirs)) return ours;
  if (!saved(ours)) return theirs;
  const revision = Math.max(history.at(-1)?.revision ?? 0, ours.revision, theirs.revision);
  if (ours.text === theirs.text) {
    const newer = later(theirs.updatedAt, ours.updatedAt) ? theirs : ours;
    return { ...newer, revision, conflict: newer.conflict && ours.conflict && theirs.conflict ? newer.conflict : null };
  }
  const conflict: RowConflict = {
    ours: sideOf(ours),
    theirs: sideOf(theirs),
    lastConfirmed: lastConfirmed(base),
  };
  // Past the revision either side has seen, so a page open on either version must reload before saving.
  return { ...ours, state: 'edited', revision: Math.max(revision, ours.revision + 1, theirs.revision + 1), conflict };
}

const sideOf = ({ text, state, reviewer, updatedAt }: Version) => ({ text, state, reviewer, updatedAt });

/** The text both sides last had as confirmed: the base's own, else the latest confirmed version of its history. */
function lastConfirmed(base: StoredRow | undefined): string | null {
  if (!base) return null;
  if (base.conflict) return base.conflict.lastConfirmed;
  if (base.state === 'confirmed') return base.text;
  return base.history.findLast((v) => v.state === 'confirmed')?.text ?? null;
}

/**
 * Every version either side made, once: the common ones first, then the new ones in time
 * order, numbered on from the common ones when both sides added some.
 */
export function uniteHistories(base: RowVersion[], ours: RowVersion[], theirs: RowVersion[]): RowVersion[] {
  const key = (v: RowVersion) => `${v.revision}\u0000${v.at}\u0000${v.reviewer}\u0000${v.text}\u0000${v.state}`;
  const common = new Set(base.map(key));
  const newOurs = ours.filter((v) => !common.has(key(v)));
  const newTheirs = theirs.filter((v) => !common.has(key(v)));
  if (newTheirs.length === 0) return ours;
  if (newOurs.length === 0) return theirs;
  const kept = ours.filter((v) => common.has(key(v)));
  const seen = new Set<string>();
  const added = [...newOurs, ...newTheirs]
    .filter((v) => {
      const k = `${v.at}\u0000${v.reviewer}\u0000${v.text}\u0000${v.state}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.at.localeCompare(b.at));
  const start = kept.at(-1)?.revision ?? 0;
  return [...kept, ...added.map((v, i) => ({ ...v, revision: start + i + 1 }))];
}

/**
 * A row split on one side and corrected on the other: the split copied the old correction
 * into the parts, the other side wrote a newer one on the whole row. The untouched copies
 * are dropped, so the newer correction is cut between the parts when the review is read.
 */
function dropSplitCopiesOfNewerWork(base: ReviewFile | null, ours: ReviewFile, theirs: ReviewFile, rows: Record<string, StoredRow>) {
  if (!base) return;
  for (const [key, before] of Object.entries(base.rows)) {
    const whole = spanOf(key);
    const kept = rows[key];
    if (!whole || !kept) continue;
    for (const splitter of [ours, theirs]) {
      if (splitter.rows[key]) continue; // this side did not remove the row
      for (const [partKey, part] of Object.entries(splitter.rows)) {
        const span = spanOf(partKey);
        const isCopy = !base.rows[partKey] && span && span[0] >= whole[0] && span[1] <= whole[1] &&
          (part.stale === SPLIT_NOTE || part.stale === SPLIT_WHOLE_NOTE) && part.revision === before.revision;
        if (isCopy && same(rows[partKey], part)) delete rows[partKey];
      }
    }
  }
}
