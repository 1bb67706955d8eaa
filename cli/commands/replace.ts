import { AppError } from '../../lib/errors';
import { applyBatch } from '../../lib/search/batch/apply';
import { planBatch } from '../../lib/search/batch/plan';
import { ReviewerSchema, type BatchSource } from '../../lib/search/batch/types';
import { parseCommandArgs } from '../args';
import { printJson, write } from '../output';
import { MATCH_OPTIONS, sideOf } from '../search-options';
import type { CliCommand } from './registry';

const replace: CliCommand = {
  async run(args) {
    const { corpus, json, values, positionals } = parseCommandArgs(args, {
      ...MATCH_OPTIONS,
      'dry-run': { type: 'boolean', default: false },
      reviewer: { type: 'string' },
    });
    const [pattern, replacement] = positionals;
    if (pattern === undefined || replacement === undefined || positionals.length > 2) throw new AppError('bad-input', 'replace takes PATTERN and REPLACEMENT');
    if (sideOf(values.side, 'en') !== 'en') throw new AppError('bad-input', 'replace works on the current English: --side en');
    const dryRun = values['dry-run'] === true;
    const reviewer = ReviewerSchema.safeParse(values.reviewer ?? '');
    if (!reviewer.success && !dryRun) throw new AppError('bad-input', '--reviewer NAME is required: it is recorded with every change');
    const source: BatchSource = { kind: 'search', pattern, replacement, side: 'en', regex: values.regex === true, wholeWord: values.word === true, caseSensitive: values.case === true };
    const plan = await planBatch(corpus, source);
    const planned = plan.changes.map((c) => ({ id: c.article, row: c.position, before: c.before, after: c.after }));
    if (dryRun || plan.changes.length === 0) {
      if (json) await printJson({ changed: planned, skipped: plan.skipped.map(({ article, row, reason }) => ({ id: article, row, reason })) });
      else for (const c of planned) await write(`${c.id}\t${c.row}\t${c.before}\n\t\t${c.after}\n`);
      return 0;
    }
    const record = await applyBatch(corpus, { source, reviewer: reviewer.data!, changes: plan.changes });
    const position = new Map(plan.changes.map((c) => [`${c.article}\n${c.row}`, c.position]));
    const changed = record.changed.map((c) => ({ id: c.article, row: c.position, before: c.before, after: c.after }));
    const skipped = [...plan.skipped, ...record.skipped].map((s) => ({ id: s.article, row: position.get(`${s.article}\n${s.row}`) ?? s.row, reason: s.reason }));
    if (json) await printJson({ changed, skipped });
    else await write(`batch ${record.id}: ${changed.length} rows changed, ${skipped.length} skipped\n`);
    return 0;
  },
};

export default replace;
