import { GLOSSARY_SCHEMA_VERSION, sortEntries, type GlossaryEntry, type GlossaryFile } from '../glossary/types';
import { later, mergeById } from './three-way';

/** An entry two reviewers changed differently: the later edit stands, the other is kept beside it. */
type MergedEntry = GlossaryEntry;

/**
 * Merges two versions of glossary.json entry by entry (by id). An entry deleted on one side
 * and edited on the other is kept with the edit. One edited differently on both sides keeps
 * the later edit in force (matching and QA need one answer) and records both versions under
 * `conflict`, until someone edits the entry again.
 */
export function mergeGlossaryFiles(base: GlossaryFile | null, ours: GlossaryFile, theirs: GlossaryFile) {
  const conflicts: string[] = [];
  const entries = mergeById<MergedEntry>(base?.entries ?? [], ours.entries, theirs.entries, (e) => e.id, (o, t) => {
    conflicts.push(o.id);
    const { conflict: _o, ...ourEntry } = o;
    const { conflict: _t, ...theirEntry } = t;
    const winner = later(t.updatedAt, o.updatedAt) ? theirEntry : ourEntry;
    return { ...winner, conflict: { ours: ourEntry, theirs: theirEntry } };
  });
  return { merged: { schema: GLOSSARY_SCHEMA_VERSION, entries: sortEntries(entries) }, conflicts };
}
