import { duplicateKey } from '../glossary/normalise-zh';
import type { GlossaryEntry } from '../glossary/types';
import type { TermUsage } from '../glossary/usage';
import { containsText, pageOf, type PageQuery, type PageResult } from './paging';

/** A glossary entry as its page lists it: the entry, its usage (from the index) and its duplicates. */
export interface GlossaryListRow extends GlossaryEntry {
  usage: { articles: number; approvedInEnglish: number } | null;
  duplicateOf: string[];
}

export const GLOSSARY_SORTS = ['zh', 'approved', 'forbidden', 'tags', 'pos', 'note', 'usage'] as const;

export type GlossaryListPage = PageResult<GlossaryListRow> & { all: number; tags: string[] };

/** One page of the glossary, filtered by text and tag and sorted on the server. */
export function glossaryListPage(entries: readonly GlossaryEntry[], usage: Record<string, TermUsage> | null, query: PageQuery, filters: { q: string; tag?: string }): GlossaryListPage {
  const byKey = new Map<string, string[]>();
  for (const e of entries) byKey.set(duplicateKey(e.zh), [...(byKey.get(duplicateKey(e.zh)) ?? []), e.id]);
  const rows = entries.map((entry): GlossaryListRow => {
    const u = usage?.[entry.id];
    return { ...entry, usage: u ? { articles: u.articles, approvedInEnglish: u.approvedUsed } : null, duplicateOf: (byKey.get(duplicateKey(entry.zh)) ?? []).filter((id) => id !== entry.id) };
  });
  const keep = (r: GlossaryListRow) => (!filters.tag || r.tags.includes(filters.tag)) && containsText(filters.q, r.zh, ...r.approved, ...r.forbidden, r.note);
  const sorts = {
    zh: (r: GlossaryListRow) => r.zh,
    approved: (r: GlossaryListRow) => r.approved.join(' | '),
    forbidden: (r: GlossaryListRow) => r.forbidden.join(' | '),
    tags: (r: GlossaryListRow) => r.tags.join(', '),
    pos: (r: GlossaryListRow) => r.pos,
    note: (r: GlossaryListRow) => r.note,
    usage: (r: GlossaryListRow) => r.usage?.articles ?? 0,
  };
  return { ...pageOf(rows, query, sorts, keep), all: entries.length, tags: [...new Set(entries.flatMap((e) => e.tags))].sort() };
}
