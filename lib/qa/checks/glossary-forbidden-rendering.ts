import { findForbidden } from '../../glossary/match-en';
import { defineCheck } from '../define-check';

/** A rendering the glossary forbids, wherever it occurs; the fix puts the preferred one in. */
export default defineCheck({
  id: 'glossary-forbidden-rendering',
  category: 'Terminology/Inappropriate for context',
  severity: 'major',
  describe: 'A rendering the glossary forbids is used',
  run({ target }, { glossary }) {
    if (!glossary) return [];
    const byId = new Map(glossary.entries.map((e) => [e.id, e]));
    const seen = new Set<string>();
    return findForbidden(target, glossary.entries)
      .filter((hit) => !seen.has(`${hit.start}`) && seen.add(`${hit.start}`))
      .map((hit) => {
        const preferred = byId.get(hit.entryId)?.approved[0] ?? null;
        const span: [number, number] = [hit.start, hit.end];
        return {
          message: `"${target.slice(hit.start, hit.end)}" is a forbidden rendering of ${hit.term}${preferred ? `; use "${preferred}"` : ''}`,
          targetSpan: span,
          fix: preferred ? { span, replacement: preferred } : null,
        };
      });
  },
});
