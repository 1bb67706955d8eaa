import type { PairsFile } from '../pairing/decisions-store';
import { later, mergeById, mergeValue } from './three-way';

type Decision = PairsFile['decisions'][number];

/**
 * Merges two versions of pairs.json decision by decision (a decision is keyed by its two
 * articles). A pair decided differently on both sides takes the later decision: a decision
 * is a dated choice about the pair, and the team's latest word is the one that holds.
 */
export function mergePairsFiles(base: PairsFile | null, ours: PairsFile, theirs: PairsFile): { merged: PairsFile } {
  const decisions = mergeById<Decision>(base?.decisions ?? [], ours.decisions, theirs.decisions, (d) => `${d.zh}\u0000${d.en}`, (o, t) => (later(t.at, o.at) ? t : o));
  const active: Record<string, string> = {};
  const zhIds = new Set([...Object.keys(ours.active), ...Object.keys(theirs.active), ...Object.keys(base?.active ?? {})]);
  for (const zh of [...zhIds].sort()) {
    const chosen = mergeValue(base?.active[zh], ours.active[zh], theirs.active[zh], (o, t) => o ?? t);
    if (chosen !== undefined) active[zh] = chosen;
  }
  return { merged: { schema: 1, decisions, active } };
}

