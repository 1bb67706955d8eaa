// Listing speed and memory on a 10,000-article corpus made from the seeds.
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearCorpusCache, listArticles } from '../lib/corpus/corpus';

const ARTICLES = 10_000;

function makeCorpus(): string {
  const seedsDir = new URL('../corpus', import.meta.url).pathname;
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-bench-corpus-'));
  for (let i = 0; i < ARTICLES; i += 1) {
    const folder = path.join(dir, `batch-${String(Math.floor(i / 500)).padStart(2, '0')}`);
    if (i % 500 === 0) mkdirSync(folder);
    const seed = seeds[i % seeds.length]!;
    // Vary the headline, a number in the text and the length, so no two files are equal.
    const text = seed
      .replace(/\d+/, String(i % 1000))
      .replace(/^(.*)$/m, `$1 (${i})`)
      .slice(0, seed.length - (i % 97));
    writeFileSync(path.join(folder, `article-${i}.txt`), text);
  }
  return dir;
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(0);

export default async function run(): Promise<void> {
  const dir = makeCorpus();
  try {
    clearCorpusCache();
    let t = performance.now();
    const cpu = process.cpuUsage();
    const articles = await listArticles(dir);
    const cold = performance.now() - t;
    const coldCpu = process.cpuUsage(cpu);
    const memory = process.memoryUsage();
    t = performance.now();
    await listArticles(dir);
    const warm = performance.now() - t;
    const later = new Date(Date.now() + 10_000);
    const touchedFiles = articles.slice(0, 10).map((a) => a.file);
    for (const file of touchedFiles) utimesSync(path.join(dir, file), later, later);
    t = performance.now();
    const relisted = await listArticles(dir);
    const touched = performance.now() - t;
    const reread = relisted.filter((a, i) => a !== articles[i]).length;
    const failed = articles.filter((a) => a.error).length;
    const chinese = articles.filter((a) => a.lang === 'zh').length;
    console.log(`corpus listing: ${articles.length} articles (${chinese} Chinese, ${failed} unreadable)`);
    console.log(`  cold ${cold.toFixed(0)} ms (cpu ${((coldCpu.user + coldCpu.system) / 1000).toFixed(0)} ms; target < 3000) · unchanged ${warm.toFixed(0)} ms (target < 100) · 10 touched ${touched.toFixed(0)} ms (${reread} re-read)`);
    console.log(`  memory after listing: rss ${mb(memory.rss)} MB, heap used ${mb(memory.heapUsed)} MB (target < 500 MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
