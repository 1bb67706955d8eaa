'use client';

import { DiffText } from './diff-text';
import type { RowVersion } from './types';

/** Every version of a row, newest first, each as a diff against the one before it. */
export function RowHistory({
  mt,
  history,
  onRevert,
}: {
  mt: string;
  history: RowVersion[];
  onRevert: (to: number | 'mt') => void;
}) {
  const versions = [...history].sort((a, b) => b.revision - a.revision);
  return (
    <section className="row-history" aria-label="History">
      <ol>
        {versions.map((version, i) => {
          const before = versions[i + 1]?.text ?? mt;
          return (
            <li key={version.revision}>
              <div className="muted">
                r{version.revision} · {version.state} · {version.reviewer ?? 'unknown'} ·{' '}
                {version.at ? new Date(version.at).toLocaleString('en-GB') : ''}
              </div>
              <DiffText before={before} after={version.text} />{' '}
              <button type="button" onClick={() => onRevert(version.revision)}>
                Revert to r{version.revision}
              </button>
            </li>
          );
        })}
        <li>
          <div className="muted">machine translation</div>
          <span>{mt}</span>{' '}
          <button type="button" onClick={() => onRevert('mt')}>
            Revert to machine translation
          </button>
        </li>
      </ol>
    </section>
  );
}
