import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// SHENJIAO_E2E_PORT_BASE lets two checkouts run their end-to-end tests side by side.
const portBase = Number(process.env.SHENJIAO_E2E_PORT_BASE ?? 3100);
export const E2E_PORTS = { seeds: portBase, fixture: portBase + 1, signin: portBase + 2, loopbackCheck: portBase + 3, syncA: portBase + 4, syncB: portBase + 5 } as const;

/** Who may sign in to the sign-in server, one of each role. */
export const E2E_USERS = {
  lead: { name: 'Lin Lead', password: 'lead password e2e' },
  reviewer: { name: 'Wang Fang', password: 'reviewer password e2e' },
  viewer: { name: 'Zhao Viewer', password: 'viewer password e2e' },
} as const;

export interface E2eCorpora {
  /** A copy of the bundled corpus: the five seed articles and the starter glossary. */
  seeds: string;
  /** The seeds plus a real zh/en pair, for pairing, alignment and review tests. */
  fixture: string;
  /** The fixture again, for the server that requires sign-in. */
  signin: string;
  /** The users file of that server (outside its corpus). */
  users: string;
  /** A path where no file is: the other servers have no users file, whatever the home folder holds. */
  noUsers: string;
}

/**
 * Copies the corpora the servers under test use into a temporary folder, once per run:
 * tests write reviews and decisions there and never into corpus/.
 */
export function prepareE2eCorpora(): E2eCorpora {
  const existing = process.env.SHENJIAO_E2E_ROOT;
  if (existing) return corporaIn(existing);
  const root = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-e2e-'));
  const corpora = corporaIn(root);
  cpSync('corpus', corpora.seeds, { recursive: true });
  cpSync('corpus', corpora.fixture, { recursive: true });
  const extra = path.join('e2e', 'fixtures', 'corpus');
  for (const name of safeList(extra)) cpSync(path.join(extra, name), path.join(corpora.fixture, name), { recursive: true });
  cpSync(corpora.fixture, corpora.signin, { recursive: true });
  for (const [role, user] of Object.entries(E2E_USERS)) addUser(corpora.users, user.name, role, user.password);
  process.env.SHENJIAO_E2E_ROOT = root;
  process.env.SHENJIAO_E2E_SEEDS = corpora.seeds;
  process.env.SHENJIAO_E2E_FIXTURE = corpora.fixture;
  process.env.SHENJIAO_E2E_SIGNIN = corpora.signin;
  return corpora;
}

function corporaIn(root: string): E2eCorpora {
  const at = (name: string) => path.join(root, name);
  return { seeds: at('seeds'), fixture: at('fixture'), signin: at('signin'), users: at('users.json'), noUsers: at('no-users.json') };
}

/** Through the real command line, as an administrator would. */
function addUser(file: string, name: string, role: string, password: string): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'user', 'add', name, '--role', role, '--users', file], { input: `${password}\n`, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`could not add the e2e user ${name}: ${result.stderr}`);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
