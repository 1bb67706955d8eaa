'use client';

import { useState } from 'react';
import { useReviewer } from './review/use-reviewer';
import { useMayDo } from './session';

/** Pairs an English article with a Chinese original chosen by the reviewer. */
export function PairPicker({ enId, candidates }: { enId: string; candidates: { id: string; title: string }[] }) {
  const [zh, setZh] = useState('');
  const [message, setMessage] = useState('');
  const [reviewer] = useReviewer();
  const lead = useMayDo('lead');
  if (!lead) return <span className="muted">(a lead pairs articles)</span>;
  if (candidates.length === 0) return <span className="muted">(the corpus has no Chinese article to pair with)</span>;
  const pair = async () => {
    const response = await fetch('/api/pairs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ zh, en: enId, decision: 'manual', reviewer: reviewer || 'anonymous' }),
    });
    if (response.ok) window.location.reload();
    else setMessage(((await response.json()) as { error: string }).error);
  };
  return (
    <span className="pair-picker">
      <label>
        Pair with
        <select value={zh} onChange={(e) => setZh(e.target.value)}>
          <option value="">choose a Chinese article…</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id} lang="zh">
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!zh} onClick={() => void pair()}>
        Pair
      </button>
      <span role="status">{message}</span>
    </span>
  );
}
