import type { Check } from './types';

/** Check ids name what they check, in kebab-case ("number-mismatch", "glued-sentences"). */
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Declares a check. Ids end up in review files (dismissals), CLI output and reports, so a
 * malformed one is refused at import time rather than discovered in a reviewer's data.
 */
export function defineCheck<C extends Check>(check: C): C {
  if (!KEBAB_CASE.test(check.id)) throw new Error(`QA check id "${check.id}" is not kebab-case`);
  if (!check.category.trim()) throw new Error(`QA check "${check.id}" has no MQM category`);
  return check;
}
