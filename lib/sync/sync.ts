import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError, isAppError } from '../errors';
import { processWide } from '../process-wide';
import { holdWrites } from '../storage/write-gate';
import { commitLocalWork } from './commit';
import { firstLines, git, runGit } from './git';
import { mergeRemote } from './merge-remote';
import { openConflicts } from './open-conflicts';
import { initRepository, openRepository, type Repository } from './repository';
import { setUpRepository } from './setup';
import type { ConflictRef } from './shenjiao-files';

/** What `shenjiao sync` and `POST /api/sync` answer. */
export interface SyncResult {
  /** Files in the reviewer's own commit (0 when nothing had changed). */
  committed: number;
  /** Files the merge of the remote's work brought in or changed. */
  merged: number;
  pushed: boolean;
  /** Conflicts open in the corpus after the sync, for reviewers to settle on the review pages. */
  conflicts: ConflictRef[];
  ahead: number;
  behind: number;
  /** One line for a person: what happened, or what to do. */
  message: string;
  at: string;
}

export interface SyncOptions {
  reviewer: string;
  /** The merge driver's command line for the repository's config (see mergeDriverCommand). */
  driverCommand: string;
  /** `--init --remote URL`: make the corpus a repository with this remote first. */
  initRemote?: string;
  now?: () => Date;
}

const MAX_ROUNDS = 3;

/**
 * Commit, fetch, merge, push. The reviewer's commit comes first, so a failure after it
 * (no network, a remote gone) keeps the work and says what to do; the error carries the
 * result so far. A push refused because someone pushed meanwhile is retried after merging.
 */
export function syncCorpus(corpusDir: string, options: SyncOptions): Promise<SyncResult> {
  // One sync at a time per corpus: git's index allows one writer (a double click must not fail).
  const key = path.resolve(corpusDir);
  const previous = syncsUnderWay.get(key) ?? Promise.resolve();
  const next = previous.then(() => runSync(corpusDir, options), () => runSync(corpusDir, options));
  const tail = next.catch(() => undefined);
  syncsUnderWay.set(key, tail);
  void tail.then(() => syncsUnderWay.get(key) === tail && syncsUnderWay.delete(key));
  return next;
}

const syncsUnderWay = processWide('syncs under way', () => new Map<string, Promise<unknown>>());

async function runSync(corpusDir: string, options: SyncOptions): Promise<SyncResult> {
  const repo = options.initRemote ? await initRepository(corpusDir, options.initRemote) : await openRepository(corpusDir);
  await joinRemoteBranch(repo);
  await setUpRepository(repo.root, options.driverCommand, options.reviewer);
  const local = await commitLocalWork(repo, options.reviewer);
  const result: SyncResult = { committed: local.files, merged: 0, pushed: false, conflicts: [], ahead: 0, behind: 0, message: '', at: (options.now?.() ?? new Date()).toISOString() };
  const remote = await remoteOf(repo);
  if (!remote) return finish(repo, result, true, `Committed locally (${local.message ?? 'nothing new'}); this corpus has no remote to share it with: add one with \`shenjiao sync --init --remote URL\`.`);
  const branch = await currentBranch(repo);
  try {
    for (let round = 1; round <= MAX_ROUNDS && !result.pushed; round += 1) {
      await fetchRemote(repo, remote, local.message);
      const tracking = `refs/remotes/${remote}/${branch}`;
      if (await refExists(repo, tracking)) {
        if (round > 1) result.committed += (await commitLocalWork(repo, options.reviewer)).files; // saved while we pushed
        // No save may read a file before the merge and write it after: that would undo the team's work.
        const merge = await holdWrites(() => mergeRemote(repo, tracking, options.reviewer));
        result.merged += merge.files;
      }
      if (!(await refExists(repo, 'HEAD'))) break; // nothing anywhere yet
      const push = await runGit(repo.root, ['push', '--porcelain', '-u', remote, `HEAD:refs/heads/${branch}`]);
      if (push.code === 0) result.pushed = true;
      else if (!/\[rejected\]|non-fast-forward|fetch first/.test(push.stdout + push.stderr) || round === MAX_ROUNDS) {
        throw new AppError('git-failed', `Could not push to ${remote}: ${firstLines(push.stderr || push.stdout)}. ${keptMessage(local.message)}`);
      }
    }
  } catch (error) {
    const failure = isAppError(error) ? error : new AppError('git-failed', `${(error as Error).message}. ${keptMessage(local.message)}`);
    const sofar = await finish(repo, result, false, failure.message).catch(() => result);
    throw new AppError('git-failed', failure.message, { ...sofar });
  }
  const summary = [local.message ? `Sent: ${local.message}` : 'Nothing new to send', result.merged ? `received ${result.merged} changed files` : 'nothing new received'];
  return finish(repo, result, true, `${summary.join('; ')}.`);
}

function keptMessage(localMessage: string | null): string {
  return localMessage ? `Your work (${localMessage}) is committed locally and will be sent by the next sync.` : 'Your work was already committed locally; nothing is lost.';
}

async function finish(repo: Repository, result: SyncResult, ok: boolean, message: string): Promise<SyncResult> {
  const status = await aheadBehind(repo);
  const done = { ...result, ...status, conflicts: await openConflicts(repo.root), message };
  await writeLastSync(repo, { at: done.at, ok });
  return done;
}

async function fetchRemote(repo: Repository, remote: string, localMessage: string | null): Promise<void> {
  const fetched = await runGit(repo.root, ['fetch', '--quiet', '--prune', remote]);
  if (fetched.code === 0) return;
  const url = (await runGit(repo.root, ['remote', 'get-url', remote])).stdout.trim();
  throw new AppError('git-failed', `Could not reach the remote "${remote}" (${url}): ${firstLines(fetched.stderr)}. ` +
    `${keptMessage(localMessage)} Check the address with \`git remote -v\` in the corpus folder, or set a new one with \`shenjiao sync --init --remote URL\`.`);
}

async function remoteOf(repo: Repository): Promise<string | null> {
  const remotes = (await git(repo.root, ['remote'])).split('\n').map((r) => r.trim()).filter(Boolean);
  return remotes.includes('origin') ? 'origin' : (remotes[0] ?? null);
}

async function currentBranch(repo: Repository): Promise<string> {
  const name = await runGit(repo.root, ['symbolic-ref', '--short', 'HEAD']);
  if (name.code !== 0) throw new AppError('git-failed', 'The corpus repository is not on a branch (detached HEAD); check out a branch with git first.');
  return name.stdout.trim();
}

/**
 * A repository with no commit of its own yet (a fresh clone of a remote whose default branch
 * is named otherwise; a new `--init` next to a remote with work in it) takes the remote's
 * branch rather than starting another. Local files in the way are never overwritten: then
 * the branch is only named, and the first sync merges the two histories.
 */
async function joinRemoteBranch(repo: Repository): Promise<void> {
  const remote = await remoteOf(repo);
  if (!remote || (await refExists(repo, 'HEAD'))) return;
  const names = (await git(repo.root, ['for-each-ref', '--format=%(refname:strip=3)', `refs/remotes/${remote}/`])).split('\n').filter((n) => n && n !== 'HEAD');
  const chosen = ['main', 'master'].find((n) => names.includes(n)) ?? names[0];
  if (!chosen) return;
  const checkout = await runGit(repo.root, ['checkout', '--quiet', '-b', chosen, '--track', `${remote}/${chosen}`]);
  if (checkout.code !== 0) await git(repo.root, ['symbolic-ref', 'HEAD', `refs/heads/${chosen}`]);
}

async function refExists(repo: Repository, ref: string): Promise<boolean> {
  return (await runGit(repo.root, ['rev-parse', '--verify', '--quiet', ref])).code === 0;
}

/** Commits the reviewer has that the remote (as last fetched) lacks, and the other way round. */
async function aheadBehind(repo: Repository): Promise<{ ahead: number; behind: number }> {
  const counts = await runGit(repo.root, ['rev-list', '--left-right', '--count', 'HEAD...@{upstream}']);
  if (counts.code !== 0) {
    const local = await runGit(repo.root, ['rev-list', '--count', 'HEAD']);
    return { ahead: local.code === 0 ? Number(local.stdout.trim()) : 0, behind: 0 };
  }
  const [ahead, behind] = counts.stdout.trim().split(/\s+/).map(Number);
  return { ahead: ahead ?? 0, behind: behind ?? 0 };
}

/** What the header shows without syncing: ahead/behind as last fetched, the last sync, open conflicts. */
export interface SyncStatus {
  repository: boolean;
  remote: string | null;
  ahead: number;
  behind: number;
  lastSync: { at: string; ok: boolean } | null;
  conflicts: number;
}

export async function syncStatus(corpusDir: string): Promise<SyncStatus> {
  let repo: Repository;
  try {
    repo = await openRepository(corpusDir);
  } catch {
    return { repository: false, remote: null, ahead: 0, behind: 0, lastSync: null, conflicts: 0 };
  }
  const [counts, remote, lastSync, conflicts] = await Promise.all([aheadBehind(repo), remoteOf(repo), readLastSync(repo), openConflicts(repo.root)]);
  return { repository: true, remote, ...counts, lastSync, conflicts: conflicts.length };
}

const lastSyncFile = (repo: Repository) => path.join(repo.gitDir, 'shenjiao-last-sync.json');

async function writeLastSync(repo: Repository, value: { at: string; ok: boolean }): Promise<void> {
  await fs.writeFile(lastSyncFile(repo), `${JSON.stringify(value)}\n`);
}

async function readLastSync(repo: Repository): Promise<{ at: string; ok: boolean } | null> {
  try {
    const value = JSON.parse(await fs.readFile(lastSyncFile(repo), 'utf8')) as { at?: unknown; ok?: unknown };
    return typeof value.at === 'string' ? { at: value.at, ok: value.ok !== false } : null;
  } catch {
    return null;
  }
}
