import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI run as a pipeline runs it: stdout and stderr are pipes this process reads as the
 * data comes (not files, where writes are synchronous and nothing is ever cut off).
 */
export function shenjiao(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

const TED = 'test/fixtures/ted';
const tedPairs = () => (JSON.parse(readFileSync(path.join(TED, 'gold.json'), 'utf8')) as { pairs: { zh: string; en: string }[] }).pairs;

/** Writes an article file: headline, date line, paragraphs. */
function article(dir: string, file: string, headline: string, paragraphs: string[]) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), `${headline}\n\n2022-07-01\n\n${paragraphs.join('\n\n')}\n`);
}

/** Constructed pairs with known findings: a major one (a number changed) and a minor one (a doubled word). */
const CONSTRUCTED = {
  major: { zh: ['全年投资计划', ['全年投资30亿元。', '他说，计划已经完成。']], en: ['Annual investment plan', ['The annual investment is 3 million yuan.', 'He said the plan has been completed.']] },
  minor: { zh: ['会议讲话', ['他说了一句话。']], en: ['A speech at the meeting', ['He said said a word.']] },
} as const;

export type CorpusPart = 'seeds' | 'ted' | 'clean ted' | 'major' | 'minor';

/**
 * A temporary corpus of the parts asked for: the five seeds (with the starter glossary),
 * the first three TED pairs of the fixtures or only the one whose MT has no finding, and
 * constructed pairs. Constructed and TED pairs are confirmed in pairs.json, as a team
 * confirms the pairs it reviews, so the test does not hang on automatic pairing.
 */
export function tempCorpus(parts: CorpusPart[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-cli-corpus-'));
  const decisions: { zh: string; en: string }[] = [];
  if (parts.includes('seeds')) {
    cpSync('corpus', dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}reviews`) && !source.includes(`${path.sep}cache`) });
  }
  const ted = parts.includes('ted') ? tedPairs().slice(0, 3) : parts.includes('clean ted') ? tedPairs().slice(2, 3) : [];
  for (const pair of ted) {
    for (const file of [pair.zh, pair.en]) {
      mkdirSync(path.join(dir, 'ted', path.dirname(file)), { recursive: true });
      copyFileSync(path.join(TED, file), path.join(dir, 'ted', file));
    }
    decisions.push({ zh: `ted~${pair.zh.replace(/\.txt$/, '').replace('/', '~')}`, en: `ted~${pair.en.replace(/\.txt$/, '').replace('/', '~')}` });
  }
  for (const kind of ['major', 'minor'] as const) {
    if (!parts.includes(kind)) continue;
    const { zh, en } = CONSTRUCTED[kind];
    article(dir, `made/${kind}.zh.txt`, zh[0], [...zh[1]]);
    article(dir, `made/${kind}.en.txt`, en[0], [...en[1]]);
    decisions.push({ zh: `made~${kind}.zh`, en: `made~${kind}.en` });
  }
  mkdirSync(path.join(dir, '_shenjiao'), { recursive: true });
  const file = { schema: 1, decisions: decisions.map((d) => ({ ...d, decision: 'confirmed', reviewer: 'test', at: '2022-07-01T00:00:00.000Z' })), active: {} };
  writeFileSync(path.join(dir, '_shenjiao', 'pairs.json'), `${JSON.stringify(file, null, 2)}\n`);
  return dir;
}
