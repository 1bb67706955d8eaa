import { defineCheck } from '../define-check';

/**
 * Straight double quotes cannot be paired across rows (they open and close alike), so
 * they must pair within the row; a row mixing straight and curly quotes is flagged too,
 * with the fix turning the straight one curly.
 */
export default defineCheck({
  id: 'mixed-quotes',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'An odd number of straight quotes, or straight and curly quotes mixed',
  run({ target }) {
    if (!target.includes('"')) return [];
    const straight = [...target.matchAll(/"/g)].map((m) => m.index!);
    if (straight.length % 2 === 1) return [{ message: 'A straight quote (") without its partner', targetSpan: [straight.at(-1)!, straight.at(-1)! + 1] }];
    if (!/[“”]/.test(target)) return [];
    const at = straight[0]!;
    return [{ message: 'Straight (") and curly (“ ”) quotes mixed in one sentence', targetSpan: [at, at + 1], fix: { span: [at, at + 1], replacement: '“' } }];
  },
});
