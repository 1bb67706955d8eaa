import type { GlossaryEntry } from '../glossary/types';
import type { ImportField, ImportRow, ParsedGlossary } from '../glossary/import-rows';

/**
 * CSV and TSV glossaries: RFC 4180 quoting (also accepted in TSV, where Excel writes it),
 * columns recognised by header name, lists inside a cell separated by "|".
 */
const HEADER_NAMES: Record<string, ImportField> = {
  id: 'id',
  zh: 'zh', source: 'zh', term: 'zh',
  en: 'approved', target: 'approved', translation: 'approved',
  forbidden: 'forbidden',
  note: 'note',
  tags: 'tags',
  pos: 'pos',
  case_sensitive: 'caseSensitive',
};

const BOOLEANS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false, '': false };

export interface DelimitedRecord {
  line: number;
  cells: string[];
}

/** Splits delimited text into records; quoted cells may hold delimiters, quotes ("") and newlines. */
export function parseDelimited(text: string, delimiter: string): DelimitedRecord[] {
  const source = text.replace(/^\uFEFF/, '');
  const records: DelimitedRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < source.length) {
    const char = source[i]!;
    if (char === '"' && cell === '') {
      const quoted = readQuoted(source, i + 1);
      cell = quoted.value;
      line += quoted.newlines;
      i = quoted.next;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
      i += 1;
    } else if (char === '\n' || char === '\r') {
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
      i += 1;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

function readQuoted(source: string, from: number): { value: string; next: number; newlines: number } {
  let value = '';
  let i = from;
  let newlines = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (char === '"' && source[i + 1] === '"') {
      value += '"';
      i += 2;
    } else if (char === '"') {
      return { value, next: i + 1, newlines };
    } else {
      if (char === '\n') newlines += 1;
      value += char;
      i += 1;
    }
  }
  return { value, next: i, newlines };
}

/** Reads a CSV or TSV glossary into import rows; a header problem rejects the whole file. */
export function parseGlossaryTable(text: string, delimiter: string): ParsedGlossary {
  const [header, ...records] = parseDelimited(text, delimiter);
  if (!header) return { rows: [{ line: 1, error: 'the file is empty' }], fields: [] };
  const names = header.cells.map((name) => name.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const fields = names.map((name) => HEADER_NAMES[name]);
  const problem = headerProblem(names, fields);
  if (problem) return { rows: [{ line: header.line, error: problem }], fields: [] };
  const rows = records.map((record) => rowFromCells(record, fields));
  return { rows, fields: fields.filter((f): f is ImportField => f !== undefined) };
}

function headerProblem(names: string[], fields: (ImportField | undefined)[]): string | null {
  const unknown = names.filter((name, i) => !fields[i] && name !== '');
  if (unknown.length > 0) return `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}`;
  const repeated = names.find((name, i) => fields[i] && fields.indexOf(fields[i]) !== i);
  if (repeated) return `column "${repeated}" repeats another column`;
  if (!fields.includes('zh')) return 'no "zh" (or "source", "term") column';
  return null;
}

function rowFromCells(record: DelimitedRecord, fields: (ImportField | undefined)[]): ImportRow {
  const value = (field: ImportField) => {
    const at = fields.indexOf(field);
    return at === -1 ? undefined : restoreCell(record.cells[at] ?? '').trim();
  };
  const list = (cell: string | undefined, separator: RegExp) => (cell ? cell.split(separator).map((v) => v.trim()).filter(Boolean) : []);
  const flag = value('caseSensitive');
  if (flag !== undefined && !(flag.toLowerCase() in BOOLEANS)) {
    return { line: record.line, error: `case_sensitive must be true/false, 1/0 or yes/no, not "${flag}"` };
  }
  const zh = value('zh') ?? '';
  if (!zh) return { line: record.line, error: 'the Chinese term is missing' };
  const id = value('id');
  const draft = {
    zh,
    approved: list(value('approved'), /\|/),
    forbidden: list(value('forbidden'), /\|/),
    caseSensitive: BOOLEANS[(flag ?? '').toLowerCase()] ?? false,
    pos: value('pos') || null,
    note: value('note') || null,
    tags: list(value('tags'), /[|,]/),
    ...(id ? { id } : {}),
  };
  return { line: record.line, draft };
}

/** Cells a spreadsheet would run as formulas get a leading apostrophe (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `neutralise`, so an exported glossary imports back unchanged. */
function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function quote(value: string, delimiter: string): string {
  const safe = neutralise(value);
  const needsQuotes = safe.includes(delimiter) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const EXPORT_COLUMNS = ['zh', 'en', 'forbidden', 'case_sensitive', 'pos', 'tags', 'note', 'id'] as const;

/** A glossary as delimited text, one entry per line, header first. */
export function formatGlossaryTable(entries: readonly GlossaryEntry[], delimiter: string, newline: string): string {
  const lines = [EXPORT_COLUMNS.join(delimiter)];
  for (const entry of entries) {
    const cells = [entry.zh, entry.approved.join('|'), entry.forbidden.join('|'), String(entry.caseSensitive), entry.pos ?? '', entry.tags.join('|'), entry.note ?? '', entry.id];
    lines.push(cells.map((cell) => quote(cell, delimiter)).join(delimiter));
  }
  return lines.join(newline) + newline;
}
