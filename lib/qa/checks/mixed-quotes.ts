import { defineCheck } from '../define-check';
import type { QaRow } from '../types';

const oddStraight = (text: string | undefined) => text !== undefined && (text.split('"').length - 1) % 2 === 1;

/**
 * A quotation opened in one sentence and closed in the next: the row before or after also
 * has an odd number of straight quotes (the one opening, the other closing it).
 */
function continuesQuotation(rows: readonly QaRow[], index: number): boolean {
  const at = rows[index]?.index === index ? index : rows.findIndex((r) => r.index === index);
  return oddStraight(rows[at - 1]?.target) || oddStraight(rows[at + 1]?.target);
}

/**
 * Straight double quotes open and close alike, so they are paired within the row, or
 * with the row before or after when a quotation runs over two sentences; a row mixing
 * straight and curly quotes is flagged too, with the fix turning the straight one curly.
 */
export default defineCheck({
  id: 'mixed-quotes',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'An odd number of straight quotes, or straight and curly quotes mixed',
  run({ index, target }, { rows }) {
    if (!target.includes('"')) return [];
    const straight = [...target.matchAll(/"/g)].map((m) => m.index!);
    if (straight.length % 2 === 1 && !continuesQuotation(rows, index)) return [{ message: 'A straight quote (") without its partner', targetSpan: [straight.at(-1)!, straight.at(-1)! + 1] }];
    if (!/[“”]/.test(target)) return [];
    const at = straight[0]!;
    return [{ message: 'Straight (") and curly (“ ”) quotes mixed in one sentence', targetSpan: [at, at + 1], fix: { span: [at, at + 1], replacement: '“' } }];
  },
});
