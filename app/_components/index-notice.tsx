'use client';

import { useEffect, useRef } from 'react';
import type { IndexStatus } from '@/lib/index/indexer';
import { useIndexStatus } from './index-status';

type Part = keyof IndexStatus['fresh'];

const NAMES: Record<Part, string> = { listing: 'the article list', pairing: 'pairs', glossary: 'glossary usage', qa: 'QA counts' };

/**
 * Says what on this page is still being computed by the background indexer, and asks the
 * page to fetch again once it is ready; says nothing when all is current.
 */
export function IndexNotice({ status: initial, needs, onFresh }: { status: IndexStatus; needs: Part[]; onFresh?: () => void }) {
  const status = useIndexStatus(initial) ?? initial;
  const stale = needs.filter((part) => !status.fresh[part]);
  const wasStale = useRef(stale.length > 0);
  useEffect(() => {
    if (stale.length === 0 && wasStale.current) onFresh?.();
    wasStale.current = stale.length > 0;
  }, [stale.length, onFresh]);
  if (stale.length === 0) return null;
  return (
    <p className="index-notice" role="note" aria-label="Index progress">
      Still computing {stale.map((p) => NAMES[p]).join(', ')}: {status.message.replace(/[.…]$/, '')}…{' '}
      {status.indexedAt ? 'Shown meanwhile: the last index.' : 'Shown meanwhile: what is ready so far.'}
    </p>
  );
}
