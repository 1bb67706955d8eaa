import { pinyin } from 'pinyin-pro';
import { AppError } from '../errors';
import { duplicateKey } from './normalise-zh';
import type { EntryDraft, GlossaryEntry } from './types';

/** Who made a change and when; the clock is injected so tests and imports control it. */
export interface ChangeAuthor {
  by: string | null;
  now?: () => Date;
}

/** The draft trimmed: empty renderings, tags and notes dropped, repeated ones removed. */
export function cleanDraft(draft: EntryDraft): Required<Omit<EntryDraft, 'id'>> & Pick<EntryDraft, 'id'> {
  const list = (values: readonly string[] | undefined) => [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
  const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  return {
    ...(draft.id?.trim() ? { id: draft.id.trim() } : {}),
    zh: draft.zh.trim(),
    approved: list(draft.approved),
    forbidden: list(draft.forbidden),
    caseSensitive: draft.caseSensitive ?? false,
    pos: text(draft.pos),
    note: text(draft.note),
    tags: list(draft.tags),
  };
}

/** Why a cleaned draft cannot be saved, in words a reviewer can act on; null when it can. */
export function draftProblem(draft: EntryDraft): string | null {
  const clean = cleanDraft(draft);
  if (!clean.zh) return 'the Chinese term is missing';
  if (clean.approved.length === 0) return 'no approved English rendering';
  const both = clean.approved.find((r) => clean.forbidden.some((f) => f.toLowerCase() === r.toLowerCase()));
  if (both) return `"${both}" is both approved and forbidden`;
  // "|" separates renderings in CSV and TSV files, so a rendering holding one could not round-trip.
  if ([...clean.approved, ...clean.forbidden, ...clean.tags].some((v) => v.includes('|'))) return 'a rendering or tag contains "|"';
  return null;
}

/** The entry whose term is the same as `zh` once trimmed and folded to Simplified. */
export function findDuplicate(entries: readonly GlossaryEntry[], zh: string, exceptId?: string): GlossaryEntry | null {
  const key = duplicateKey(zh);
  return entries.find((entry) => entry.id !== exceptId && duplicateKey(entry.zh) === key) ?? null;
}

/** A readable, stable id from the term's pinyin ("li-hong-zhong"), made unique with -2, -3… */
export function makeEntryId(zh: string, taken: ReadonlySet<string>): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array' });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '') || 'term';
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n += 1;
  return `${slug}-${n}`;
}

/**
 * The revision stamp for a change: now, but always later than the previous stamp, so two
 * saves in the same millisecond still count as two revisions.
 */
export function nextRevision(previous: string | null, now: () => Date = () => new Date()): string {
  const stamp = now();
  const before = previous ? Date.parse(previous) : Number.NaN;
  if (!Number.isNaN(before) && stamp.getTime() <= before) return new Date(before + 1).toISOString();
  return stamp.toISOString();
}

/** A new entry from a draft; refuses bad drafts and duplicates of existing terms. */
export function createEntry(entries: readonly GlossaryEntry[], draft: EntryDraft, author: ChangeAuthor): GlossaryEntry {
  const problem = draftProblem(draft);
  if (problem) throw new AppError('bad-input', `Cannot add the entry: ${problem}`);
  const clean = cleanDraft(draft);
  const duplicate = findDuplicate(entries, clean.zh);
  if (duplicate) {
    throw new AppError('conflict', `"${clean.zh}" is already in the glossary as "${duplicate.zh}"`, { existingId: duplicate.id });
  }
  const taken = new Set(entries.map((entry) => entry.id));
  if (clean.id && taken.has(clean.id)) throw new AppError('conflict', `Entry id "${clean.id}" is already used`);
  const id = clean.id ?? makeEntryId(clean.zh, taken);
  return { ...clean, id, updatedBy: author.by, updatedAt: nextRevision(null, author.now) };
}

/** The entry with `changes` applied; refuses bad results and a term that duplicates another entry. */
export function changeEntry(
  entries: readonly GlossaryEntry[],
  current: GlossaryEntry,
  changes: Partial<Omit<EntryDraft, 'id'>>,
  author: ChangeAuthor,
): GlossaryEntry {
  const merged = { ...current, ...changes };
  const problem = draftProblem(merged);
  if (problem) throw new AppError('bad-input', `Cannot save the entry: ${problem}`);
  const clean = cleanDraft(merged);
  const duplicate = findDuplicate(entries, clean.zh, current.id);
  if (duplicate) {
    throw new AppError('conflict', `"${clean.zh}" is already in the glossary as "${duplicate.zh}"`, { existingId: duplicate.id });
  }
  return { ...clean, id: current.id, updatedBy: author.by, updatedAt: nextRevision(current.updatedAt, author.now) };
}

/** Whether two entries say the same thing (who and when aside). */
export function sameContent(a: EntryDraft, b: EntryDraft): boolean {
  const x = cleanDraft(a);
  const y = cleanDraft(b);
  return JSON.stringify([x.zh, x.approved, x.forbidden, x.caseSensitive, x.pos, x.note, x.tags]) ===
    JSON.stringify([y.zh, y.approved, y.forbidden, y.caseSensitive, y.pos, y.note, y.tags]);
}
