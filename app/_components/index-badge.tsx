'use client';

import { useIndexStatus } from './index-status';

/** The header's word on the background indexer: a progress bar while it works, a quiet tick when done. */
export function IndexBadge() {
  const status = useIndexStatus(null);
  if (!status) return <span className="index-badge muted">Index…</span>;
  const busy = status.phase !== 'ready';
  return (
    <span className={`index-badge${busy ? ' busy' : ''}`} aria-live="polite" title={status.message}>
      {busy ? (
        <>
          {status.message}
          {status.total > 0 ? <progress max={status.total} value={status.done} aria-label="Index progress" /> : null}
        </>
      ) : (
        'Index up to date'
      )}
    </span>
  );
}
