import path from 'node:path';
import { AppError } from '../errors';
import { writeFileAtomic } from '../storage/atomic';
import { authorEnv } from './commit';
import { git, GitFailure, readBlobs, runGit } from './git';
import { MERGE_DRIVER_NAME } from './merge-driver';
import type { Repository } from './repository';
import { mergeShenjiaoFile, shenjiaoFileKind, type ConflictRef } from './shenjiao-files';

export interface RemoteMerge {
  /** Files the merge brought in or changed. */
  files: number;
  /** Conflicts this merge recorded. */
  conflicts: ConflictRef[];
}

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** One path git left unmerged: its blob at each stage (1 base, 2 ours, 3 theirs). */
interface Unmerged {
  path: string;
  stages: Partial<Record<1 | 2 | 3, string>>;
}

/**
 * Merges `ref` into the reviewer's branch. Git merges everything it can by itself; files
 * both sides changed are merged here, in this process, with the same code as the merge
 * driver (git would otherwise start a driver process per file: a thousand files would take
 * minutes). Articles changed on both sides are not Shenjiao's to decide: the merge is
 * undone and the reviewer told, the local commit stays.
 */
export async function mergeRemote(repo: Repository, ref: string, reviewer: string): Promise<RemoteMerge> {
  const head = await runGit(repo.root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  const before = head.code === 0 ? head.stdout.trim() : EMPTY_TREE; // a branch with no commit yet
  const env = await authorEnv(repo, reviewer);
  const args = ['-c', `merge.${MERGE_DRIVER_NAME}.driver=false`, 'merge', '--no-edit', '--no-verify', '--allow-unrelated-histories', '-X', 'no-renames', ref];
  const attempt = await runGit(repo.root, args, { env });
  let conflicts: ConflictRef[] = [];
  if (attempt.code !== 0) {
    const unmerged = await unmergedPaths(repo);
    if (unmerged.length === 0) throw new GitFailure(['merge'], attempt);
    const foreign = unmerged.filter((u) => !shenjiaoFileKind(u.path));
    if (foreign.length > 0) {
      await runGit(repo.root, ['merge', '--abort']);
      throw new AppError('git-failed', `${foreign.map((u) => u.path).join(', ')} changed on both sides and is not one of Shenjiao's files; ` +
        `merge it with git in ${repo.root}. Your own work is committed locally.`);
    }
    conflicts = await resolveShenjiaoFiles(repo, unmerged);
    await git(repo.root, ['commit', '--quiet', '--no-edit', '--no-verify'], { env });
  }
  const changed = await git(repo.root, ['diff', '--name-only', '--no-renames', '-z', before, 'HEAD']);
  return { files: changed.split('\0').filter(Boolean).length, conflicts };
}

async function unmergedPaths(repo: Repository): Promise<Unmerged[]> {
  const byPath = new Map<string, Unmerged>();
  for (const line of (await git(repo.root, ['ls-files', '--unmerged', '-z'])).split('\0').filter(Boolean)) {
    const [info, file] = [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)];
    const [, sha, stage] = info.split(' ');
    const entry = byPath.get(file) ?? { path: file, stages: {} };
    entry.stages[Number(stage) as 1 | 2 | 3] = sha!;
    byPath.set(file, entry);
  }
  return [...byPath.values()];
}

/** Merges every unmerged Shenjiao file by meaning, writes it, and marks it resolved. */
async function resolveShenjiaoFiles(repo: Repository, unmerged: Unmerged[]): Promise<ConflictRef[]> {
  const specs = unmerged.flatMap((u) => ([1, 2, 3] as const).map((s) => u.stages[s] ?? 'missing-object'));
  const blobs = await readBlobs(repo.root, specs);
  const conflicts: ConflictRef[] = [];
  for (const [i, u] of unmerged.entries()) {
    const [base, ours, theirs] = blobs.slice(i * 3, i * 3 + 3) as [string | null, string | null, string | null];
    const merged = mergeShenjiaoFile(u.path, base, ours, theirs);
    conflicts.push(...merged.conflicts);
    await writeFileAtomic(path.join(repo.root, u.path), merged.text);
  }
  const paths = unmerged.map((u) => u.path);
  await git(repo.root, ['add', '--pathspec-from-file=-', '--pathspec-file-nul'], { input: paths.join('\0') });
  return conflicts;
}

