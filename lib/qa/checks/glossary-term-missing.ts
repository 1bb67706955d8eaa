import { checkTerms } from '../../glossary/check';
import { defineCheck } from '../define-check';

/** A glossary term in the Chinese whose approved English is absent from the row. */
export default defineCheck({
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
