import approximateAmount from './checks/approximate-amount';
import capitalMidSentence from './checks/capital-mid-sentence';
import chineseInEnglish from './checks/chinese-in-english';
import dashStyle from './checks/dash-style';
import doubleSpace from './checks/double-space';
import endPunctuation from './checks/end-punctuation';
import fullWidthPunctuation from './checks/full-width-punctuation';
import glossaryForbiddenRendering from './checks/glossary-forbidden-rendering';
import glossaryTermMissing from './checks/glossary-term-missing';
import gluedSentences from './checks/glued-sentences';
import inconsistentTerm from './checks/inconsistent-term';
import inconsistentTranslation from './checks/inconsistent-translation';
import lengthRatio from './checks/length-ratio';
import mixedQuotes from './checks/mixed-quotes';
import nameCapitalisation from './checks/name-capitalisation';
import nameTransliteration from './checks/name-transliteration';
import nameMissing from './checks/name-missing';
import namePinyin from './checks/name-pinyin';
import numberMismatch from './checks/number-mismatch';
import numberUnitSpacing from './checks/number-unit-spacing';
import quoteStyle from './checks/quote-style';
import repeatedWord from './checks/repeated-word';
import sentenceCase from './checks/sentence-case';
import spaceBeforePunctuation from './checks/space-before-punctuation';
import spelling from './checks/spelling';
import thousandsSeparator from './checks/thousands-separator';
import transliteratedWord from './checks/transliterated-word';
import unbalancedBrackets from './checks/unbalanced-brackets';
import unbalancedQuotes from './checks/unbalanced-quotes';
import unrenderedClause from './checks/unrendered-clause';
import { applyFix } from './matches';
import type { QaSettings } from './settings';
import type { Check, Finding, QaContext, QaGlossary, QaRow, RawFinding } from './types';

/** Every QA check there is, in the order findings are listed. */
export const CHECKS: readonly Check[] = [
  numberMismatch,
  approximateAmount,
  thousandsSeparator,
  chineseInEnglish,
  glossaryForbiddenRendering,
  glossaryTermMissing,
  namePinyin,
  nameMissing,
  nameCapitalisation,
  transliteratedWord,
  nameTransliteration,
  inconsistentTranslation,
  inconsistentTerm,
  lengthRatio,
  unrenderedClause,
  gluedSentences,
  endPunctuation,
  dashStyle,
  fullWidthPunctuation,
  doubleSpace,
  spaceBeforePunctuation,
  unbalancedBrackets,
  unbalancedQuotes,
  mixedQuotes,
  quoteStyle,
  numberUnitSpacing,
  repeatedWord,
  sentenceCase,
  capitalMidSentence,
  spelling,
];

export { applyFix };

/** What a run may be given: the glossary, a subset of the checks, caches to share between runs. */
export interface QaRunOptions {
  glossary?: QaGlossary;
  checks?: readonly Check[];
  caches?: Map<string, unknown>;
  settings?: QaSettings;
}

/**
 * Runs the checks over every row of one document (rows with the same article or TSV `doc`);
 * findings in row order, then check order. The second argument is the options, or (as
 * first written) the glossary alone.
 */
export function runChecks(rows: QaRow[], options: QaRunOptions | QaGlossary = {}, checks?: readonly Check[]): Finding[] {
  const opts: QaRunOptions = options && 'matcher' in options ? { glossary: options } : (options ?? {});
  const context: QaContext = { rows, glossary: opts.glossary ?? null, caches: opts.caches ?? new Map(), ...(opts.settings ? { settings: opts.settings } : {}) };
  const chosen = checks ?? opts.checks ?? CHECKS;
  const findings: Finding[] = [];
  for (const row of rows) for (const finding of checkRow(row, context, chosen)) findings.push(finding);
  return findings;
}

/** The findings of one row; the context carries its document. */
export function checkRow(row: QaRow, context: QaContext, checks: readonly Check[] = CHECKS): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) for (const raw of check.run(row, context)) findings.push(toFinding(check, row, raw));
  return findings;
}

function toFinding(check: Check, row: QaRow, raw: RawFinding): Finding {
  const targetSpan = raw.targetSpan ?? null;
  const sourceSpan = raw.sourceSpan ?? null;
  const flagged = targetSpan ? row.target.slice(...targetSpan) : sourceSpan && row.source ? row.source.slice(...sourceSpan) : '';
  const fix = raw.fix ?? null;
  return {
    key: `${check.id}:${row.index}:${flagged}`,
    check: check.id,
    category: check.category,
    severity: check.severity,
    row: row.index,
    message: raw.message,
    sourceSpan,
    targetSpan,
    suggestion: fix ? fix.replacement : null,
    fix,
  };
}
