'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { useSession } from '../session';

const KEY = 'shenjiao.reviewer';
const CHANGED = 'shenjiao-reviewer-changed';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/**
 * The reviewer's name: the signed-in name when reviewers sign in (fixed; the server records
 * it whatever is sent), else asked once and remembered in this browser (shared by every page).
 */
export function useReviewer(): [string, (name: string) => void, boolean] {
  const session = useSession();
  const stored = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(KEY) ?? '',
    () => '',
  );
  const save = useCallback((value: string) => {
    window.localStorage.setItem(KEY, value.slice(0, 80));
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return session ? [session.name, () => undefined, true] : [stored, save, false];
}
