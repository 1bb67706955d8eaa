import type { ParsedGlossary } from '../glossary/import-rows';
import type { GlossaryEntry } from '../glossary/types';
import { formatGlossaryTable, parseGlossaryTable } from './glossary-delimited';

/**
 * Glossary as CSV (RFC 4180). Export starts with a UTF-8 byte order mark so Excel reads the
 * Chinese correctly, ends lines with CRLF as the RFC says, and neutralises formula cells.
 */
export function parseGlossaryCsv(text: string): ParsedGlossary {
  return parseGlossaryTable(text, detectDelimiter(text));
}

export function formatGlossaryCsv(entries: readonly GlossaryEntry[]): string {
  return `\uFEFF${formatGlossaryTable(entries, ',', '\r\n')}`;
}

/** Excel in many European locales saves "CSV" with semicolons; the header line tells. */
function detectDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}
