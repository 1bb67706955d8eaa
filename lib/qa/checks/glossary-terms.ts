import { checkTerms } from '../../glossary/check';
import { findForbidden } from '../../glossary/match-en';
import { defineCheck } from '../types';

/** A glossary term in the Chinese whose approved English is absent from the row. */
export const glossaryTermMissing = defineCheck({
  id: 'glossary-term-missing',
  category: 'Terminology/Inappropriate for context',
  severity: 'minor',
  describe: 'A glossary term is not rendered as the glossary approves',
  run({ source, target }, { glossary }) {
    if (!source || !glossary) return [];
    const { matches } = checkTerms(source, target, glossary.matcher, glossary.entries);
    return matches
      .filter((m) => !m.found && m.forbidden.length === 0 && m.approved.length > 0)
      .map((m) => ({ message: `${m.term} should be rendered "${m.approved.join('" or "')}"`, sourceSpan: [m.start, m.end] as [number, number] }));
  },
});

/** A rendering the glossary forbids, wherever it occurs; the fix puts the preferred one in. */
export const glossaryForbidden = defineCheck({
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
