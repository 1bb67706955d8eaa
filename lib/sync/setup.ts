import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DATA_DIR_NAME } from '../config';
import { git, runGit } from './git';
import { MERGE_DRIVER_NAME } from './merge-driver';

const ATTRIBUTES_LINES = [
  `# Shenjiao's files merge by meaning (row by row, entry by entry): see \`shenjiao merge-driver\`.`,
  `${DATA_DIR_NAME}/reviews/*.json merge=${MERGE_DRIVER_NAME}`,
  `${DATA_DIR_NAME}/glossary.json merge=${MERGE_DRIVER_NAME}`,
  `${DATA_DIR_NAME}/pairs.json merge=${MERGE_DRIVER_NAME}`,
];

/**
 * What the first sync sets up, and every sync checks: `.gitattributes` naming the driver
 * (committed, so clones share it), the driver's command in this repository's own config
 * (commands are never taken from a clone), half-written temp files kept out of git, and
 * the index's cache kept out, and an identity for commits when the repository has none.
 */
export async function setUpRepository(repo: string, driverCommand: string, reviewer: string): Promise<void> {
  await ensureLines(path.join(repo, '.gitattributes'), ATTRIBUTES_LINES);
  const gitDir = path.resolve(repo, (await git(repo, ['rev-parse', '--git-dir'])).trim());
  // The index's cache is derived, per machine, and rebuilt from content hashes: never shared.
  await ensureLines(path.join(gitDir, 'info', 'exclude'), ['*.shenjiao-tmp', `/${DATA_DIR_NAME}/cache/`]);
  await setConfig(repo, `merge.${MERGE_DRIVER_NAME}.name`, "Shenjiao's row-by-row merge");
  await setConfig(repo, `merge.${MERGE_DRIVER_NAME}.driver`, driverCommand);
  if (!(await configValue(repo, 'user.name'))) await setConfig(repo, 'user.name', reviewer);
  if (!(await configValue(repo, 'user.email'))) await setConfig(repo, 'user.email', emailOf(reviewer));
}

/** A stable placeholder address for a reviewer who has none configured. */
export function emailOf(reviewer: string): string {
  const local = reviewer.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.+|\.+$/g, '') || 'reviewer';
  return `${local}@shenjiao.invalid`;
}

export async function configValue(repo: string, key: string): Promise<string | null> {
  const result = await runGit(repo, ['config', '--get', key]);
  return result.code === 0 ? result.stdout.trim() : null;
}

async function setConfig(repo: string, key: string, value: string): Promise<void> {
  if ((await runGit(repo, ['config', '--local', '--get', key])).stdout.trim() === value) return;
  await git(repo, ['config', '--local', key, value]);
}

async function ensureLines(file: string, lines: string[]): Promise<void> {
  let current = '';
  try {
    current = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const present = new Set(current.split('\n').map((l) => l.trim()));
  const missing = lines.filter((l) => !present.has(l));
  if (missing.length === 0) return;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const prefix = current && !current.endsWith('\n') ? '\n' : '';
  await fs.writeFile(file, `${current}${prefix}${missing.join('\n')}\n`);
}
