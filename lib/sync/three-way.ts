import { stableJson } from '../storage/stable-json';

/** Two values say the same thing (key order aside). `undefined` is an absent value. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  // Values parsed through one schema share their key order: plain JSON settles most cases fast.
  if (serialised(a, plainJson, JSON.stringify) === serialised(b, plainJson, JSON.stringify)) return true;
  return serialised(a, sortedJson, stableJson) === serialised(b, sortedJson, stableJson);
}

// A row is compared with up to two others: its serialisations are made once (merged values are never mutated).
const plainJson = new WeakMap<object, string>();
const sortedJson = new WeakMap<object, string>();

function serialised(value: unknown, cache: WeakMap<object, string>, write: (value: unknown) => string): string {
  if (value === null || typeof value !== 'object') return write(value);
  let text = cache.get(value);
  if (text === undefined) {
    text = write(value);
    cache.set(value, text);
  }
  return text;
}

/**
 * The three-way rule every merge here starts from: if only one side changed a value since
 * the base, that side's value wins (a removal included); if both made the same change, it
 * is taken once. `both` decides only when the two sides changed it differently.
 */
export function mergeValue<T>(base: T | undefined, ours: T | undefined, theirs: T | undefined, both: (ours: T | undefined, theirs: T | undefined) => T | undefined): T | undefined {
  if (same(ours, theirs)) return ours;
  if (same(ours, base)) return theirs;
  if (same(theirs, base)) return ours;
  return both(ours, theirs);
}

/**
 * Merges two edits of a set of records keyed by id: additions from both sides kept,
 * removals applied unless the other side changed the record (work is never dropped).
 */
export function mergeById<T>(base: readonly T[], ours: readonly T[], theirs: readonly T[], key: (item: T) => string, both: (ours: T, theirs: T) => T): T[] {
  const b = new Map(base.map((item) => [key(item), item]));
  const o = new Map(ours.map((item) => [key(item), item]));
  const t = new Map(theirs.map((item) => [key(item), item]));
  const keys = [...new Set([...o.keys(), ...t.keys(), ...b.keys()])];
  return keys.flatMap((k) => {
    const merged = mergeValue(b.get(k), o.get(k), t.get(k), (x, y) => (x && y ? both(x, y) : (x ?? y)));
    return merged === undefined ? [] : [merged];
  });
}

/** The later of two ISO times (null counts as earliest). */
export function later(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '') > (b ?? '');
}
