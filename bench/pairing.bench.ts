// Pairing accuracy on the TED set with the seeds as decoys, and speed on 1,000 × 1,000 articles.
import { listArticles } from '../lib/corpus/corpus';
import { parseArticle } from '../lib/corpus/article';
import type { Article } from '../lib/corpus/types';
import { pairArticles } from '../lib/pairing/pair';
import { loadTed } from './ted';

export default async function run(): Promise<void> {
  const { gold, articles } = await loadTed();
  const seeds = await listArticles(new URL('../corpus', import.meta.url).pathname);
  const all = [...articles.values(), ...seeds];
  const result = pairArticles(all, []);
  const truth = new Set(gold.pairs.map((p) => `${p.zh}\n${p.en}`));
  const found = result.pairs.map((p) => `${p.zh.file}\n${p.en.file}`);
  const correct = found.filter((p) => truth.has(p)).length;
  const seedFiles = new Set(seeds.map((s) => s.file));
  const seedsPaired = result.pairs.filter((p) => seedFiles.has(p.zh.file) || seedFiles.has(p.en.file)).length;
  const precision = found.length ? correct / found.length : 0;
  const recall = correct / truth.size;
  console.log(`pairing (TED ${gold.pairs.length} true pairs, ${gold.unpaired.length} without counterpart, + 5 seeds): precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (targets ≥ 0.98, ≥ 0.95); seeds paired: ${seedsPaired}`);

  const synthetic = syntheticCorpus(all, 1000);
  const t = performance.now();
  const big = pairArticles(synthetic, []);
  const elapsed = performance.now() - t;
  console.log(`  speed: 1,000 × 1,000 articles paired in ${(elapsed / 1000).toFixed(2)} s (target < 10 s), ${big.pairs.length} pairs among unrelated articles`);
}

/** Unrelated articles made by sampling real paragraphs of each language. */
function syntheticCorpus(source: Article[], perLanguage: number): Article[] {
  const paragraphs = { zh: [] as string[], en: [] as string[] };
  for (const a of source) if (a.lang === 'zh' || a.lang === 'en') paragraphs[a.lang].push(...a.body);
  let seed = 42;
  const pick = (list: string[]) => list[(seed = (seed * 1103515245 + 12345) % 2147483648) % list.length]!;
  const out: Article[] = [];
  for (const lang of ['zh', 'en'] as const) {
    for (let i = 0; i < perLanguage; i += 1) {
      const text = Array.from({ length: 6 }, () => pick(paragraphs[lang])).join('\n\n');
      const file = `${lang}/synthetic-${i}.txt`;
      out.push(parseArticle({ id: file, file, bytes: new TextEncoder().encode(text), size: 0, mtimeMs: 0 }));
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
