import { AppError } from '../errors';
import type { QaRow } from './types';

export interface TsvDocument {
  doc: string;
  rows: (QaRow & { line: number; id: string | null })[];
}

/**
 * A bilingual TSV with a header naming `source` and `target` (and optionally `doc` and
 * `id`). Rows sharing a `doc` form one document for the consistency checks; `row` in the
 * findings is the 1-based data row of the file.
 */
export function readBilingualTsv(text: string): TsvDocument[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const [source, target, doc, id] = [column('source'), column('target'), column('doc'), column('id')];
  if (source < 0 || target < 0) {
    const missing = [source < 0 ? '"source"' : null, target < 0 ? '"target"' : null].filter(Boolean).join(' and ');
    throw new AppError('bad-input', `The TSV header has no ${missing} column: it must name "source" and "target" columns; found: ${header.join(', ') || '(empty line)'}`);
  }
  const documents = new Map<string, TsvDocument>();
  let dataRow = 0;
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    dataRow += 1;
    const cells = line.split('\t');
    const key = doc >= 0 ? (cells[doc] ?? '') : '';
    const document = documents.get(key) ?? { doc: key, rows: [] };
    document.rows.push({ index: document.rows.length, line: dataRow, id: id >= 0 ? (cells[id] ?? null) : null, source: unescape(cells[source] ?? ''), target: unescape(cells[target] ?? '') });
    documents.set(key, document);
  }
  return [...documents.values()];
}

const unescape = (cell: string) => cell.replace(/\\([tnr\\])/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' })[c]!);
