import { realpathSync } from 'node:fs';
import { AppError } from '../errors';
import { git, runGit } from './git';

/** A corpus folder that is the top of a git repository. */
export interface Repository {
  root: string;
  gitDir: string;
}

/**
 * The corpus's repository. The corpus must be the repository's top folder: a corpus inside
 * some other repository (the app's own checkout, say) is not synced into that one.
 */
export async function openRepository(corpusDir: string): Promise<Repository> {
  const root = realpath(corpusDir);
  if (!root) throw new AppError('not-found', `The corpus folder ${corpusDir} does not exist.`);
  const top = await runGit(root, ['rev-parse', '--show-toplevel', '--absolute-git-dir']);
  const [topLevel, gitDir] = top.stdout.trim().split('\n');
  if (top.code !== 0 || !topLevel || !gitDir || realpath(topLevel) !== root) {
    throw new AppError(
      'git-failed',
      `The corpus ${corpusDir} is not a git repository of its own. Make it one with ` +
        `\`shenjiao sync --init --remote URL\` (or \`git init\` and \`git remote add origin URL\` in that folder).`,
    );
  }
  return { root, gitDir };
}

/** `sync --init`: makes the corpus a repository (if it is not one) with `origin` at `remoteUrl`. */
export async function initRepository(corpusDir: string, remoteUrl: string): Promise<Repository> {
  const root = realpath(corpusDir);
  if (!root) throw new AppError('not-found', `The corpus folder ${corpusDir} does not exist.`);
  const isOwnRepo = await openRepository(root).then(() => true, () => false);
  if (!isOwnRepo) await git(root, ['init', '--quiet', '-b', await remoteDefaultBranch(root, remoteUrl)]);
  const remotes = (await git(root, ['remote'])).split('\n').map((r) => r.trim());
  await git(root, remotes.includes('origin') ? ['remote', 'set-url', 'origin', remoteUrl] : ['remote', 'add', 'origin', remoteUrl]);
  await runGit(root, ['fetch', '--quiet', 'origin']); // the remote's branches, if it is reachable; sync reports it otherwise
  return openRepository(root);
}

/** The remote's own default branch, so a new repository joins it rather than starting another; else main. */
async function remoteDefaultBranch(cwd: string, remoteUrl: string): Promise<string> {
  const result = await runGit(cwd, ['ls-remote', '--symref', remoteUrl, 'HEAD']);
  return /^ref: refs\/heads\/(\S+)\tHEAD/m.exec(result.stdout)?.[1] ?? 'main';
}

function realpath(dir: string): string | null {
  try {
    return realpathSync(dir);
  } catch {
    return null;
  }
}
