'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';

export interface SessionView {
  name: string;
  role: 'viewer' | 'reviewer' | 'lead';
}

const SessionContext = createContext<SessionView | null>(null);

/** The signed-in reviewer for every client component below (null without sign-in). */
export function SessionProvider({ session, children }: { session: SessionView | null; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionView | null {
  return useContext(SessionContext);
}

const RANK = { viewer: 0, reviewer: 1, lead: 2 } as const;

/**
 * Whether the signed-in reviewer's role allows what a control does (always, without sign-in).
 * Only to hide controls that would be refused: the server decides, from lib/access/permissions.ts.
 */
export function useMayDo(role: SessionView['role']): boolean {
  const session = useSession();
  return !session || RANK[session.role] >= RANK[role];
}

/** Who is signed in, in the header, with the way out. */
export function SignedInAs({ session }: { session: SessionView }) {
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    await fetch('/api/session', { method: 'DELETE' }).catch(() => null);
    window.location.replace('/login'); // a full load: nothing of the session stays in memory
  };
  return (
    <div className="signed-in" aria-label="Signed in">
      <span>
        Signed in as <strong>{session.name}</strong> <span className="muted">({session.role})</span>
      </span>
      <button type="button" onClick={() => void signOut()} disabled={busy}>
        Sign out
      </button>
    </div>
  );
}
