import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { AppError } from '../errors';

/** What a git command left: its exit code and its output. */
export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as bytes, for output that counts bytes (cat-file --batch). */
  stdoutBytes: Buffer;
}

export interface GitOptions {
  /** Written to git's standard input. */
  input?: string;
  /** Extra environment (author, committer). */
  env?: Record<string, string>;
}

/**
 * Runs the real `git` with an argument array, never through a shell, so no file or
 * reviewer name is ever interpreted. Git must never wait for a person: no terminal
 * prompt for a password, ssh in batch mode, no editor.
 */
export function runGit(cwd: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    if (!existsSync(cwd)) return reject(new AppError('not-found', `The folder ${cwd} does not exist.`));
    const child = spawn('git', args, {
      cwd,
      env: {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes',
        GIT_EDITOR: 'true',
        GIT_MERGE_AUTOEDIT: 'no',
        LC_ALL: 'C',
        ...options.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new Error('git is not installed (Debian: apt-get install git)') : error);
    });
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code: code ?? 1, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
    child.stdin.on('error', () => {}); // git may exit before reading all of its input
    child.stdin.end(options.input ?? '');
  });
}

/** Runs git and returns its output; a non-zero exit throws a GitFailure with git's own words. */
export async function git(cwd: string, args: string[], options: GitOptions = {}): Promise<string> {
  const result = await runGit(cwd, args, options);
  if (result.code !== 0) throw new GitFailure(args, result);
  return result.stdout;
}

export class GitFailure extends Error {
  readonly result: GitResult;
  constructor(args: string[], result: GitResult) {
    super(`git ${args[0]} failed: ${firstLines(result.stderr || result.stdout)}`);
    this.name = 'GitFailure';
    this.result = result;
  }
}

/** The first meaningful lines of git's message, for a person to read. */
export function firstLines(text: string, count = 3): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, count)
    .join(' ');
}

/**
 * Reads many blobs in one `git cat-file --batch` process (one spawn for a thousand files).
 * Missing objects come back as null.
 */
export async function readBlobs(cwd: string, specs: string[]): Promise<(string | null)[]> {
  if (specs.length === 0) return [];
  const result = await runGit(cwd, ['cat-file', '--batch'], { input: specs.map((s) => `${s}\n`).join('') });
  if (result.code !== 0) throw new GitFailure(['cat-file'], result);
  return parseBatch(result.stdoutBytes, specs.length);
}

function parseBatch(buffer: Buffer, count: number): (string | null)[] {
  const blobs: (string | null)[] = [];
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    const end = buffer.indexOf(10, at);
    const header = buffer.subarray(at, end).toString('utf8');
    at = end + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      blobs.push(null);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    blobs.push(buffer.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return blobs;
}
