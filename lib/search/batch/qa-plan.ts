import { listArticles } from '../../corpus/corpus';
import { AppError } from '../../errors';
import { CHECKS } from '../../qa/registry';
import { indexedFindings, indexedRows } from '../../index';
import type { IndexProgress } from '../concordance';
import type { PlannedChange, SkippedRow } from './types';

/**
 * The fixes of one QA check over every English article, as a batch: each row's open
 * (not dismissed) findings of the check that carry a fix, applied together. Findings without
 * a fix are listed as skipped, so the preview accounts for every finding.
 */
export async function qaFixPlan(corpusDir: string, checkId: string, onProgress?: (p: IndexProgress) => void): Promise<{ description: string; changes: PlannedChange[]; skipped: SkippedRow[] }> {
  const check = CHECKS.find((c) => c.id === checkId);
  if (!check) throw new AppError('bad-input', `No QA check "${checkId}".`);
  const english = (await listArticles(corpusDir)).filter((a) => a.lang === 'en' && !a.error);
  const changes: PlannedChange[] = [];
  const skipped: SkippedRow[] = [];
  for (let i = 0; i < english.length; i += 1) {
    const en = english[i]!;
    // Rows first: a miss computes both products, so the findings are then read from the cache.
    const { rows } = await indexedRows(corpusDir, en.id);
    const { findings } = await indexedFindings(corpusDir, en.id);
    const ofCheck = findings.filter((f) => f.check === checkId && !f.dismissed);
    rows.forEach((row, index) => {
      const open = ofCheck.filter((f) => f.rowId === row.id);
      const fixes = open.flatMap((f) => (f.fix ? [f.fix] : []));
      if (open.length > fixes.length) skipped.push({ article: en.id, row: row.id, reason: `${open.length - fixes.length} finding(s) of ${checkId} without a fix` });
      if (fixes.length === 0) return;
      const applied = applyFixes(row.text, fixes);
      if (applied !== row.text) {
        changes.push({ article: en.id, title: en.title, row: row.id, position: index + 1, baseRevision: row.revision, before: row.text, after: applied, stateBefore: row.state });
      }
    });
    if ((i + 1) % 10 === 0) {
      onProgress?.({ done: i + 1, total: english.length });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { description: `Fix every finding of ${checkId}`, changes, skipped };
}

/** Fixes applied right to left so earlier spans stay valid; one overlapping an applied fix is dropped. */
function applyFixes(text: string, fixes: { span: [number, number]; replacement: string }[]): string {
  const ordered = [...fixes].sort((a, b) => b.span[0] - a.span[0]);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const fix of ordered) {
    if (fix.span[1] > limit) continue;
    out = out.slice(0, fix.span[0]) + fix.replacement + out.slice(fix.span[1]);
    limit = fix.span[0];
  }
  return out;
}
