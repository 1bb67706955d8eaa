'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useReviewer } from './review/use-reviewer';
import { useMayDo } from './session';

/** Paste or upload an English translation of a Chinese original; it becomes a new article, paired. */
export function AddTranslation({ zhId }: { zhId: string }) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const [reviewer] = useReviewer();
  const router = useRouter();
  const lead = useMayDo('lead');
  const submit = async () => {
    const response = await fetch(`/api/articles/${encodeURIComponent(zhId)}/translation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, reviewer: reviewer || 'anonymous' }),
    });
    const body = (await response.json()) as { id?: string; error?: string };
    if (response.ok && body.id) router.push(`/articles/${encodeURIComponent(body.id)}/review`);
    else setMessage(body.error ?? 'Not added.');
  };
  if (!lead) return null;
  return (
    <section className="add-translation" aria-label="Add an English translation">
      <h2>Add an English translation</h2>
      <div className="toolbar">
        <label>
          Upload a file
          <input type="file" accept=".txt,text/plain" onChange={(e) => void e.target.files?.[0]?.text().then(setText)} />
        </label>
      </div>
      <label className="block-label">
        Or paste the English text (headline on the first line)
        <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="toolbar">
        <button type="button" disabled={!text.trim()} onClick={() => void submit()}>
          Add translation and review it
        </button>
        <span role="status">{message}</span>
      </div>
    </section>
  );
}
