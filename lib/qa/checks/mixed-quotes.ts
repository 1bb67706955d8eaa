import { defineCheck } from '../define-check';
import type { QaRow } from '../types';

const oddStraight = (text: string) => (text.split('"').length - 1) % 2 === 1;
/** How many rows a straight-quoted quotation may run over. */
const LONGEST_QUOTATION = 5;
const unpairedPerDocument = new WeakMap<object, Set<number>>();

/**
 * The rows of a document whose odd straight quote pairs with no other row's: a row with an
 * odd number opens a quotation that the next such row, within a few rows, closes (a
 * quotation opened in one sentence and closed in the next).
 */
function unpairedRows(rows: readonly QaRow[]): Set<number> {
  let unpaired = unpairedPerDocument.get(rows);
  if (unpaired) return unpaired;
  unpaired = new Set();
  let open: number | null = null;
  rows.forEach((row, at) => {
    if (!row.target.includes('"') || !oddStraight(row.target)) return;
    if (open !== null && at - open <= LONGEST_QUOTATION) open = null;
    else {
      if (open !== null) unpaired!.add(rows[open]!.index);
      open = at;
    }
  });
  if (open !== null) unpaired.add(rows[open]!.index);
  unpairedPerDocument.set(rows, unpaired);
  return unpaired;
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
    if (straight.length % 2 === 1 && unpairedRows(rows).has(index)) return [{ message: 'A straight quote (") without its partner', targetSpan: [straight.at(-1)!, straight.at(-1)! + 1] }];
    if (!/[“”]/.test(target)) return [];
    const at = straight[0]!;
    return [{ message: 'Straight (") and curly (“ ”) quotes mixed in one sentence', targetSpan: [at, at + 1], fix: { span: [at, at + 1], replacement: '“' } }];
  },
});
