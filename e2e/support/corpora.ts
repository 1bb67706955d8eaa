import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// SHENJIAO_E2E_PORT_BASE lets two checkouts run their end-to-end tests side by side.
const portBase = Number(process.env.SHENJIAO_E2E_PORT_BASE ?? 3100);
export const E2E_PORTS = {
  seeds: portBase,
  fixture: portBase + 1,
  signin: portBase + 2,
  loopbackCheck: portBase + 3,
  syncA: portBase + 4,
  syncB: portBase + 5,
  many: portBase + 6,
  // The search corpus has a server of its own (its two pairs would change the other corpora's counts).
  search: portBase + 7,
} as const;

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
  /** Two WMT22 news pairs (one original in Traditional script), for search and batch corrections. */
  search: string;
  /** 130 generated English reports: more than two pages of every table. */
  many: string;
}

/** How many articles the generated corpus holds, and the title of each (the tests compute pages from them). */
export const MANY_ARTICLES = 130;
const ANIMALS = ['Otter', 'badger', 'Crane', 'dolphin', 'Egret', 'falcon', 'Gecko', 'heron', 'Ibis', 'jackal', 'Kestrel', 'lemur', 'Marten'];
export const manyTitle = (i: number) => `${ANIMALS[(i * 7) % ANIMALS.length]} report ${i}`;

function writeManyCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < MANY_ARTICLES; i += 1) {
    const typo = i % 3 === 0 ? ' The survey endde on Monday.' : '';
    const body = `Rangers counted ${i + 12} animals near the river on Monday. The count was higher than last year.${typo}`;
    writeFileSync(`${dir}/report-${String(i).padStart(3, '0')}.txt`, `${manyTitle(i)}\n\n${body}\n`);
  }
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
  writeManyCorpus(corpora.many);
  cpSync(path.join('e2e', 'fixtures', 'search-corpus'), corpora.search, { recursive: true });
  process.env.SHENJIAO_E2E_ROOT = root;
  process.env.SHENJIAO_E2E_SEEDS = corpora.seeds;
  process.env.SHENJIAO_E2E_FIXTURE = corpora.fixture;
  process.env.SHENJIAO_E2E_SIGNIN = corpora.signin;
  process.env.SHENJIAO_E2E_MANY = corpora.many;
  process.env.SHENJIAO_E2E_SEARCH = corpora.search;
  return corpora;
}

function corporaIn(root: string): E2eCorpora {
  const at = (name: string) => path.join(root, name);
  return { seeds: at('seeds'), fixture: at('fixture'), signin: at('signin'), users: at('users.json'), noUsers: at('no-users.json'), many: at('many'), search: at('search') };
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
