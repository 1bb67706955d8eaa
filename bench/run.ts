// `npm run bench [name…]`: every benchmark in turn; each prints its own figures.
import alignment from './alignment.bench';
import corpus from './corpus.bench';
import glossary from './glossary.bench';
import pairing from './pairing.bench';
import qa from './qa.bench';
import review from './review.bench';

const BENCHMARKS: [string, () => Promise<void>][] = [
  ['corpus', corpus],
  ['pairing', pairing],
  ['alignment', alignment],
  ['glossary', glossary],
  ['review', review],
  ['qa', qa],
];

const only = process.argv.slice(2);
for (const [name, run] of BENCHMARKS) {
  if (only.length && !only.includes(name)) continue;
  await run();
}
