import { AppError } from '../../lib/errors';
import { runMergeDriver } from '../../lib/sync/merge-driver';
import type { CliCommand } from './registry';

/** Run by git (see `.gitattributes` and `merge.shenjiao.driver`), not by people. */
const mergeDriver: CliCommand = {
  async run(args) {
    const [base, ours, theirs, repoPath] = args;
    if (!base || !ours || !theirs || !repoPath || args.length !== 4) throw new AppError('bad-input', 'merge-driver takes %O %A %B %P from git');
    try {
      const conflicts = await runMergeDriver(base, ours, theirs, repoPath);
      if (conflicts.length) process.stderr.write(`shenjiao: ${repoPath}: ${conflicts.length} conflicts recorded on their rows\n`);
      return 0;
    } catch (error) {
      // A file that does not parse: git keeps ours and marks the file conflicted for a person.
      process.stderr.write(`shenjiao: ${repoPath}: ${(error as Error).message}\n`);
      return 1;
    }
  },
};

export default mergeDriver;
