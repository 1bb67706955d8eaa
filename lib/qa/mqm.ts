/**
 * The MQM error typology (as used by WMT and Google's Anthea) and its scoring: Major 5,
 * Minor 1, Minor punctuation 0.1, Non-translation 25. A document's score is the sum of its
 * errors' weights (lower is better), also given per 100 source characters.
 */
export const MQM_CATEGORIES: Record<string, string[]> = {
  Accuracy: ['Mistranslation', 'Omission', 'Addition', 'Untranslated'],
  Fluency: ['Grammar', 'Spelling', 'Punctuation', 'Register', 'Inconsistency', 'Character encoding'],
  Terminology: ['Inappropriate for context', 'Inconsistent use of terminology'],
  Style: ['Awkward'],
  'Locale convention': ['Number format', 'Date format', 'Name format', 'Address format', 'Currency format'],
  Other: [],
  'Non-translation': [],
};

/** "Accuracy/Omission", "Style/Awkward", "Non-translation": every category a reviewer can pick. */
export const MQM_CATEGORY_NAMES: string[] = Object.entries(MQM_CATEGORIES).flatMap(([top, subs]) => (subs.length ? subs.map((s) => `${top}/${s}`) : [top]));

export type MqmSeverity = 'major' | 'minor';

export function mqmWeight(category: string, severity: MqmSeverity): number {
  if (category === 'Non-translation') return 25;
  if (severity === 'major') return 5;
  return category === 'Fluency/Punctuation' ? 0.1 : 1;
}

export interface MqmScore {
  penalty: number;
  per100SourceChars: number | null;
  errors: number;
  bySeverity: Record<MqmSeverity, number>;
  byCategory: Record<string, number>;
}

export function mqmScore(errors: { category: string; severity: MqmSeverity }[], sourceChars: number): MqmScore {
  const byCategory: Record<string, number> = {};
  const bySeverity = { major: 0, minor: 0 };
  let penalty = 0;
  for (const e of errors) {
    penalty += mqmWeight(e.category, e.severity);
    bySeverity[e.severity] += 1;
    byCategory[e.category] = (byCategory[e.category] ?? 0) + 1;
  }
  const rounded = Math.round(penalty * 10) / 10;
  return {
    penalty: rounded,
    per100SourceChars: sourceChars > 0 ? Math.round((penalty / sourceChars) * 1000) / 10 : null,
    errors: errors.length,
    bySeverity,
    byCategory,
  };
}
