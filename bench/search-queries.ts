// The query half of the search benchmark, in a process of its own (as a server after a
// restart): the concordance built from lib/index's cache files, memory, and query times.
import { concordanceRows, refreshConcordance } from '../lib/search/concordance';
import type { SearchQuery } from '../lib/search/match';
import { searchCorpus } from '../lib/search/service';

const QUERIES: SearchQuery[] = [
  { pattern: '疫情', side: 'zh' },
  { pattern: '冬奥', side: 'zh' },
  { pattern: '學生', side: 'zh' },
  { pattern: 'epidemic', side: 'en', wholeWord: true },
  { pattern: 'Xinhua Net', side: 'en' },
  { pattern: '\\d+(\\.\\d+)? (million|billion)', side: 'en', regex: true },
  { pattern: 'the', side: 'mt', wholeWord: true },
];

const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
/** CPU time: on a machine shared with other work, wall time says more about the neighbours. */
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = process.argv[2]!;
/** Memory in use, garbage collected first when the process allows it (the benchmark runs it with --expose-gc). */
const liveMemory = () => ((globalThis as { gc?: () => void }).gc?.(), process.memoryUsage());
const before = liveMemory();
let t = performance.now();
const buildCpu = process.cpuUsage();
const index = await refreshConcordance(dir);
const buildMs = performance.now() - t;
const buildCpuMs = cpuMs(process.cpuUsage(buildCpu));
const after = liveMemory();
const rows = [...concordanceRows(index)];
console.log(
  `search: index build from lib/index's cache (fresh process) ${(buildMs / 1000).toFixed(1)} s (cpu ${(buildCpuMs / 1000).toFixed(1)} s) for ${rows.length} rows (target < 30 s); ` +
    `memory rss ${mb(after.rss)} MB, heap used ${mb(after.heapUsed)} MB (${mb(after.heapUsed - before.heapUsed)} MB more than before; target < 500 MB)`,
);
for (const query of QUERIES) {
  const times: number[] = [];
  const cpu: number[] = [];
  let answer = await searchCorpus(dir, query, { limit: 500 });
  for (let i = 0; i < 5; i += 1) {
    const q = performance.now();
    const c = process.cpuUsage();
    answer = await searchCorpus(dir, query, { limit: 500 });
    cpu.push(cpuMs(process.cpuUsage(c)));
    times.push(performance.now() - q);
  }
  const renderings = answer.renderings.slice(0, 3).map((r) => `${r.text} ×${r.count}`).join(', ');
  console.log(
    `  ${query.side} ${JSON.stringify(query.pattern)}${query.wholeWord ? ' (word)' : ''}${query.regex ? ' (regex)' : ''}: ${answer.rowCount} rows in ${answer.articleCount} articles, ` +
      `median ${median(times).toFixed(0)} ms (cpu ${median(cpu).toFixed(0)} ms), worst ${Math.max(...times).toFixed(0)} ms per query, freshness check included (search alone ${answer.elapsedMs.toFixed(0)} ms; target < 300 ms)${renderings ? `; ${renderings}` : ''}`,
  );
}
const final = liveMemory();
console.log(`  memory after the queries: rss ${mb(final.rss)} MB, heap used ${mb(final.heapUsed)} MB (CC-CEDICT loaded for the renderings)`);
