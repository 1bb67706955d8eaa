'use client';

import { useState } from 'react';
import { copyToClipboard } from './clipboard';
import { DiffText } from './diff-text';
import type { AnnotationView, UnattachedView } from './types';

/**
 * Corrections whose sentences no row holds any more, kept in the review file: listed
 * apart, collapsed, so the reviewer can carry each one over to the row where it belongs.
 * Rendered only when there is one.
 */
export function UnattachedCorrections({ corrections }: { corrections: UnattachedView[] }) {
  const [status, setStatus] = useState('');
  if (corrections.length === 0) return null;
  const copy = async (correction: UnattachedView, index: number) => {
    const copied = await copyToClipboard(correction.text);
    setStatus(copied ? `Correction ${index + 1} copied: paste it into the row where it belongs.` : 'Could not copy: select the text and copy it by hand.');
  };
  return (
    <section className="unattached" aria-labelledby="unattached-heading">
      <details>
        <summary>
          <h2 id="unattached-heading">Corrections no longer attached ({corrections.length})</h2>
        </summary>
        <p className="muted">
          These were made on sentences that no row of this article holds any more: the article changed since, or its rows were
          rearranged. They are kept in the review file. Copy a correction and paste it into the row where it belongs.
        </p>
        <ol aria-label="Corrections no longer attached">
          {corrections.map((correction, index) => (
            <li key={correction.key} aria-label={`Correction ${index + 1}`}>
              <UnattachedCorrection correction={correction} />
              <button type="button" onClick={() => void copy(correction, index)}>
                Copy text
              </button>
            </li>
          ))}
        </ol>
        <p role="status" aria-live="polite" className="muted">
          {status}
        </p>
      </details>
    </section>
  );
}

function UnattachedCorrection({ correction: c }: { correction: UnattachedView }) {
  return (
    <>
      <dl>
        {c.zh ? (
          <>
            <dt>Chinese</dt>
            <dd lang="zh">{c.zh}</dd>
          </>
        ) : null}
        <dt>Machine translation</dt>
        <dd lang="en">{c.mt}</dd>
        <dt>Correction</dt>
        <dd lang="en">{c.text === c.mt ? <span className="muted">(no change to the text)</span> : <DiffText before={c.mt} after={c.text} />}</dd>
      </dl>
      <p className="muted">
        {c.state} · r{c.revision} · {c.reviewer ?? 'unknown reviewer'}
        {c.updatedAt ? (
          <>
            {' · '}
            <time dateTime={c.updatedAt}>{readableTime(c.updatedAt)}</time>
          </>
        ) : null}
      </p>
      {c.annotations.length > 0 ? (
        <ul className="unattached-marks" aria-label="Errors marked">
          {c.annotations.map((a) => (
            <li key={a.id}>
              <span className="sev">{a.severity}</span> {a.category}
              {markedText(c, a)}
              {a.note ? ` — ${a.note}` : ''} <span className="muted">({a.reviewer})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** The marked words, where the text they were counted in is known. */
function markedText(c: UnattachedView, a: AnnotationView): string {
  const source = a.side === 'target' ? c.text : c.zh;
  return source ? `: “${source.slice(a.span[0], a.span[1])}”` : '';
}

/** "2026-03-04 09:15 UTC": the same on the server and in the browser, so hydration agrees. */
function readableTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const utc = time.toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}
