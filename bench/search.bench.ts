// Concordance search and batch corrections at scale: 5,000 WMT22 pairs (10,000 articles,
// ~200,000 aligned rows). Index build (cold through lib/index, then from its cache as after a
// restart), memory, query times after indexing, a save followed, and a batch of 5,000
// corrections across 1,000 articles applied and undone, with every row counted on disk.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reviewPath } from '../lib/review/store';
import { applyBatch, undoBatch } from '../lib/search/batch/apply';
import { change } from '../lib/search/batch/plan';
import type { PlannedChange } from '../lib/search/batch/types';
import { saveReviewRow } from '../lib/review/service';
import { concordanceRows, refreshConcordance } from '../lib/search/concordance';
import { searchCorpus } from '../lib/search/service';
import type { ConcordanceRow } from '../lib/search/rows';
import { makeSearchCorpus } from './search-corpus';

const PAIRS = Number(process.env.SHENJIAO_BENCH_SEARCH_PAIRS ?? 5000);
const ROWS_PER_PAIR = 40;
const seconds = (ms: number) => (ms / 1000).toFixed(1);


export default async function run(): Promise<void> {
  const started = performance.now();
  // SHENJIAO_BENCH_SEARCH_KEEP=1 leaves the corpus (and its index) in /tmp for another look.
  const keep = process.env.SHENJIAO_BENCH_SEARCH_KEEP === '1';
  const { dir } = makeSearchCorpus(PAIRS, ROWS_PER_PAIR);
  console.log(`search: corpus of ${PAIRS * 2} articles made in ${seconds(performance.now() - started)} s${keep ? ` in ${dir}` : ''}`);
  try {
    let t = performance.now();
    let last = 0;
    const cold = await refreshConcordance(dir, (p) => {
      if (p.done - last >= 1000) console.log(`  indexing ${p.done} of ${p.total} (${seconds(performance.now() - t)} s)`), (last = p.done);
    });
    const coldMs = performance.now() - t;
    const rows = [...concordanceRows(cold)];
    console.log(`search: cold index (listing, pairing, alignment and QA per article through lib/index, then the concordance): ${seconds(coldMs)} s for ${cold.order.length} English articles, ${rows.length} rows (${rows.filter((r) => r.zh).length} with Chinese)`);

    // As after a restart: a fresh process, nothing in memory, lib/index's cache files on disk.
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./search-queries.ts', import.meta.url)), dir], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`search queries exited with ${child.status ?? child.signal}`);

    const target = rows.find((r) => r.zh && r.text.length > 20)!;
    await saveReviewRow(dir, target.article, target.row, { text: 'Zebra crossings were painted in Qinghai.', baseRevision: target.revision, reviewer: 'bench' });
    t = performance.now();
    const followed = await searchCorpus(dir, { pattern: 'zebra crossings', side: 'en' });
    console.log(`search: a save is found by the next search: ${followed.rowCount === 1 ? 'yes' : 'NO'} (${(performance.now() - t).toFixed(0)} ms, its article re-read)`);

    await batchBenchmark(dir, [...concordanceRows(await refreshConcordance(dir))]);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** 5 rows in each of 1,000 articles, each a correction; then every row is read back from disk. */
async function batchBenchmark(dir: string, rows: ConcordanceRow[]): Promise<void> {
  const byArticle = new Map<string, ConcordanceRow[]>();
  for (const row of rows) if (row.text.length > 10) byArticle.set(row.article, [...(byArticle.get(row.article) ?? []), row]);
  const changes: PlannedChange[] = [...byArticle.values()]
    .slice(0, 1000)
    .flatMap((list) => list.slice(0, 5))
    .map((row) => change(row, `${row.text} [checked]`));
  const articles = new Set(changes.map((c) => c.article)).size;
  const source = { kind: 'search' as const, pattern: '$', replacement: ' [checked]', side: 'en' as const, regex: true, wholeWord: false, caseSensitive: false };
  let t = performance.now();
  const record = await applyBatch(dir, { source, reviewer: 'bench', changes });
  const applyMs = performance.now() - t;
  const onDisk = countOnDisk(dir, changes, (c) => c.after, 1);
  console.log(
    `batch: ${changes.length} corrections across ${articles} articles applied in ${seconds(applyMs)} s (target < 10 s): ${record.changed.length} changed, ${record.skipped.length} skipped; ` +
      `on disk afterwards ${onDisk.found} of ${changes.length} rows hold their correction, ${onDisk.lost} lost`,
  );
  t = performance.now();
  const undone = await undoBatch(dir, record.id, 'bench');
  const undoMs = performance.now() - t;
  const restored = countOnDisk(dir, changes, (c) => c.before, 2);
  console.log(`batch: undone in ${seconds(undoMs)} s: ${undone.undo!.restored.length} restored, ${undone.undo!.skipped.length} skipped; on disk ${restored.found} of ${changes.length} rows back to their text, ${restored.lost} lost`);
}

/** Reads every review file the batch touched and counts the rows holding the expected text and revision. */
function countOnDisk(dir: string, changes: PlannedChange[], expected: (c: PlannedChange) => string, revisionsSince: number) {
  const files = new Map<string, { rows: Record<string, { text: string; revision: number }> }>();
  let found = 0;
  for (const c of changes) {
    let file = files.get(c.article);
    if (!file) files.set(c.article, (file = JSON.parse(readFileSync(reviewPath(dir, c.article), 'utf8'))));
    const row = file!.rows[c.row];
    if (row && row.text === expected(c) && row.revision === c.baseRevision + revisionsSince) found += 1;
  }
  return { found, lost: changes.length - found };
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
