'use client';

import { useState } from 'react';
import { useMayDo } from '../session';

/**
 * Adds a glossary entry on the spot: select a Chinese span and take it, select its English
 * and take it, then add. The selection's script decides which field it fills.
 */
export function TermFromSelection({ reviewer }: { reviewer: string }) {
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const [message, setMessage] = useState('');
  const lead = useMayDo('lead');
  const take = () => {
    const selected = (window.getSelection()?.toString() ?? '').trim();
    if (!selected) return setMessage('Select a Chinese or an English span first.');
    if (/\p{Script=Han}/u.test(selected)) setZh(selected);
    else setEn(selected);
    setMessage('');
  };
  const add = async () => {
    const response = await fetch('/api/glossary', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ zh, approved: [en], reviewer: reviewer || 'anonymous' }),
    });
    const body = (await response.json()) as { error?: string };
    if (!response.ok) return setMessage(body.error ?? 'Not added.');
    setMessage(`Added ${zh} → ${en} to the glossary.`);
    setZh('');
    setEn('');
  };
  if (!lead) return null;
  return (
    <div className="toolbar term-from-selection" role="group" aria-label="New glossary term">
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={take}>
        Take selection
      </button>
      <label>
        Term
        <input type="text" lang="zh" value={zh} size={10} onChange={(e) => setZh(e.target.value)} />
      </label>
      <label>
        English
        <input type="text" value={en} size={18} onChange={(e) => setEn(e.target.value)} />
      </label>
      <button type="button" disabled={!zh.trim() || !en.trim()} onClick={() => void add()}>
        Add to glossary
      </button>
      <span role="status" className="muted">
        {message}
      </span>
    </div>
  );
}
