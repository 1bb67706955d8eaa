import { processWide } from '../process-wide';

/**
 * A gate in front of every read-modify-write of Shenjiao's files in this process. A git merge
 * rewrites those files underneath the app: a save that read a file before the merge and wrote
 * it after would silently undo the team's changes. So the merge holds the gate: it waits for
 * writes under way to finish, and writes that arrive meanwhile wait for the merge.
 */
interface Gate {
  active: number;
  closed: Promise<void> | null;
  drained: (() => void) | null;
}

const gate = processWide<Gate>('write gate', () => ({ active: 0, closed: null, drained: null }));

/** Enters the gate for one read-modify-write; call the returned function when it is written. */
export async function enterWrite(): Promise<() => void> {
  while (gate.closed) await gate.closed;
  gate.active += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    gate.active -= 1;
    if (gate.active === 0) gate.drained?.();
  };
}

/** Runs `work` with no read-modify-write under way or starting (one holder at a time). */
export async function holdWrites<T>(work: () => Promise<T>): Promise<T> {
  while (gate.closed) await gate.closed;
  let reopen!: () => void;
  gate.closed = new Promise((resolve) => (reopen = resolve));
  try {
    if (gate.active > 0) await new Promise<void>((resolve) => (gate.drained = resolve));
    gate.drained = null;
    return await work();
  } finally {
    gate.closed = null;
    reopen();
  }
}
