'use client';

import { editEffort } from '@/lib/review/effort';
import { DiffText } from './diff-text';
import type { ReviewRowView } from './types';

const FORMATS = ['txt', 'tsv', 'csv', 'xliff', 'tmx'] as const;

/** Progress, post-editing effort, the whole-article diff, exports and the shortcuts. */
export function ReviewSummary({ rows, enId }: { rows: ReviewRowView[]; enId: string }) {
  const confirmed = rows.filter((r) => r.state === 'confirmed').length;
  const edited = rows.filter((r) => r.text !== r.mt).length;
  const effort = editEffort(rows.map((r) => r.mt).join(' '), rows.map((r) => r.text).join(' '));
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
