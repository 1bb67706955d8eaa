'use client';

import { useState } from 'react';
import { useReviewer } from './review/use-reviewer';
import { useMayDo } from './session';

type Decision = 'confirmed' | 'rejected' | 'manual';

/** Confirm or reject a suggested pair, pair a candidate, or make a version the one under review. */
export function PairActions(props: { zh: string; en: string; decision: string; active: boolean; label: string }) {
  const [reviewer] = useReviewer();
  const [message, setMessage] = useState('');
  const lead = useMayDo('lead');
  if (!lead) return null;
  const send = async (url: string, method: string, body: unknown) => {
    const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.ok) window.location.reload();
    else setMessage(((await response.json().catch(() => ({}))) as { error?: string }).error ?? 'Not saved.');
  };
  const decide = (decision: Decision) => send('/api/pairs', 'POST', { zh: props.zh, en: props.en, decision, reviewer: reviewer || 'anonymous' });
  return (
    <span className="pair-actions">
      {props.decision === 'auto' || props.decision === 'candidate' ? (
        <button type="button" aria-label={`Confirm pair with ${props.label}`} onClick={() => void decide(props.decision === 'auto' ? 'confirmed' : 'manual')}>
          {props.decision === 'auto' ? 'Confirm' : 'Pair'}
        </button>
      ) : null}
      {props.decision !== 'candidate' ? (
        <button type="button" aria-label={`Reject pair with ${props.label}`} onClick={() => void decide('rejected')}>
          Reject
        </button>
      ) : null}
      {props.decision !== 'candidate' && !props.active ? (
        <button type="button" onClick={() => void send('/api/pairs/active', 'PUT', { zh: props.zh, en: props.en })}>
          Review this version
        </button>
      ) : null}
      <span role="status">{message}</span>
    </span>
  );
}
