import type { GlossaryEntry } from '@/lib/glossary/types';

/**
 * An entry two reviewers changed differently (found by a sync): the later edit is in force;
 * both versions are named here until someone edits the entry, which settles it.
 */
export function ConflictMark({ entry }: { entry: GlossaryEntry }) {
  if (!entry.conflict) return null;
  const version = (e: GlossaryEntry) => `${e.updatedBy ?? 'someone'}: ${e.approved.join(' | ')}`;
  const both = `${version(entry.conflict.ours)}; ${version(entry.conflict.theirs)}`;
  return (
    <span className="conflict-count" title={`Two versions (${both}). The later is in force; edit the entry to settle it.`}>
      {' '}
      · two versions: {both}
    </span>
  );
}
