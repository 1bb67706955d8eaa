// `npm run bench`: every benchmark in turn; each prints its own figures.
import corpus from './corpus.bench';

const BENCHMARKS: [string, () => Promise<void>][] = [['corpus', corpus]];

const only = process.argv.slice(2);
for (const [name, run] of BENCHMARKS) {
  if (only.length && !only.includes(name)) continue;
  await run();
}
