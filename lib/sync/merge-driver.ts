import { promises as fs } from 'node:fs';
import { mergeShenjiaoFile, type ConflictRef } from './shenjiao-files';

/** The driver's name in `.gitattributes` and in the repository's config (`merge.shenjiao.driver`). */
export const MERGE_DRIVER_NAME = 'shenjiao';

/**
 * What git runs for a file both sides changed: `%O %A %B %P` are the base, ours (where the
 * result goes), theirs, and the file's path in the repository. Conflicts are recorded inside
 * the merged file, so the merge completes; only a file that does not parse fails it.
 */
export async function runMergeDriver(basePath: string, oursPath: string, theirsPath: string, repoPath: string): Promise<ConflictRef[]> {
  const [base, ours, theirs] = await Promise.all([basePath, oursPath, theirsPath].map(readIfAny));
  const { text, conflicts } = mergeShenjiaoFile(repoPath.replace(/\\/g, '/'), base, ours, theirs);
  await fs.writeFile(oursPath, text);
  return conflicts;
}

async function readIfAny(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The command line git runs as the driver: absolute paths to this node, tsx and the CLI, so
 * it works from any working directory. Git passes it to a shell, so each path is quoted.
 */
export function mergeDriverCommand(projectRoot: string, nodePath = process.execPath): string {
  const tsx = `${projectRoot}/node_modules/tsx/dist/cli.mjs`;
  const cli = `${projectRoot}/cli/main.ts`;
  return [nodePath, tsx, cli].map(shellQuote).join(' ') + ' merge-driver %O %A %B %P';
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
