// `npm run bench [name…]`: every benchmark in turn; each prints its own figures. Each is
// imported only when its turn comes, so one's dictionaries do not weigh on another's memory.
const BENCHMARKS: [string, () => Promise<{ default: () => Promise<void> }>][] = [
  ['corpus', () => import('./corpus.bench')],
  ['pairing', () => import('./pairing.bench')],
  ['alignment', () => import('./alignment.bench')],
  ['glossary', () => import('./glossary.bench')],
  ['review', () => import('./review.bench')],
  ['review-page', () => import('./review-page.bench')],
  ['qa', () => import('./qa.bench')],
];

const only = process.argv.slice(2);
for (const [name, load] of BENCHMARKS) {
  if (only.length && !only.includes(name)) continue;
  await (await load()).default();
}

export {};
