'use client';

import { useEffect, useState } from 'react';
import type { IndexStatus } from '@/lib/index/indexer';

const BUSY_POLL_MS = 1500;
const IDLE_POLL_MS = 10_000;

/** The indexer's status, polled: often while it works, rarely when it is idle. */
export function useIndexStatus(initial: IndexStatus | null): IndexStatus | null {
  const [status, setStatus] = useState(initial);
  const busy = status?.phase !== 'ready';
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
