'use client';

import { useEffect, useState } from 'react';
import { useReviewer } from '../review/use-reviewer';
import type { BatchRecord } from './types';

interface BatchSummary {
  id: string;
  description: string;
  reviewer: string;
  at: string;
  changed: number;
  skipped: number;
  undone: boolean;
}

/** The corpus's batches, newest first, each undoable as one operation until it is undone. */
export function RecentBatches({ version }: { version: number }) {
  const [batches, setBatches] = useState<BatchSummary[] | null>(null);
  const [reviewer, setReviewer] = useReviewer();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void fetch('/api/batches')
      .then((r) => r.json() as Promise<{ batches: BatchSummary[] }>)
      .then((body) => !cancelled && setBatches(body.batches))
      .catch(() => !cancelled && setBatches([]));
    return () => {
      cancelled = true;
    };
  }, [version, reload]);

  async function undo(batch: BatchSummary) {
    setBusy(true);
    const response = await fetch(`/api/batches/${encodeURIComponent(batch.id)}/undo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reviewer }) });
    const body = (await response.json()) as BatchRecord & { error?: string };
    setBusy(false);
    if (!response.ok) setMessage(body.error ?? 'The batch could not be undone.');
    else setMessage(`Batch undone: ${body.undo!.restored.length} rows restored${body.undo!.skipped.length ? `, ${body.undo!.skipped.length} skipped (changed since the batch)` : ''}.`);
    setReload((n) => n + 1);
  }

  if (!batches || batches.length === 0) return null;
  return (
    <section aria-label="Recent batches" className="recent-batches">
      <h2>Recent batches</h2>
      <div className="toolbar">
        <label>
          Your name
          <input type="text" value={reviewer} onChange={(e) => setReviewer(e.target.value)} placeholder="recorded with each change" />
        </label>
        <p role="status">{message}</p>
      </div>
      <table className="data" aria-label="Batches">
        <thead>
          <tr>
            <th>When</th>
            <th>What</th>
            <th>By</th>
            <th className="num">Changed</th>
            <th className="num">Skipped</th>
            <th>Undo</th>
          </tr>
        </thead>
        <tbody>
          {batches.slice(0, 10).map((b) => (
            <tr key={b.id}>
              <td>{b.at.replace('T', ' ').slice(0, 16)}</td>
              <td>{b.description}</td>
              <td>{b.reviewer}</td>
              <td className="num">{b.changed}</td>
              <td className="num">{b.skipped}</td>
              <td>
                {b.undone ? (
                  <span className="muted">undone</span>
                ) : (
                  <button type="button" onClick={() => void undo(b)} disabled={busy || !reviewer.trim()} aria-label={`Undo batch ${b.description}`}>
                    Undo
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
