import type { Span } from './types';

/** Every match of a global regex with its span. A plain exec loop: checks call this for every row. */
export function matches(text: string, pattern: RegExp): { m: RegExpMatchArray; span: Span }[] {
  const found: { m: RegExpMatchArray; span: Span }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push({ m, span: [m.index, m.index + m[0].length] });
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  pattern.lastIndex = 0;
  return found;
}

export function applyFix(text: string, fix: { span: Span; replacement: string }): string {
  return text.slice(0, fix.span[0]) + fix.replacement + text.slice(fix.span[1]);
}
