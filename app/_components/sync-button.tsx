'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useReviewer } from './review/use-reviewer';

interface Status {
  repository: boolean;
  ahead: number;
  behind: number;
  lastSync: { at: string; ok: boolean } | null;
  conflicts: number;
}

interface SyncAnswer {
  merged?: number;
  ahead?: number;
  behind?: number;
  at?: string;
  conflicts?: unknown[];
  message?: string;
  error?: string;
}

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * The header's Sync: sends this reviewer's work to the shared repository and brings the
 * team's in (POST /api/sync), with what is waiting each way and when it last ran.
 */
export function SyncButton() {
  const [reviewer, setReviewer] = useReviewer();
  const [askName, setAskName] = useState(false);
  const [name, setName] = useState('');
  const router = useRouter();
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void fetch('/api/sync').then(async (r) => (r.ok ? setStatus((await r.json()) as Status) : null), () => null);
  }, []);

  const sync = async () => {
    if (!reviewer && name.trim()) setReviewer(name.trim());
    if (!reviewer && !name.trim()) {
      setAskName(true);
      return setMessage('Your name first: it is the author of your commit.');
    }
    const author = reviewer || name.trim();
    setBusy(true);
    setMessage('Syncing…');
    try {
      const response = await fetch('/api/sync', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reviewer: author }) });
      const answer = (await response.json()) as SyncAnswer;
      const conflicts = answer.conflicts?.length ?? 0;
      setMessage(response.ok ? `${answer.message ?? 'Synced.'}${conflicts ? ` ${conflicts} ${conflicts === 1 ? 'row' : 'rows'} in conflict: settle them on the review pages.` : ''}` : (answer.error ?? 'Sync failed.'));
      if (answer.at) setStatus({ repository: true, ahead: answer.ahead ?? 0, behind: answer.behind ?? 0, conflicts, lastSync: { at: answer.at, ok: response.ok } });
      if (response.ok && answer.merged) router.refresh(); // the team's work is on disk now: re-render the page from it
    } catch {
      setMessage('The server did not answer; nothing was synced.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sync" role="group" aria-label="Sync with the team">
      {askName && !reviewer ? (
        <input
          type="text"
          aria-label="Your name for Sync"
          size={12}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && name.trim() && (setReviewer(name.trim()), setMessage('Thank you: now Sync.'))}
        />
      ) : null}
      <button type="button" onClick={() => void sync()} disabled={busy} aria-describedby="sync-state">
        {busy ? 'Syncing…' : 'Sync'}
      </button>
      <span id="sync-state" className="muted">
        {status?.repository
          ? `↑${status.ahead} ↓${status.behind}${status.lastSync ? ` · ${status.lastSync.ok ? 'synced' : 'failed'} ${time(status.lastSync.at)}` : ' · never synced'}${status.conflicts ? ` · ${status.conflicts} in conflict` : ''}`
          : status
            ? 'not shared'
            : ''}
      </span>
      {/* aria-live, not role=status: pages keep their own status line as the first one */}
      <span aria-live="polite" className="sync-message" id="sync-message">
        {message}
      </span>
    </div>
  );
}
