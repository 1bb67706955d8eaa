import { git, runGit } from './git';
import { countChanges, describeChanges, type StagedChange } from './commit-summary';
import type { Repository } from './repository';
import { configValue, emailOf } from './setup';

export interface LocalCommit {
  /** Files in the commit; 0 when there was nothing to commit. */
  files: number;
  message: string | null;
}

/**
 * Commits everything in the corpus that changed (Shenjiao's files, new articles) as the
 * reviewer, with a message saying what the work was. First in every sync, so nothing after
 * it, network included, can lose the work.
 */
export async function commitLocalWork(repo: Repository, reviewer: string): Promise<LocalCommit> {
  await git(repo.root, ['add', '--all', '--', '.']);
  const changes = parseNameStatus(await git(repo.root, ['diff', '--cached', '--name-status', '--no-renames', '-z']));
  if (changes.length === 0) return { files: 0, message: null };
  const hasHead = (await runGit(repo.root, ['rev-parse', '--verify', '--quiet', 'HEAD'])).code === 0;
  const message = describeChanges(await countChanges(repo.root, changes, hasHead));
  await git(repo.root, ['commit', '--quiet', '--no-verify', '-m', message], { env: await authorEnv(repo, reviewer) });
  return { files: changes.length, message };
}

/** The reviewer as the commit's author (their configured address when they are the repository's user). */
export async function authorEnv(repo: Repository, reviewer: string): Promise<Record<string, string>> {
  const user = await configValue(repo.root, 'user.name');
  const email = user === reviewer ? ((await configValue(repo.root, 'user.email')) ?? emailOf(reviewer)) : emailOf(reviewer);
  return { GIT_AUTHOR_NAME: reviewer, GIT_AUTHOR_EMAIL: email };
}

function parseNameStatus(output: string): StagedChange[] {
  const fields = output.split('\0').filter(Boolean);
  const changes: StagedChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) changes.push({ status: fields[i]!.charAt(0), path: fields[i + 1]! });
  return changes;
}
