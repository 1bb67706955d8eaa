// Saving rows: latency with 20 concurrent writers on different rows, and 1,000 concurrent saves with conflicts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearCorpusCache } from '../lib/corpus/corpus';
import type { AppError } from '../lib/errors';
import { getReview, saveReviewRow } from '../lib/review/service';

function corpusWith200Rows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-bench-review-'));
  const sentences = Array.from({ length: 200 }, (_, i) => `The meeting number ${i + 1} studied the work of the city.`);
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  writeFileSync(path.join(dir, 'article.txt'), paragraphs.join('\n\n'));
  return dir;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

export default async function run(): Promise<void> {
  clearCorpusCache();
  const dir = corpusWith200Rows();
  try {
    const { rows } = await getReview(dir, 'article');
    const latencies: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(
        rows.slice(round * 20, round * 20 + 20).map(async (row, i) => {
          const t = performance.now();
          await saveReviewRow(dir, 'article', row.id, { text: `Round ${round} writer ${i}.`, baseRevision: 0, reviewer: `w${i}` });
          latencies.push(performance.now() - t);
        }),
      );
    }
    const written = (await getReview(dir, 'article')).rows.slice(0, 100);
    const missing = written.filter((r, k) => r.text !== `Round ${Math.floor(k / 20)} writer ${k % 20}.`).length;
    console.log(`review saves: ${rows.length}-row article, 20 concurrent writers on different rows: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms over ${latencies.length} saves, ${missing} lost (target p99 < 50 ms)`);

    const fresh = (await getReview(dir, 'article')).rows.slice(100, 200);
    let ok = 0;
    let conflicts = 0;
    let other = 0;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: 1000 }, (_, k) => {
        const row = fresh[k % fresh.length]!;
        return saveReviewRow(dir, 'article', row.id, { text: `Save ${k}.`, baseRevision: 0, reviewer: `r${k}` }).then(
          () => (ok += 1),
          (e: AppError) => (e.status === 409 ? (conflicts += 1) : (other += 1)),
        );
      }),
    );
    const elapsed = performance.now() - t;
    const final = (await getReview(dir, 'article')).rows.slice(100, 200);
    const lost = final.filter((r) => r.revision !== 1 || !/^Save \d+\.$/.test(r.text)).length;
    console.log(`  1,000 concurrent saves on 100 rows in ${(elapsed / 1000).toFixed(1)} s: ${ok} saved, ${conflicts} answered 409, ${other} other errors, ${lost} rows lost a save`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
