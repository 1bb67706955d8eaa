'use client';

import { articleEffort } from '@/lib/review/effort';
import { mqmScore } from '@/lib/qa/mqm';
import { DiffText } from './diff-text';
import type { ReviewRowView, ReviewView } from './types';

const FORMATS = ['txt', 'tsv', 'csv', 'xliff', 'tmx'] as const;

/** Progress, post-editing effort, the whole-article diff, exports and the shortcuts. */
export function ReviewSummary({ rows, enId, sourceSize }: { rows: ReviewRowView[]; enId: string; sourceSize: ReviewView['sourceSize'] }) {
  const confirmed = rows.filter((r) => r.state === 'confirmed').length;
  const edited = rows.filter((r) => r.text !== r.mt).length;
  const effort = articleEffort(rows);
  const annotated = rows.flatMap((r) => r.annotations);
  const open = rows.flatMap((r) => r.findings.filter((f) => !f.dismissed));
  const mqm = mqmScore([...annotated, ...open], sourceSize.amount);
  const per100 = sourceSize.amount ? Math.round((mqm.penalty / sourceSize.amount) * 1000) / 10 : null;
  const exportBase = `/api/articles/${encodeURIComponent(enId)}/export?format=`;
  return (
    <section className="review-summary" aria-label="Progress">
      <p>
        <strong>
          {confirmed} / {rows.length}
        </strong>{' '}
        rows confirmed · {edited} corrected · {effort.inserted} words inserted, {effort.deleted} deleted,{' '}
        {effort.substituted} substituted · edit rate {(effort.editRate * 100).toFixed(1)}%
      </p>
      <progress max={rows.length || 1} value={confirmed} aria-label="Rows confirmed" />
      <p className="mqm" aria-label="MQM score">
        MQM penalty <strong>{mqm.penalty}</strong>
        {per100 !== null ? ` (${per100} per 100 source ${sourceSize.unit})` : ''} · {mqm.bySeverity.major} major, {mqm.bySeverity.minor} minor ·{' '}
        {annotated.length} marked by reviewers, {open.length} open QA findings
      </p>
      <div className="toolbar">
        <span className="muted">Export:</span>
        {FORMATS.map((format) => (
          <a key={format} href={`${exportBase}${format}`} download>
            {format.toUpperCase()}
          </a>
        ))}
      </div>
      <details>
        <summary>Whole article: corrections against the machine translation</summary>
        <p className="article-diff" lang="en">
          <DiffText before={rows.map((r) => r.mt).join(' ')} after={rows.map((r) => r.text).join(' ')} />
        </p>
      </details>
      <details>
        <summary>Keyboard shortcuts</summary>
        <ul className="shortcuts">
          <li>
            <kbd>Enter</kbd> or click: edit the row
          </li>
          <li>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd>: confirm the row and move to the next
          </li>
          <li>
            <kbd>Ctrl</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd>: previous / next row (a changed row is saved as a draft)
          </li>
          <li>
            <kbd>Esc</kbd>: cancel the edit
          </li>
        </ul>
      </details>
    </section>
  );
}
