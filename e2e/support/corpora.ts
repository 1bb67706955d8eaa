import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// SHENJIAO_E2E_PORT_BASE lets two checkouts run their end-to-end tests side by side.
const portBase = Number(process.env.SHENJIAO_E2E_PORT_BASE ?? 3100);
export const E2E_PORTS = { seeds: portBase, fixture: portBase + 1, many: portBase + 2 } as const;

export interface E2eCorpora {
  /** A copy of the bundled corpus: the five seed articles and the starter glossary. */
  seeds: string;
  /** The seeds plus a real zh/en pair, for pairing, alignment and review tests. */
  fixture: string;
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
  const existing = process.env.SHENJIAO_E2E_SEEDS;
  if (existing && process.env.SHENJIAO_E2E_FIXTURE && process.env.SHENJIAO_E2E_MANY) {
    return { seeds: existing, fixture: process.env.SHENJIAO_E2E_FIXTURE, many: process.env.SHENJIAO_E2E_MANY };
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-e2e-'));
  const seeds = path.join(root, 'seeds');
  const fixture = path.join(root, 'fixture');
  cpSync('corpus', seeds, { recursive: true });
  cpSync('corpus', fixture, { recursive: true });
  const extra = path.join('e2e', 'fixtures', 'corpus');
  for (const name of safeList(extra)) cpSync(path.join(extra, name), path.join(fixture, name), { recursive: true });
  const many = path.join(root, 'many');
  writeManyCorpus(many);
  process.env.SHENJIAO_E2E_SEEDS = seeds;
  process.env.SHENJIAO_E2E_FIXTURE = fixture;
  process.env.SHENJIAO_E2E_MANY = many;
  return { seeds, fixture, many };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
