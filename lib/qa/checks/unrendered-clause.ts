import { enEvidence, zhEvidence } from '../../bilingual/evidence';
import { englishStems } from '../../bilingual/stem';
import { defineCheck } from '../define-check';
import type { RawFinding } from '../types';

/**
 * Clauses of the Chinese: split where a comma, semicolon or stop closes one, or where a
 * spaced dash sets a site's name after a headline ("… - 新华网", said "- Xinhuanet").
 */
const CLAUSE = /(?:[^，,；;。！？!?：:\s]|\s(?![-–—－|]\s))+/g;
/** Below this many Han characters a clause is a connective ("也就是说") that English may fold in. */
const MIN_HAN = 12;
/** At least this many dictionary words or numbers, so that "no evidence at all" means something. */
const MIN_UNITS = 6;

const clauseCache = new Map<string, { clause: string; start: number; units: string[][] }[]>();

/** The clauses long enough to judge, with their evidence; read once per Chinese sentence. */
function longClauses(source: string): { clause: string; start: number; units: string[][] }[] {
  let found = clauseCache.get(source);
  if (found) return found;
  found = [];
  for (const m of source.matchAll(CLAUSE)) {
    const clause = m[0].trim();
    if ((clause.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_HAN) continue;
    const { units } = zhEvidence(clause);
    if (units.length >= MIN_UNITS) found.push({ clause, start: m.index! + m[0].indexOf(clause), units });
  }
  if (clauseCache.size > 20_000) clauseCache.clear();
  clauseCache.set(source, found);
  return found;
}

/**
 * An English word that is a gloss with a suffix that stemming by rule leaves on: "crack" (打击,
 * to crack down) in "crackdown", "weak" (弱项) in "weakest", "examin" (考核) in
 * "examination". Glosses of four letters at least, so that short ones ("man", "can") meet nothing.
 */
const SUFFIX = /^(?:est|er|ers|ation|ations|ion|ions|ing|ings|ed|es|ly|ness|ment|ments|down|up|out|over)$/;

function sharesStem(token: string, words: string[]): boolean {
  if (token.length < 4) return false;
  return words.some((word) => word.length > token.length && word.startsWith(token) && SUFFIX.test(word.slice(token.length)));
}

/**
 * A Chinese clause of which nothing shows in the English: none of its words' dictionary
 * glosses (CC-CEDICT), numbers or names. MT drops whole clauses; the length of the row may
 * still look right when the rest is padded, so this looks at the clause itself.
 */
export default defineCheck({
  id: 'unrendered-clause',
  category: 'Accuracy/Omission',
  severity: 'major',
  describe: 'A Chinese clause with no trace in the English (no dictionary word, number or name of it)',
  run({ source, target }) {
    if (!source || source.length < MIN_HAN * 2) return [];
    const clauses = longClauses(source);
    if (clauses.length === 0) return [];
    // Most clauses show in the English's plain stems, which other checks have read already;
    // the full evidence (numbers, names as written) is worked out only when they do not.
    const stems = englishStems(target);
    const unexplained = clauses.filter(({ units }) => !units.some((unit) => unit.some((token) => stems.includes(token))));
    if (unexplained.length === 0) return [];
    const english = enEvidence(target);
    const words = [...english].filter((token) => token.length >= 4 && /^[a-z]/.test(token));
    const findings: RawFinding[] = [];
    for (const { clause, start, units } of unexplained) {
      if (units.some((unit) => unit.some((token) => english.has(token) || sharesStem(token, words)))) continue;
      findings.push({ message: `Nothing of "${clause}" shows in the English: it may be left out`, sourceSpan: [start, start + clause.length] });
    }
    return findings;
  },
});
