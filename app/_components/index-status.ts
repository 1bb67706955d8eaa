'use client';

import { useEffect, useState } from 'react';
import type { IndexStatus } from '@/lib/index/indexer';

const BUSY_POLL_MS = 1500;
const IDLE_POLL_MS = 10_000;

/** The indexer's status, polled: often while it works, rarely when it is idle. */
export function useIndexStatus(initial: IndexStatus | null): IndexStatus | null {
  const [status, setStatus] = useState(initial);
  // Busy too between a change and the run it starts: the phase still says ready, but what
  // changed is not current yet (a page loaded then must learn soon that it is).
  const busy = status?.phase !== 'ready' || Object.values(status.fresh).some((fresh) => !fresh);
  useEffect(() => {
    let stopped = false;
    const poll = () =>
      void fetch('/api/index/status')
        .then((r) => (r.ok ? r.json() : null))
        .then((s: IndexStatus | null) => {
          if (!stopped && s) setStatus(s);
        })
        .catch(() => undefined);
    if (!initial) poll();
    const timer = setInterval(poll, busy ? BUSY_POLL_MS : IDLE_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [busy]);
  return status;
}
