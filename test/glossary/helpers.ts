import { readFileSync } from 'node:fs';
import type { GlossaryEntry } from '../../lib/glossary/types';

/** A glossary entry with defaults, for tables of cases. */
export function entry(id: string, zh: string, approved: string[] = [], more: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { id, zh, approved, forbidden: [], caseSensitive: false, pos: null, note: null, tags: [], updatedBy: null, updatedAt: null, ...more };
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/glossary/${name}`, import.meta.url), 'utf8');
}
