import type { ParsedGlossary } from '../glossary/import-rows';
import type { GlossaryEntry } from '../glossary/types';
import { formatGlossaryTable, parseGlossaryTable } from './glossary-delimited';

/**
 * Glossary as tab-separated values: same columns as CSV, no byte order mark (most TSV
 * consumers are scripts and CAT tools). A cell holding a tab or newline is quoted as in CSV,
 * the way Excel writes it, rather than dropped or mangled.
 */
export function parseGlossaryTsv(text: string): ParsedGlossary {
  return parseGlossaryTable(text, '\t');
}

export function formatGlossaryTsv(entries: readonly GlossaryEntry[]): string {
  return formatGlossaryTable(entries, '\t', '\n');
}
