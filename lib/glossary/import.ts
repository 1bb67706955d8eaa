import { AppError } from '../errors';
import { formatGlossaryCsv, parseGlossaryCsv } from '../formats/glossary-csv';
import { formatGlossaryTbx, parseGlossaryTbx } from '../formats/glossary-tbx';
import { formatGlossaryTsv, parseGlossaryTsv } from '../formats/glossary-tsv';
import { cleanDraft, draftProblem, makeEntryId, nextRevision, sameContent, type ChangeAuthor } from './entries';
import type { GlossaryFormat, ImportField, ParsedGlossary } from './import-rows';
import { duplicateKey } from './normalise-zh';
import { changeGlossary } from './store';
import type { EntryDraft, GlossaryEntry } from './types';

/** What importing a row would do. A rejected row carries its error and changes nothing. */
export interface ImportPreviewRow {
  line: number;
  action: 'add' | 'update' | 'unchanged' | 'reject';
  /** The entry as it would be saved (who and when filled in on apply). */
  entry?: GlossaryEntry;
  error?: string;
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
}

const PARSERS: Record<GlossaryFormat, (text: string) => ParsedGlossary> = {
  csv: parseGlossaryCsv,
  tsv: parseGlossaryTsv,
  tbx: parseGlossaryTbx,
};

/** The format a file name suggests, or null. */
export function formatFromFileName(name: string): GlossaryFormat | null {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'csv' || ext === 'tsv' || ext === 'tbx' ? ext : ext === 'txt' ? 'tsv' : null;
}

const WRITERS: Record<GlossaryFormat, (entries: readonly GlossaryEntry[]) => string> = {
  csv: formatGlossaryCsv,
  tsv: formatGlossaryTsv,
  tbx: formatGlossaryTbx,
};

export function parseGlossaryFile(text: string, format: GlossaryFormat): ParsedGlossary {
  return PARSERS[format](text);
}

/** The glossary as a file to download: CSV (with BOM), TSV or TBX-Basic. */
export function formatGlossaryFile(entries: readonly GlossaryEntry[], format: GlossaryFormat): string {
  return WRITERS[format](entries);
}

/**
 * Compares parsed rows with the glossary: a term already there (after Traditional→Simplified
 * folding) is an update, or unchanged; else an add. A term twice in the file is an error on
 * the second row. Columns the file lacks keep the entry's current values.
 */
export function previewImport(existing: readonly GlossaryEntry[], parsed: ParsedGlossary): ImportPreview {
  const byKey = new Map(existing.map((entry) => [duplicateKey(entry.zh), entry]));
  const byId = new Map(existing.map((entry) => [entry.id, entry]));
  const taken = new Set(existing.map((entry) => entry.id));
  const seen = new Map<string, number>();
  const provided = new Set<ImportField>(parsed.fields);
  const rows = parsed.rows.map((row): ImportPreviewRow => {
    if (row.error || !row.draft) return { line: row.line, action: 'reject', error: row.error ?? 'nothing to import' };
    const key = duplicateKey(row.draft.zh);
    const earlier = seen.get(key);
    if (earlier !== undefined) return { line: row.line, action: 'reject', error: `"${row.draft.zh}" is already on line ${earlier}` };
    seen.set(key, row.line);
    const current = byKey.get(key) ?? (row.draft.id ? byId.get(row.draft.id) : undefined);
    const draft = current ? mergeProvided(current, row.draft, provided) : row.draft;
    const problem = draftProblem(draft);
    if (problem) return { line: row.line, action: 'reject', error: problem };
    if (current) {
      const action = sameContent(current, draft) ? 'unchanged' : 'update';
      return { line: row.line, action, entry: { ...current, ...withoutId(cleanDraft(draft)) } };
    }
    const wanted = cleanDraft(draft).id;
    const id = wanted && !taken.has(wanted) ? wanted : makeEntryId(draft.zh, taken);
    taken.add(id);
    return { line: row.line, action: 'add', entry: { ...cleanDraft(draft), id, updatedBy: null, updatedAt: null } };
  });
  return { rows };
}

function withoutId<T extends { id?: string }>(value: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = value;
  return rest;
}

function mergeProvided(current: GlossaryEntry, draft: EntryDraft, provided: ReadonlySet<ImportField>): EntryDraft {
  const merged: EntryDraft = { ...current };
  const fields: (keyof EntryDraft & ImportField)[] = ['zh', 'approved', 'forbidden', 'caseSensitive', 'pos', 'note', 'tags'];
  for (const field of fields) if (provided.has(field)) (merged as unknown as Record<string, unknown>)[field] = draft[field];
  return merged;
}

/** Counts per action, for the CLI line "added 3, updated 1, unchanged 20, rejected 2". */
export function summariseImport(preview: ImportPreview): Record<ImportPreviewRow['action'], number> {
  const counts = { add: 0, update: 0, unchanged: 0, reject: 0 };
  for (const row of preview.rows) counts[row.action] += 1;
  return counts;
}

/**
 * Applies an import under the glossary's lock. The rows are compared again with the glossary
 * as it is now (it may have changed since the preview), and the outcome is returned.
 */
export async function applyImport(corpusDir: string, parsed: ParsedGlossary, author: ChangeAuthor): Promise<ImportPreview> {
  return changeGlossary(corpusDir, (existing) => {
    const preview = previewImport(existing, parsed);
    const changed = new Map<string, GlossaryEntry>();
    for (const row of preview.rows) {
      if (!row.entry || (row.action !== 'add' && row.action !== 'update')) continue;
      row.entry = { ...row.entry, updatedBy: author.by, updatedAt: nextRevision(row.entry.updatedAt, author.now) };
      changed.set(row.entry.id, row.entry);
    }
    const kept = existing.filter((entry) => !changed.has(entry.id));
    return { entries: [...kept, ...changed.values()], result: preview };
  });
}

export function assertFormat(format: string): GlossaryFormat {
  if (format === 'csv' || format === 'tsv' || format === 'tbx') return format;
  throw new AppError('bad-input', `Unknown glossary format "${format}": use csv, tsv or tbx`);
}
