import { defineCheck, type Check } from '../types';

/**
 * Opening and closing symbols that must balance: brackets, curly quotes. A quotation often
 * runs over several sentences, so balance is judged over the whole document in reading
 * order, and each row gets the unmatched symbols that fall in it. One factory, one check
 * per pair.
 */
export function pairedSymbolCheck(id: string, name: string, open: string, close: string): Check {
  const perDocument = new WeakMap<object, Map<number, number[]>>();
  const unmatchedIn = (rows: { target: string }[]) => {
    const cached = perDocument.get(rows);
    if (cached) return cached;
    const stack: [number, number][] = [];
    const unmatched = new Map<number, number[]>();
    const note = (row: number, at: number) => unmatched.set(row, [...(unmatched.get(row) ?? []), at]);
    rows.forEach(({ target }, row) => {
      for (let i = 0; i < target.length; i += 1) {
        if (target[i] === open) stack.push([row, i]);
        else if (target[i] === close) {
          if (stack.length) stack.pop();
          else note(row, i);
        }
      }
    });
    for (const [row, at] of stack) note(row, at);
    perDocument.set(rows, unmatched);
    return unmatched;
  };
  return defineCheck({
    id,
    category: 'Fluency/Punctuation',
    severity: 'minor',
    describe: `Unbalanced ${name}`,
    run({ index, target }, { rows }) {
      const position = rows.findIndex((r) => r.index === index);
      return (unmatchedIn(rows).get(position) ?? [])
        .sort((a, b) => a - b)
        .map((at) => ({ message: `Unbalanced ${name}: "${target[at]}" has no partner`, targetSpan: [at, at + 1] as [number, number] }));
    },
  });
}

export const brackets = pairedSymbolCheck('unbalanced-brackets', 'brackets', '(', ')');
export const curlyQuotes = pairedSymbolCheck('unbalanced-quotes', 'quotation marks', '“', '”');

/** Straight double quotes must come in pairs; one row mixing straight and curly quotes is flagged too. */
export const straightQuotes = defineCheck({
  id: 'mixed-quotes',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'Odd straight quotes, or straight and curly quotes mixed',
  run({ target }) {
    const straight = [...target.matchAll(/"/g)].map((m) => m.index!);
    const curly = /[“”]/.test(target);
    if (straight.length === 0) return [];
    if (straight.length % 2 === 1) return [{ message: 'An odd number of straight quotes', targetSpan: [straight.at(-1)!, straight.at(-1)! + 1] }];
    return curly ? [{ message: 'Straight and curly quotes mixed in one sentence', targetSpan: [straight[0]!, straight[0]! + 1] }] : [];
  },
});
