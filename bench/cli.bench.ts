// The command line as pipelines use it (issue 12), on 1,000 paired news articles made from
// WMT22 (bench/news-corpus.ts): output through a pipe against a file, cold starts of
// one-article commands, whole-corpus commands, and their memory. Every figure is a real
// `shenjiao` process (cli/bin.mjs). Wall-clock times depend on what else the machine runs;
// CPU times (user + system) are printed beside them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNewsCorpus } from './news-corpus';

const BIN = fileURLToPath(new URL('../cli/bin.mjs', import.meta.url));
const SEEDS = fileURLToPath(new URL('../corpus', import.meta.url));
const TIME = '/usr/bin/time';

interface Run {
  status: number | null;
  stdout: Buffer;
  seconds: number;
  cpuSeconds: number | null;
  maxRssMb: number | null;
}

let env: NodeJS.ProcessEnv = process.env;

/** One CLI process, its stdout a pipe this process reads (or a file); GNU time for CPU and memory when installed. */
function cli(args: string[], stdoutFile?: string): Run {
  const measured = existsSync(TIME);
  const command = measured ? TIME : process.execPath;
  const argv = measured ? ['-f', '\n%U %S %M', process.execPath, BIN, ...args] : [BIN, ...args];
  const fd = stdoutFile ? openSync(stdoutFile, 'w') : null;
  const started = performance.now();
  const result = spawnSync(command, argv, { env, stdio: ['ignore', fd ?? 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (fd !== null) closeSync(fd);
  const [user, system, rss] = measured ? result.stderr.toString().trim().split('\n').at(-1)!.split(' ').map(Number) : [];
  return {
    status: result.status,
    stdout: result.stdout ?? Buffer.alloc(0),
    seconds,
    cpuSeconds: user === undefined ? null : user + system!,
    maxRssMb: rss === undefined ? null : rss / 1024,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpu = (r: Run) => (r.cpuSeconds === null ? '' : `, CPU ${r.cpuSeconds.toFixed(2)} s`);
const rss = (r: Run) => (r.maxRssMb === null ? '' : `, peak RSS ${r.maxRssMb.toFixed(0)} MB`);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The median of three fresh processes. */
function coldStart(label: string, args: string[], target: number): void {
  const runs = [0, 1, 2].map(() => cli(args));
  if (runs.some((r) => r.status !== 0)) throw new Error(`${label}: exit ${runs.map((r) => r.status).join(',')}`);
  const wall = median(runs.map((r) => r.seconds));
  const used = runs.every((r) => r.cpuSeconds !== null) ? `, CPU ${median(runs.map((r) => r.cpuSeconds!)).toFixed(2)} s` : '';
  console.log(`cli: ${label}: ${wall.toFixed(2)} s${used} (median of 3; target < ${target} s)`);
}

function wholeCorpus(label: string, args: string[], target: number | null): Run {
  const run = cli(args);
  if (run.status !== 0 && run.status !== 1) throw new Error(`${label}: exit ${run.status}`);
  const lines = run.stdout.toString('utf8').trimEnd().split('\n').length;
  console.log(`cli: ${label}: ${run.seconds.toFixed(1)} s${cpu(run)}${rss(run)}, ${lines} lines, ${(run.stdout.length / 1e6).toFixed(1)} MB${target ? ` (target < ${target} s)` : ''}`);
  return run;
}

/** Empties the corpus index's cache of everything but the pairing (per-article rows and findings). */
function forgetAllButPairing(corpus: string): void {
  const cache = path.join(corpus, '_shenjiao', 'cache');
  for (const name of readdirSync(cache)) if (name !== 'pairing') rmSync(path.join(cache, name), { recursive: true, force: true });
}

export default async function run(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-bench-cli-'));
  try {
    const news = path.join(tmp, 'news-1000');
    const pairs = buildNewsCorpus(news, 1000);
    const small = path.join(tmp, 'news-250');
    buildNewsCorpus(small, 250);
    const cacheDir = path.join(tmp, 'dictionary-cache');
    env = { ...process.env, SHENJIAO_CACHE_DIR: cacheDir };
    const zhFile = path.join(news, 'zh', '0001.txt');
    const enFile = path.join(news, 'en', '0001.txt');

    const build = cli(['qa', zhFile, enFile, '--corpus', SEEDS, '--json']);
    console.log(`cli: dictionary cache built on first use in ${build.seconds.toFixed(2)} s${cpu(build)} (once per install; then read)`);

    coldStart('qa <zh file> <en file>, one news pair, cold', ['qa', zhFile, enFile, '--corpus', SEEDS, '--json'], 1.5);
    coldStart(`qa ${pairs[1]!.zh} ${pairs[1]!.en} in the 2,000-article corpus, cold`, ['qa', pairs[1]!.zh, pairs[1]!.en, '--corpus', news, '--json'], 1.5);
    coldStart('show <id> (seed corpus), cold', ['show', '004_179a9739007a0764', '--corpus', SEEDS, '--json'], 0.8);
    coldStart('show <id> in the 2,000-article corpus, cold', ['show', pairs[1]!.en, '--corpus', news, '--json'], 0.8);

    const qaCold = wholeCorpus(`qa --all --jsonl, 1,000 pairs, nothing cached (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores)`, ['qa', '--all', '--jsonl', '--corpus', news], 60);
    const qaWarm = wholeCorpus('qa --all --jsonl again, corpus unchanged', ['qa', '--all', '--jsonl', '--corpus', news], null);
    console.log(`cli: the second qa --all prints the same bytes: ${qaWarm.stdout.equals(qaCold.stdout) ? 'yes' : 'NO'}`);
    const findings = qaCold.stdout.toString('utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { findings: { severity: string }[] }).findings);
    const major = findings.filter((f) => f.some((x) => x.severity === 'major')).length;
    console.log(`cli: qa --all found ${findings.flat().length} findings; ${major} of ${findings.length} articles have a major one`);
    const aligned = wholeCorpus('align --all --jsonl, 1,000 pairs', ['align', '--all', '--jsonl', '--corpus', news], 60);

    // Memory: the same run over a quarter of the corpus. Pairing is cached by now in both
    // (a corpus-wide step, not the streaming part); rows and findings are recomputed.
    // One thread, so the figures compare; `list` shows what holding the corpus's articles costs.
    cli(['qa', '--all', '--jsonl', '--corpus', small]);
    for (const dir of [small, news]) forgetAllButPairing(dir);
    env = { ...env, SHENJIAO_THREADS: '1' };
    const [quarter, whole] = [small, news].map((dir) => cli(['qa', '--all', '--jsonl', '--corpus', dir]));
    const [listQuarter, listWhole] = [small, news].map((dir) => cli(['list', '--corpus', dir]));
    if ([quarter, whole, listQuarter, listWhole].every((r) => r.maxRssMb !== null)) {
      const mb = (r: Run) => `${r.maxRssMb!.toFixed(0)} MB`;
      console.log(`cli: qa --all peak RSS (one thread, pairing cached): 250 pairs ${mb(quarter)}, 1,000 pairs ${mb(whole)}; list alone: ${mb(listQuarter)}, ${mb(listWhole)} (the rest flat: lines streamed, not collected)`);
    }

    // The same loop in a process of its own with the garbage collector at hand: live heap
    // as articles are done. What stays per article is the review's alignment memo.
    forgetAllButPairing(news);
    const heap = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--heap', news], { env, encoding: 'utf8' });
    console.log(`cli: qa --all live heap after GC, every 250 articles: ${heap.stdout.trim()} (streamed: a few KB per article stay)`);

    // Through a pipe and into a file: the ~10 MB of align --all.
    const file = path.join(tmp, 'align.jsonl');
    cli(['align', '--all', '--jsonl', '--corpus', news], file);
    const inFile = readFileSync(file);
    const same = inFile.equals(aligned.stdout);
    console.log(`cli: align --all through a pipe ${aligned.stdout.length} bytes (sha256 ${sha(aligned.stdout)}), into a file ${inFile.length} bytes (${sha(inFile)}): ${same ? 'identical' : 'DIFFERENT'} (target: identical, 10 MB)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `--heap DIR`: qa --all's loop, printing the live heap every 250 articles. */
async function heapCurve(corpus: string): Promise<void> {
  const { articleFindings, englishArticles } = await import('../cli/corpus-work');
  const gc = (globalThis as { gc?: () => void }).gc!;
  const live = () => (gc(), `${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  const figures: string[] = [];
  const articles = await englishArticles(corpus);
  for (const [i, { en }] of articles.entries()) {
    await articleFindings(corpus, en.id);
    if ((i + 1) % 250 === 0) figures.push(live());
  }
  console.log(figures.join(', '));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--heap') await heapCurve(process.argv[3]!);
  else await run();
}
