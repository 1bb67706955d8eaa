// The curve: a newsroom corpus of 1,000 / 10,000 (/ 100,000) articles (bench/scale-corpus.ts,
// from ../shared/data) served by the production build, measured from outside as a reviewer
// meets it: first page after start, index from cold, pages' bytes and warm times, the QA
// job, one changed article, a restart on a warm cache, and the server's memory.
//
// Sizes: SHENJIAO_SCALE_SIZES=1000,10000,100000 (default 1000,10000: the largest takes the
// better part of an hour on two cores). Needs `next build` first. Corpora are built in the
// temp folder and removed afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildScaleCorpus } from './scale-corpus';

const ROOT = new URL('..', import.meta.url).pathname;
const PORT = Number(process.env.SHENJIAO_BENCH_PORT ?? Number(process.env.SHENJIAO_E2E_PORT_BASE ?? 3100) + 5);
const BASE = `http://127.0.0.1:${PORT}`;
const SIZES = (process.env.SHENJIAO_SCALE_SIZES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const INDEX_TIMEOUT_MS = Number(process.env.SHENJIAO_SCALE_TIMEOUT_S ?? 3600) * 1000;
const TICKS = 100; // clock ticks per second in /proc/<pid>/stat

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

interface Status {
  phase: string;
  done: number;
  total: number;
}

function startServer(corpus: string): { child: ChildProcess; started: number } {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, SHENJIAO_CORPUS: corpus, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { child, started: performance.now() };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** The server's resident memory and CPU seconds so far, from /proc. */
function usage(pid: number): { rssMb: number; cpuS: number } {
  try {
    const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { rssMb: rss ? Number(rss[1]) / 1024 : 0, cpuS: (Number(fields[11]) + Number(fields[12])) / TICKS };
  } catch {
    return { rssMb: 0, cpuS: 0 };
  }
}

async function get(url: string): Promise<{ ms: number; bytes: number; status: number; body: string }> {
  const t = performance.now();
  const response = await fetch(BASE + url);
  const body = await response.text();
  return { ms: performance.now() - t, bytes: Buffer.byteLength(body), status: response.status, body };
}

/** Time from start to the first answered page, and how long that request took. */
async function firstPage(started: number): Promise<{ sinceStart: number; request: number }> {
  for (;;) {
    try {
      const page = await get('/');
      if (page.status === 200) return { sinceStart: performance.now() - started, request: page.ms };
    } catch {
      await sleep(25);
    }
  }
}

/**
 * A JSON answer, tried again on a reset connection: while the server runs a long piece of
 * synchronous work (pairing ten thousand articles), a kept-alive socket can be closed under
 * the next request.
 */
async function json<T>(url: string, init?: RequestInit): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await (await fetch(BASE + url, init)).json()) as T;
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(200);
    }
  }
}

const status = () => json<Status>('/api/index/status');

/** Polls the index until ready; returns when each phase was first seen (ms since `since`) and peak memory. */
async function untilReady(pid: number, since: number, poll = 200) {
  const phases: Record<string, number> = {};
  let peak = 0;
  for (;;) {
    const now = await status();
    phases[now.phase] ??= performance.now() - since;
    peak = Math.max(peak, usage(pid).rssMb);
    if (now.phase === 'ready') return { ms: performance.now() - since, phases, peak };
    if (now.phase === 'failed') throw new Error('indexing failed');
    if (performance.now() - since > INDEX_TIMEOUT_MS) throw new Error(`not indexed after ${INDEX_TIMEOUT_MS / 1000} s (${now.phase} ${now.done}/${now.total})`);
    await sleep(poll);
  }
}

const PHASES = ['listing', 'pairing', 'reviews', 'glossary', 'qa', 'ready'] as const;

/** How long each phase lasted, from when each was first seen (a phase too short to be seen lasted 0). */
function phaseTimes(seen: Record<string, number>): Record<(typeof PHASES)[number], number> {
  const out = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<(typeof PHASES)[number], number>;
  PHASES.forEach((phase, i) => {
    if (seen[phase] === undefined) return;
    const next = PHASES.slice(i + 1).find((p) => seen[p] !== undefined);
    out[phase] = next ? seen[next]! - seen[phase]! : 0;
  });
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function warmPage(url: string) {
  const runs = [];
  for (let i = 0; i < 3; i += 1) runs.push(await get(url));
  return { url, ms: median(runs.map((r) => r.ms)), bytes: runs[0]!.bytes, status: runs[0]!.status };
}

async function qaRun(): Promise<number> {
  const t = performance.now();
  await json('/api/qa/run', { method: 'POST' });
  for (;;) {
    const run = await json<{ finishedAt: string | null; done: number; total: number }>('/api/qa/run');
    if (run.finishedAt && run.done === run.total) return performance.now() - t;
    await sleep(50);
  }
}

function firstEnglishFile(dir: string): string {
  const edition = path.join(dir, readdirSync(dir).filter((d) => d.startsWith('edition')).sort()[0]!);
  const doc = path.join(edition, readdirSync(edition).sort()[0]!);
  return path.join(doc, 'Online-A.txt');
}

async function measure(size: number): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `shenjiao-scale-${size}-`));
  let server: ChildProcess | null = null;
  try {
    let t = performance.now();
    const info = buildScaleCorpus(size, dir);
    console.log(`\n${info.articles.toLocaleString('en')} articles (${info.originals.toLocaleString('en')} originals with their MT versions, ${info.editions} editions), written in ${s(performance.now() - t)}`);

    const cold = startServer(dir);
    server = cold.child;
    const first = await firstPage(cold.started);
    console.log(`  first page after start (cold, empty cache): ${s(first.sinceStart)} from spawn, the request itself ${s(first.request)} (target < 2 s)`);
    const indexed = await untilReady(server.pid!, cold.started);
    const took = phaseTimes(indexed.phases);
    const cpu = usage(server.pid!).cpuS;
    console.log(`  index from cold: ${s(indexed.ms)} (server cpu ${cpu.toFixed(1)} s; target < 60 s) · listing ${s(took.listing)} · pairing ${s(took.pairing)} · reviews and glossary use ${s(took.reviews + took.glossary)} · QA over all ${s(took.qa)} (target < 60 s)`);
    const during = await get('/api/pairs/list?view=pairs');
    const pairs = JSON.parse(during.body) as { counts: { pairs: number; zh: number; en: number } };
    console.log(`  pairs: ${pairs.counts.pairs.toLocaleString('en')} · originals unpaired ${pairs.counts.zh.toLocaleString('en')} · English unpaired ${pairs.counts.en.toLocaleString('en')}`);

    const review = JSON.parse((await get('/api/pairs/list?view=pairs')).body) as { rows: { en: { id: string } | null }[] };
    const reviewed = review.rows[0]?.en?.id;
    const pages = [];
    for (const url of [...(reviewed ? [`/articles/${encodeURIComponent(reviewed)}/review`] : []), '/', '/?sort=title&dir=desc&page=2', '/pairs', '/pairs?view=en', '/glossary', '/qa', '/api/articles?page=3&sort=date', '/api/qa/findings?check=spelling&page=2']) pages.push(await warmPage(url));
    for (const page of pages) console.log(`  warm ${page.url.padEnd(40)} ${String(Math.round(page.ms)).padStart(5)} ms ${kb(page.bytes).padStart(7)} (HTTP ${page.status}; targets < 500 ms, < 300 KB)`);

    console.log(`  QA over all, nothing changed: ${s(await qaRun())} (target < 5 s)`);

    const file = firstEnglishFile(dir);
    const id = path.relative(dir, file).replace(/\.txt$/, '').split(path.sep).join('~');
    const misspelt = async () => (await json<{ total: number }>(`/api/qa/findings?check=spelling&article=${encodeURIComponent(id)}`)).total;
    const before = await misspelt();
    t = performance.now();
    appendFileSync(file, '\nThe report was updatd on the same day.\n');
    while ((await misspelt()) <= before) await sleep(50);
    const seen = performance.now() - t;
    await sleep(400); // the watcher's debounce is 80 ms: make sure the run it starts is the one awaited
    const changed = await untilReady(server.pid!, t, 50);
    console.log(`  one article changed: its QA counts current ${s(seen)} after the write (incl. the 80 ms debounce; target < 1 s), whole index up to date after ${s(changed.ms)}`);
    const rss = usage(server.pid!).rssMb;
    console.log(`  server memory: peak ${indexed.peak.toFixed(0)} MB while indexing, ${rss.toFixed(0)} MB after (target < 600 MB)`);
    await stopServer(server);

    const warm = startServer(dir);
    server = warm.child;
    const again = await firstPage(warm.started);
    const reindexed = await untilReady(server.pid!, warm.started);
    console.log(`  restart on the warm cache: first page ${s(again.sinceStart)} from spawn (request ${s(again.request)}), index up to date after ${s(reindexed.ms)} (cpu ${usage(server.pid!).cpuS.toFixed(1)} s)`);
  } finally {
    if (server) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    console.log('scale: no production build; run `next build` first.');
    return;
  }
  console.log(`scale: sizes ${SIZES.join(', ')} on ${os.cpus().length} cores (load ${os.loadavg()[0]!.toFixed(1)}), server on port ${PORT}`);
  for (const size of SIZES) await measure(size);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
