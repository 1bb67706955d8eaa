import path from 'node:path';
import { dataDir } from '../config';
import { AppError } from '../errors';
import { readJsonFile, writeJsonAtomic } from '../storage/atomic';
import { withFileLock } from '../storage/file-queue';
import { changeEntry, createEntry, type ChangeAuthor } from './entries';
import { GLOSSARY_SCHEMA_VERSION, GlossaryFileSchema, sortEntries, type EntryDraft, type GlossaryEntry } from './types';

/**
 * The glossary file, `<corpus>/_shenjiao/glossary.json`: `{ "schema": 1, "entries": [...] }`,
 * entries sorted by term, keys sorted, so a change is a small readable diff.
 *
 * Every change is a read-modify-write under the file's lock. Changes to an existing entry
 * name the `updatedAt` they started from; if the entry has moved on since, the change is
 * refused with a conflict carrying the current entry, never applied over someone's work.
 */
export const GLOSSARY_FILE_NAME = 'glossary.json';

export function glossaryFile(corpusDir: string): string {
  return path.join(dataDir(corpusDir), GLOSSARY_FILE_NAME);
}

/** All entries, sorted; an absent file is an empty glossary. */
export async function readGlossary(corpusDir: string): Promise<GlossaryEntry[]> {
  const file = await readJsonFile(glossaryFile(corpusDir), GlossaryFileSchema);
  return file ? sortEntries(file.entries) : [];
}

async function writeGlossary(corpusDir: string, entries: readonly GlossaryEntry[]): Promise<void> {
  await writeJsonAtomic(glossaryFile(corpusDir), { schema: GLOSSARY_SCHEMA_VERSION, entries: sortEntries(entries) });
}

/** Runs `change` on the current entries under the lock and saves what it returns. */
export async function changeGlossary<T>(
  corpusDir: string,
  change: (entries: GlossaryEntry[]) => { entries: GlossaryEntry[]; result: T },
): Promise<T> {
  const file = glossaryFile(corpusDir);
  return withFileLock(file, async () => {
    const { entries, result } = change(await readGlossary(corpusDir));
    await writeGlossary(corpusDir, entries);
    return result;
  });
}

/** Adds an entry. A draft with the `id` of a deleted entry restores it under that id (undo). */
export async function addEntry(corpusDir: string, draft: EntryDraft, author: ChangeAuthor): Promise<GlossaryEntry> {
  return changeGlossary(corpusDir, (entries) => {
    const entry = createEntry(entries, draft, author);
    return { entries: [...entries, entry], result: entry };
  });
}

function entryAt(entries: readonly GlossaryEntry[], id: string, baseRevision: string | null): GlossaryEntry {
  const current = entries.find((entry) => entry.id === id);
  if (!current) throw new AppError('not-found', `No glossary entry "${id}"; it may have been deleted`);
  if (current.updatedAt !== baseRevision) {
    throw new AppError('conflict', `"${current.zh}" was changed by ${current.updatedBy ?? 'someone else'} meanwhile; reload it`, {
      current,
    });
  }
  return current;
}

/** Changes an entry edited from revision `baseRevision` (its `updatedAt` when it was read). */
export async function updateEntry(
  corpusDir: string,
  id: string,
  baseRevision: string | null,
  changes: Partial<Omit<EntryDraft, 'id'>>,
  author: ChangeAuthor,
): Promise<GlossaryEntry> {
  return changeGlossary(corpusDir, (entries) => {
    const current = entryAt(entries, id, baseRevision);
    const updated = changeEntry(entries, current, changes, author);
    return { entries: entries.map((entry) => (entry.id === id ? updated : entry)), result: updated };
  });
}

/** Deletes an entry and returns it, so the page can undo by adding it back with its id. */
export async function deleteEntry(corpusDir: string, id: string, baseRevision: string | null): Promise<GlossaryEntry> {
  return changeGlossary(corpusDir, (entries) => {
    const current = entryAt(entries, id, baseRevision);
    return { entries: entries.filter((entry) => entry.id !== id), result: current };
  });
}
