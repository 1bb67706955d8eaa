import { conflictNote, exportedText, type ExportFormat, type ExportInput } from './types';

const HEADER = ['row', 'id', 'chinese', 'mt', 'corrected', 'state', 'reviewer', 'annotations', 'conflict'];

function records({ rows }: ExportInput): string[][] {
  return rows.map((row, index) => [
    String(index + 1),
    row.id,
    row.zh ?? '',
    row.mt,
    row.text,
    row.state,
    row.reviewer ?? '',
    row.annotations.map((a) => `${a.severity} ${a.category} [${a.span[0]},${a.span[1]}]${a.note ? ` ${a.note}` : ''}`).join('; '),
    conflictNote(row),
  ]);
}

/** A spreadsheet would run a cell starting with = + - @ as a formula: make it plain text. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(cell: string): string {
  const safe = neutraliseFormula(cell);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function tsvCell(cell: string): string {
  return neutraliseFormula(cell).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Bilingual CSV (RFC 4180), UTF-8 with a BOM so Excel reads the Chinese. */
export const csv: ExportFormat = {
  id: 'csv',
  extension: 'csv',
  mimeType: 'text/csv; charset=utf-8',
  render: (input) => csvDocument([HEADER, ...records(input)]),
};

/** Bilingual TSV: tabs, newlines and backslashes in cells escaped as \t \n \\. */
export const tsv: ExportFormat = {
  id: 'tsv',
  extension: 'tsv',
  mimeType: 'text/tab-separated-values; charset=utf-8',
  render: (input) => `${[HEADER, ...records(input)].map((r) => r.map(tsvCell).join('\t')).join('\n')}\n`,
};

/** RFC 4180 lines, UTF-8 with a BOM so Excel reads the Chinese, every cell formula-safe. */
export function csvDocument(lines: (string | number | boolean)[][]): string {
  return `\uFEFF${lines.map((cells) => cells.map((c) => csvCell(String(c))).join(',')).join('\r\n')}\r\n`;
}

export { exportedText };
