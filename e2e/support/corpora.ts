import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// SHENJIAO_E2E_PORT_BASE lets two checkouts run their end-to-end tests side by side.
const portBase = Number(process.env.SHENJIAO_E2E_PORT_BASE ?? 3100);
export const E2E_PORTS = { seeds: portBase, fixture: portBase + 1, spare: portBase + 2 } as const;

export interface E2eCorpora {
  /** A copy of the bundled corpus: the five seed articles and the starter glossary. */
  seeds: string;
  /** The seeds plus a real zh/en pair, for pairing, alignment and review tests. */
  fixture: string;
  /** Two WMT22 news pairs (one original in Traditional script), for search and batch corrections. */
  search: string;
}

/**
 * Copies the corpora the servers under test use into a temporary folder, once per run:
 * tests write reviews and decisions there and never into corpus/.
 */
export function prepareE2eCorpora(): E2eCorpora {
  const existing = process.env.SHENJIAO_E2E_SEEDS;
  if (existing && process.env.SHENJIAO_E2E_FIXTURE && process.env.SHENJIAO_E2E_SEARCH) {
    return { seeds: existing, fixture: process.env.SHENJIAO_E2E_FIXTURE, search: process.env.SHENJIAO_E2E_SEARCH };
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-e2e-'));
  const seeds = path.join(root, 'seeds');
  const fixture = path.join(root, 'fixture');
  cpSync('corpus', seeds, { recursive: true });
  cpSync('corpus', fixture, { recursive: true });
  const extra = path.join('e2e', 'fixtures', 'corpus');
  for (const name of safeList(extra)) cpSync(path.join(extra, name), path.join(fixture, name), { recursive: true });
  process.env.SHENJIAO_E2E_SEEDS = seeds;
  const search = path.join(root, 'search');
  cpSync(path.join('e2e', 'fixtures', 'search-corpus'), search, { recursive: true });
  process.env.SHENJIAO_E2E_FIXTURE = fixture;
  process.env.SHENJIAO_E2E_SEARCH = search;
  return { seeds, fixture, search };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
