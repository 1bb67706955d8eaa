import { defineCheck } from '../define-check';
import { matches } from '../matches';
import type { RawFinding } from '../types';

/** Words that start a new clause: "bloom-this is", "identity-that is" are a dash, not a compound. */
const CLAUSE_START = 'this|that|which|who|it|those|these|the|a|an|and|but|not|at|for|from|including|as|or|to|in|absolutely|asking|investigating|such|so|namely';
const HYPHEN_AS_DASH = new RegExp(`(?<=[a-z%)])-(?=(?:${CLAUSE_START})\\b)`, 'g');
const CHINESE_DASH = /——|—|–|－|--|-/;

/**
 * A dash typed as hyphens. Chinese sets off an aside with "——"; MT renders it as "--" or
 * glues it as a hyphen ("bloom-this is the spadix"). English wants an em dash ("—").
 */
export default defineCheck({
  id: 'dash-style',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'A dash written as "--" or as a hyphen joining two clauses',
  run({ source, target }) {
    if (!target.includes('-')) return [];
    const doubled: RawFinding[] = matches(target, / ?--+ ?/g).map(({ span }) => ({
      message: '"--" stands in for a dash; write an em dash (—)',
      targetSpan: span,
      fix: { span, replacement: '—' },
    }));
    if (source !== null && !CHINESE_DASH.test(source)) return doubled;
    const glued: RawFinding[] = matches(target, HYPHEN_AS_DASH).map(({ span }) => ({
      message: `The Chinese has a dash here; "${target.slice(Math.max(0, span[0] - 8), span[1] + 6)}" joins two clauses with a hyphen`,
      targetSpan: span,
      fix: { span, replacement: '—' },
    }));
    return [...doubled, ...glued];
  },
});
