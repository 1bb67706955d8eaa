import type { Span } from './types';

/** Every match of a global regex with its span. */
export function matches(text: string, pattern: RegExp): { m: RegExpMatchArray; span: Span }[] {
  return [...text.matchAll(pattern)].map((m) => ({ m, span: [m.index!, m.index! + m[0].length] as Span }));
}

export function applyFix(text: string, fix: { span: Span; replacement: string }): string {
  return text.slice(0, fix.span[0]) + fix.replacement + text.slice(fix.span[1]);
}
