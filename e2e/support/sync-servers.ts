import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_PORTS } from './corpora';

/** Two reviewers' machines: a clone of one shared (bare) repository each, and a server on each. */
export interface SyncSetup {
  root: string;
  remote: string;
  wang: { corpus: string; url: string };
  li: { corpus: string; url: string };
  stop(): void;
}

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};

/** `shenjiao sync` as a reviewer types it. */
export function cliSync(corpus: string, reviewer: string, ...extra: string[]): string {
  return run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'cli/main.ts', 'sync', '--corpus', corpus, '--reviewer', reviewer, ...extra]);
}

export async function startSyncSetup(): Promise<SyncSetup> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-e2e-sync-'));
  const remote = path.join(root, 'shared.git');
  const wang = path.join(root, 'wang');
  const li = path.join(root, 'li');
  run('git', ['init', '--quiet', '--bare', remote]);
  cpSync('corpus', wang, { recursive: true });
  const extra = path.join('e2e', 'fixtures', 'corpus');
  for (const name of readdirSync(extra)) cpSync(path.join(extra, name), path.join(wang, name), { recursive: true });
  cliSync(wang, 'Wang', '--init', '--remote', remote);
  run('git', ['clone', '--quiet', remote, li]);
  cliSync(li, 'Li');
  const ports = [E2E_PORTS.syncA, E2E_PORTS.syncB];
  const servers = [wang, li].map((corpus, i) => serve(corpus, ports[i]!));
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  await Promise.all(urls.map(waitFor));
  return {
    root,
    remote,
    wang: { corpus: wang, url: urls[0]! },
    li: { corpus: li, url: urls[1]! },
    stop: () => servers.forEach((server) => server.kill()),
  };
}

function serve(corpus: string, port: number): ChildProcess {
  return spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: { ...process.env, SHENJIAO_CORPUS: corpus, SHENJIAO_USERS: path.join(corpus, '..', 'no-users.json'), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(`${url}/api/sync`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not start`);
}
