import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, isAppError } from '../../lib/errors';
import { mergeDriverCommand } from '../../lib/sync/merge-driver';
import { configValue } from '../../lib/sync/setup';
import { syncCorpus, type SyncResult } from '../../lib/sync/sync';
import { parseCommandArgs } from '../args';
import { printJson, write } from '../output';
import type { CliCommand } from './registry';

/** The project's folder: the merge driver is run from here, whatever git's working directory. */
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const sync: CliCommand = {
  async run(args) {
    const { corpus, json, values } = parseCommandArgs(args, { reviewer: { type: 'string' }, init: { type: 'boolean' }, remote: { type: 'string' } });
    if (values.init && typeof values.remote !== 'string') throw new AppError('bad-input', '--init needs --remote URL (the shared repository)');
    if (!values.init && values.remote !== undefined) throw new AppError('bad-input', '--remote is given with --init');
    const reviewer = await reviewerName(values.reviewer, corpus);
    try {
      const result = await syncCorpus(corpus, {
        reviewer,
        driverCommand: mergeDriverCommand(PROJECT_ROOT),
        initRemote: values.init ? (values.remote as string) : undefined,
      });
      await report(result, json);
      return 0;
    } catch (error) {
      if (!isAppError(error) || error.code !== 'git-failed' || !json) throw error;
      await printJson({ ...error.details, error: error.message });
      process.stderr.write(`shenjiao: ${error.message}\n`);
      return 1;
    }
  },
};

/** --reviewer, else $SHENJIAO_REVIEWER, else the corpus repository's git user. */
async function reviewerName(given: unknown, corpus: string): Promise<string> {
  const name = (typeof given === 'string' ? given : process.env.SHENJIAO_REVIEWER ?? (await configValue(corpus, 'user.name').catch(() => null)) ?? '').trim();
  if (!name) throw new AppError('bad-input', 'give your name with --reviewer NAME: it is the author of your commit');
  if (name.length > 80) throw new AppError('bad-input', '--reviewer takes at most 80 characters');
  return name;
}

async function report(result: SyncResult, json: boolean): Promise<void> {
  if (json) return printJson(result);
  await write(`${result.message}\n`);
  await write(`committed ${result.committed} files, merged ${result.merged}, ${result.pushed ? 'pushed' : 'not pushed'}; ahead ${result.ahead}, behind ${result.behind}\n`);
  if (result.conflicts.length) {
    await write(`${result.conflicts.length} open conflicts (settle them on the review pages):\n`);
    for (const c of result.conflicts) await write(`  ${c.article ?? c.file}\trow ${c.row}\n`);
  }
}

export default sync;
