// Sync through git: a 10,000-article corpus with 1,000 changed review files on each side
// (200 of them changed on both, 50 on the same row), and the merge driver on a 500-row file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReviewFile, StoredRow } from '../lib/review/types';
import { stableJson } from '../lib/storage/stable-json';
import { mergeDriverCommand } from '../lib/sync/merge-driver';
import { mergeShenjiaoFile } from '../lib/sync/shenjiao-files';
import { syncCorpus } from '../lib/sync/sync';

const ARTICLES = 10_000;
const REVIEWED = 3_000;
const CHANGED = 1_000;
const BOTH = 200;
const SAME_ROW = 50;
const PROJECT = path.resolve(new URL('..', import.meta.url).pathname);

function storedRow(i: number, text: string, reviewer: string, revision: number): StoredRow {
  const mt = `The meeting number ${i} studied the work of the city.`;
  const history = Array.from({ length: revision }, (_, k) => ({ revision: k + 1, text: k + 1 === revision ? text : `${mt} (v${k + 1})`, state: 'edited' as const, reviewer, at: `2026-03-01T10:${String(k).padStart(2, '0')}:00.000Z` }));
  return { mt, text, state: 'edited', revision, reviewer, updatedAt: history.at(-1)?.at ?? null, history, dismissals: [], annotations: [], stale: null, conflict: null };
}

function reviewFile(article: string, rows: number, edit?: { row: number; text: string; reviewer: string }): ReviewFile {
  const stored: Record<string, StoredRow> = {};
  for (let r = 0; r < rows; r += 1) {
    const key = `s${r * 60}-${r * 60 + 52}`;
    stored[key] = edit?.row === r ? storedRow(r, edit.text, edit.reviewer, 2) : storedRow(r, `Corrected sentence ${r}.`, 'Wang', 1);
  }
  return { schema: 1, article, zhArticle: null, state: 'in-review', stateBy: null, stateAt: null, rows: stored, rowCount: rows, alignment: null };
}

function makeCorpus(dir: string) {
  const seedsDir = path.join(PROJECT, 'corpus');
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
  mkdirSync(path.join(dir, '_shenjiao', 'reviews'), { recursive: true });
  for (let i = 0; i < ARTICLES; i += 1) {
    const folder = path.join(dir, `batch-${String(Math.floor(i / 500)).padStart(2, '0')}`);
    if (i % 500 === 0) mkdirSync(folder);
    writeFileSync(path.join(folder, `article-${i}.txt`), seeds[i % seeds.length]!.replace(/^(.*)$/m, `$1 (${i})`));
    if (i < REVIEWED) writeReview(dir, i);
  }
}

const reviewName = (i: number) => `batch-${String(Math.floor(i / 500)).padStart(2, '0')}~article-${i}`;
function writeReview(dir: string, i: number, edit?: { row: number; text: string; reviewer: string }) {
  writeFileSync(path.join(dir, '_shenjiao', 'reviews', `${reviewName(i)}.json`), stableJson(reviewFile(reviewName(i), 20, edit)));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const result = await work();
  return [result, performance.now() - t];
}

async function benchSync() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-bench-sync-'));
  try {
    const remote = path.join(root, 'shared.git');
    const wang = path.join(root, 'wang');
    const li = path.join(root, 'li');
    execFileSync('git', ['init', '--quiet', '--bare', remote]);
    mkdirSync(wang);
    makeCorpus(wang);
    const driverCommand = mergeDriverCommand(PROJECT);
    const [first, initial] = await timed(() => syncCorpus(wang, { reviewer: 'Wang', driverCommand, initRemote: remote }));
    execFileSync('git', ['clone', '--quiet', remote, li], { stdio: 'ignore' }); // warns that the remote's HEAD names no branch yet
    const [, joined] = await timed(() => syncCorpus(li, { reviewer: 'Li', driverCommand }));
    console.log(`sync: first sync of ${ARTICLES.toLocaleString('en')} articles and ${REVIEWED.toLocaleString('en')} reviews (${first.committed} files) ${seconds(initial)}; a fresh clone's first sync ${seconds(joined)}`);

    // Wang changes reviews 0–999 (row 3); Li changes 800–1799: 800–849 on the same row, 850–999 on another.
    for (let i = 0; i < CHANGED; i += 1) writeReview(wang, i, { row: 3, text: `Wang's sentence ${i}.`, reviewer: 'Wang' });
    for (let i = CHANGED - BOTH; i < 2 * CHANGED - BOTH; i += 1) {
      const sameRow = i < CHANGED - BOTH + SAME_ROW;
      writeReview(li, i, { row: sameRow ? 3 : 7, text: `Li's sentence ${i}.`, reviewer: 'Li' });
    }
    const [sent, wangTime] = await timed(() => syncCorpus(wang, { reviewer: 'Wang', driverCommand }));
    const [merged, liTime] = await timed(() => syncCorpus(li, { reviewer: 'Li', driverCommand }));
    const [back, backTime] = await timed(() => syncCorpus(wang, { reviewer: 'Wang', driverCommand }));
    console.log(`  Wang sends ${sent.committed} changed reviews: ${seconds(wangTime)}`);
    console.log(`  Li commits ${merged.committed}, merges ${merged.merged} files (${BOTH} changed on both sides), pushes: ${seconds(liTime)} (target < 10 s); ${merged.conflicts.length} conflicts (expected ${SAME_ROW})`);
    console.log(`  Wang receives ${back.merged} files: ${seconds(backTime)}; ${back.conflicts.length} open conflicts on his side too`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function benchDriver() {
  const rows = 500;
  const base = stableJson(reviewFile('article', rows));
  const oursFile = reviewFile('article', rows);
  const theirsFile = reviewFile('article', rows);
  for (let r = 0; r < rows; r += 5) oursFile.rows[`s${r * 60}-${r * 60 + 52}`] = storedRow(r, `Ours ${r}.`, 'Wang', 2);
  for (let r = 2; r < rows; r += 5) theirsFile.rows[`s${r * 60}-${r * 60 + 52}`] = storedRow(r, `Theirs ${r}.`, 'Li', 2);
  for (let r = 0; r < rows; r += 50) theirsFile.rows[`s${r * 60}-${r * 60 + 52}`] = storedRow(r, `Theirs too ${r}.`, 'Li', 2);
  const [ours, theirs] = [stableJson(oursFile), stableJson(theirsFile)];
  const times: number[] = [];
  const cpu: number[] = [];
  let conflicts = 0;
  for (let run = 0; run < 21; run += 1) {
    const t = performance.now();
    const c = process.cpuUsage();
    conflicts = mergeShenjiaoFile('_shenjiao/reviews/article.json', base, ours, theirs).conflicts.length;
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    times.push(performance.now() - t);
  }
  const first = times[0]!;
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const kb = (Buffer.byteLength(ours) / 1024).toFixed(0);
  console.log(`merge driver: ${rows}-row review file (${kb} KB), 200 rows changed, ${conflicts} in conflict: median ${times[10]!.toFixed(1)} ms wall, ${cpu[10]!.toFixed(1)} ms CPU (the machine is shared); first call ${first.toFixed(1)} ms (target < 50 ms)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-bench-driver-'));
  try {
    const files = ['base', 'ours', 'theirs'].map((n) => path.join(dir, n));
    [base, ours, theirs].forEach((text, i) => writeFileSync(files[i]!, text));
    const t = performance.now();
    execFileSync(process.execPath, [path.join(PROJECT, 'node_modules/tsx/dist/cli.mjs'), path.join(PROJECT, 'cli/main.ts'), 'merge-driver', ...files, '_shenjiao/reviews/article.json'], { stdio: 'ignore' });
    console.log(`  as git runs it (a process with tsx): ${(performance.now() - t).toFixed(0)} ms wall, start-up included; sync merges in process instead`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  benchDriver();
  if (!process.env.SHENJIAO_BENCH_DRIVER_ONLY) await benchSync();
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
