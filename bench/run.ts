// `npm run bench [name…]`: every benchmark in turn, each in a process of its own, so that
// one's dictionaries, caches and garbage do not weigh on another's speed or memory figures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHMARKS = ['corpus', 'pairing', 'pairing-news', 'alignment', 'alignment-news', 'glossary', 'review', 'review-page', 'qa', 'qa-news', 'qa-domains', 'sync', 'scale', 'search', 'cli'];

const only = process.argv.slice(2);
let failed = 0;
for (const name of BENCHMARKS) {
  if (only.length && !only.includes(name)) continue;
  const file = fileURLToPath(new URL(`./${name}.bench.ts`, import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`bench ${name}: exited with ${result.status ?? result.signal}`);
  }
}
process.exitCode = failed ? 1 : 0;
