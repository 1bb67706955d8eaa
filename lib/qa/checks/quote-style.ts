import { defineCheck } from '../define-check';
import { DEFAULT_QA_SETTINGS } from '../settings';
import type { RawFinding } from '../types';

/**
 * Quotation marks in the house style (the quoteStyle setting): straight quotes where the
 * style is curly, the commonest punctuation error news raters mark in MT, and curly ones
 * where it is straight. Apostrophes are left alone: "don't" and “don’t” both occur.
 */
export default defineCheck({
  id: 'quote-style',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'Straight quotes where the house style is curly (“ ”), or the other way round',
  run({ target }, { settings }) {
    const style = (settings ?? DEFAULT_QA_SETTINGS).quoteStyle;
    if (style === 'curly') {
      if (!target.includes('"')) return [];
      const findings: RawFinding[] = [];
      for (const m of target.matchAll(/"/g)) {
        const at = m.index!;
        // Opening after the start, a space or an opening bracket; closing otherwise.
        const opening = at === 0 || /[\s([{—–-]/.test(target[at - 1]!);
        findings.push({ message: `Straight quote: the house style is curly (${opening ? '“' : '”'})`, targetSpan: [at, at + 1], fix: { span: [at, at + 1], replacement: opening ? '“' : '”' } });
      }
      return findings;
    }
    if (style === 'straight') {
      return [...target.matchAll(/[“”]/g)].map((m) => ({ message: 'Curly quote: the house style is straight (")', targetSpan: [m.index!, m.index! + 1] as [number, number], fix: { span: [m.index!, m.index! + 1] as [number, number], replacement: '"' } }));
    }
    return [];
  },
});
