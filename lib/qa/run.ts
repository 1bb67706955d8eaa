import { CHECKS } from './registry';
import type { Check, Finding, QaContext, QaRow } from './types';

/** Runs the checks over every row of a document; findings in row order, then check order. */
export function runChecks(rows: QaRow[], glossary: QaContext['glossary'] = null, checks: Check[] = CHECKS): Finding[] {
  const context: QaContext = { rows, glossary };
  return rows.flatMap((row) => checkRow(row, context, checks));
}

export function checkRow(row: QaRow, context: QaContext, checks: Check[] = CHECKS): Finding[] {
  return checks.flatMap((check) =>
    check.run(row, context).map((raw): Finding => {
      const targetSpan = raw.targetSpan ?? null;
      const sourceSpan = raw.sourceSpan ?? null;
      const flagged = targetSpan ? row.target.slice(...targetSpan) : sourceSpan && row.source ? row.source.slice(...sourceSpan) : '';
      const fix = raw.fix ?? null;
      return {
        key: `${check.id}:${flagged}`,
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
    }),
  );
}
