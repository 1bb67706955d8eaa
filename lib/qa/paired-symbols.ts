import { defineCheck } from './define-check';
import type { Check, QaRow, Span } from './types';

/** Per document (the rows array of one run): the unmatched symbols of each row, by row index. */
type Unmatched = Map<number, number[]>;

function unmatchedSymbols(rows: readonly QaRow[], open: string, close: string, notAClose?: NotAClose): Unmatched {
  const stack: [number, number][] = [];
  const unmatched: Unmatched = new Map();
  const note = (row: number, at: number) => unmatched.set(row, [...(unmatched.get(row) ?? []), at]);
  for (const { index, target } of rows) {
    if (!target.includes(open) && !target.includes(close)) continue;
    for (let i = 0; i < target.length; i += 1) {
      if (target[i] === open) stack.push([index, i]);
      else if (target[i] === close && !notAClose?.(target, i)) {
        if (stack.length) stack.pop();
        else note(index, i);
      }
    }
  }
  for (const [row, at] of stack) note(row, at);
  return unmatched;
}

/**
 * Whether an opening symbol left unclosed is the convention and not an error (a quotation
 * the Chinese leaves open too); `previousLeftOpen`: the row before left one open.
 */
export type LeftOpen = (row: QaRow, at: number, previousLeftOpen: boolean) => boolean;

/** Whether a closing symbol closes nothing by convention (the ")" of a list item "1) …"). */
export type NotAClose = (target: string, at: number) => boolean;

/**
 * Opening and closing symbols that must balance: brackets, curly quotes. A quotation often
 * runs over several sentences, so balance is judged over the whole document in reading
 * order, and each row gets the unmatched symbols that fall in it. One factory, one check
 * per pair of symbols.
 */
export function pairedSymbolCheck(id: string, name: string, open: string, close: string, options: { leftOpen?: LeftOpen; notAClose?: NotAClose } = {}): Check {
  const perDocument = new WeakMap<object, Unmatched>();
  const unmatchedIn = (rows: readonly QaRow[]) => {
    let found = perDocument.get(rows);
    if (!found) perDocument.set(rows, (found = unmatchedSymbols(rows, open, close, options.notAClose)));
    return found;
  };
  return defineCheck({
    id,
    category: 'Fluency/Punctuation',
    severity: 'minor',
    describe: `Unbalanced ${name} (${open} ${close})`,
    run(row, { rows }) {
      const { index, target } = row;
      if (!target.includes(open) && !target.includes(close)) return [];
      const unmatched = unmatchedIn(rows);
      const previous = rows[rows.indexOf(row) - 1];
      const previousLeftOpen = previous !== undefined && (unmatched.get(previous.index) ?? []).some((at) => previous.target[at] === open);
      return [...(unmatched.get(index) ?? [])]
        .filter((at) => target[at] !== open || !options.leftOpen?.(row, at, previousLeftOpen))
        .sort((a, b) => a - b)
        .map((at) => ({
          message: target[at] === open ? `"${open}" is opened but never closed` : `"${close}" closes nothing that was opened`,
          targetSpan: [at, at + 1] as Span,
        }));
    },
  });
}
