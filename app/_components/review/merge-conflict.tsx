'use client';

import type { ConflictSide, RowConflict } from '@/lib/review/types';
import { DiffText } from './diff-text';
import type { RowActions } from './review-row';

interface Props {
  conflict: RowConflict;
  mt: string;
  index: number;
  actions: RowActions;
}

const who = (side: ConflictSide) => side.reviewer ?? 'someone';
const when = (side: ConflictSide) => (side.updatedAt ? side.updatedAt.slice(0, 16).replace('T', ' ') : 'unknown time');

/**
 * Two reviewers changed this row on their own machines (found when their work was synced).
 * Each version is shown against the MT, and the two against each other; the reviewer keeps
 * one, or edits a third text, and either save settles the conflict for everyone.
 */
export function MergeConflict({ conflict, mt, index, actions }: Props) {
  const { ours, theirs } = conflict;
  const sameName = who(ours) === who(theirs);
  const label = (side: ConflictSide, other: string) => (sameName ? `${who(side)} (${other})` : who(side));
  const versions = [
    { side: ours, name: label(ours, 'this copy') },
    { side: theirs, name: label(theirs, 'other copy') },
  ];
  return (
    <section className="merge-conflict" aria-label={`Merge conflict of row ${index + 1}`}>
      <p>
        <strong>Two versions:</strong> this row was changed by {versions[0]!.name} and by {versions[1]!.name} at the same
        time. Keep one, or edit a third text.{' '}
        {conflict.lastConfirmed !== null ? 'Exports use the last confirmed text until then.' : 'Exports use the MT until then.'}
      </p>
      <dl>
        {versions.map(({ side, name }) => (
          <div key={name} className="conflict-version">
            <dt>
              {name} · {when(side)} · {side.state}
            </dt>
            <dd>
              <DiffText before={mt} after={side.text} />
            </dd>
          </div>
        ))}
        <div className="conflict-version">
          <dt>
            {versions[0]!.name} → {versions[1]!.name}
          </dt>
          <dd>
            <DiffText before={ours.text} after={theirs.text} />
          </dd>
        </div>
      </dl>
      <div className="conflict-actions">
        {versions.map(({ side, name }) => (
          <button key={name} type="button" onClick={() => void actions.save(index, side.text, side.state)}>
            Keep {name}’s version
          </button>
        ))}
        <button type="button" onClick={() => actions.edit(index)}>
          Edit a third version
        </button>
      </div>
    </section>
  );
}
