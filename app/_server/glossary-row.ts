import type { GlossaryOverview } from '@/lib/glossary/service';
import type { GlossaryEntry } from '@/lib/glossary/types';
import type { GlossaryRow } from '../_components/glossary/types';

export function toGlossaryRow(entry: GlossaryEntry, overview?: Pick<GlossaryOverview, 'usage' | 'duplicateOf'>): GlossaryRow {
  const usage = overview?.usage;
  return {
    ...entry,
    usage: usage ? { articles: usage.articles, approvedInEnglish: usage.approvedUsed } : null,
    duplicateOf: overview?.duplicateOf ?? [],
  };
}
