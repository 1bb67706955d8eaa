'use client';

import type { ReviewRowView } from './types';

/** The article's open QA findings, most severe first; each jumps to its row. */
export function FindingsPanel({ rows, onJump }: { rows: ReviewRowView[]; onJump: (row: number, key: string) => void }) {
  const open = rows.flatMap((row, index) =>
    row.findings.filter((f) => !f.dismissed).map((finding) => ({ finding, index })),
  );
  open.sort((a, b) => (a.finding.severity === b.finding.severity ? a.index - b.index : a.finding.severity === 'major' ? -1 : 1));
  const dismissed = rows.reduce((n, row) => n + row.findings.filter((f) => f.dismissed).length, 0);
  return (
    <aside className="findings-panel" aria-label="QA findings">
      <h2>
        QA findings <span className="muted">({open.length} open{dismissed ? `, ${dismissed} dismissed` : ''})</span>
      </h2>
      {open.length === 0 ? <p className="muted">No open findings.</p> : null}
      <ul>
        {open.map(({ finding, index }) => (
          <li key={`${index}-${finding.key}`} className={`sev-${finding.severity}`}>
            <button type="button" className="link-button" onClick={() => onJump(index, finding.key)}>
              Row {index + 1}
            </button>{' '}
            <span className="sev">{finding.severity}</span> <span className="muted">{finding.check}</span>
            <div>{finding.message}</div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
