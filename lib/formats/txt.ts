import { PARAGRAPH_SEPARATOR } from '../corpus/types';
import { exportedText, type ExportFormat, type ExportInput } from './types';

/** The corrected English as plain text: headline, blank line, paragraphs as in the original. */
export const txt: ExportFormat = {
  id: 'txt',
  extension: 'txt',
  mimeType: 'text/plain; charset=utf-8',
  render: (input) => `${paragraphsOf(input).join(PARAGRAPH_SEPARATOR)}\n`,
};

/** Rows grouped back into the English article's paragraphs by where their sentences start. */
export function paragraphsOf({ en, rows, drafts }: ExportInput): string[] {
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of en.body) {
    starts.push(offset);
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  const paragraphs: string[][] = en.body.map(() => []);
  let current = 0;
  for (const row of rows) {
    const start = row.enSpans[0]?.[0];
    if (start !== undefined) current = Math.max(0, starts.findLastIndex((s) => s <= start));
    const text = exportedText(row, drafts).trim();
    if (text) paragraphs[current]!.push(text);
  }
  return paragraphs.map((p) => p.join(' ')).filter(Boolean);
}
