// Pairing accuracy on the TED set with the seeds as decoys, and speed and accuracy on
// 1,000 × 1,000 articles made by sampling the TED set's real translated segments.
import { parseArticle } from '../lib/corpus/article';
import { listArticles } from '../lib/corpus/corpus';
import { bodyText, type Article } from '../lib/corpus/types';
import { pairArticles } from '../lib/pairing/pair';
import type { PairingResult } from '../lib/pairing/types';
import { loadTed, type TedGold } from './ted';

export default async function run(): Promise<void> {
  const { gold, articles } = await loadTed();
  const seeds = await listArticles(new URL('../corpus', import.meta.url).pathname);
  const result = pairArticles([...articles.values(), ...seeds], []);
  const truth = gold.pairs.map((p) => `${p.zh}\n${p.en}`);
  const { precision, recall } = score(result, truth);
  const seedFiles = new Set(seeds.map((s) => s.file));
  const seedsPaired = result.pairs.filter((p) => seedFiles.has(p.zh.file) || seedFiles.has(p.en.file)).length;
  console.log(
    `pairing: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (TED ${gold.pairs.length} true pairs, ` +
      `${gold.unpaired.length} articles without counterpart, 5 seeds as decoys; targets ≥ 0.98, ≥ 0.95)`,
  );
  console.log(`pairing: seeds paired ${seedsPaired} (target 0)`);

  const synthetic = syntheticCorpus(gold, articles, 1000, 900);
  const started = performance.now();
  const big = pairArticles(synthetic.articles, []);
  const seconds = (performance.now() - started) / 1000;
  const large = score(big, synthetic.truth);
  console.log(`pairing: 1,000 × 1,000 articles in ${seconds.toFixed(2)} s (target < 10 s)`);
  console.log(
    `pairing: 1,000 × 1,000 sampled from TED segments: precision ${large.precision.toFixed(3)} recall ${large.recall.toFixed(3)} ` +
      `(${synthetic.truth.length} true pairs, ${1000 - synthetic.truth.length} per language without counterpart)`,
  );
}

function score(result: PairingResult, truth: string[]): { precision: number; recall: number } {
  const wanted = new Set(truth);
  const found = result.pairs.map((p) => `${p.zh.file}\n${p.en.file}`);
  const correct = found.filter((p) => wanted.has(p)).length;
  return { precision: found.length ? correct / found.length : 1, recall: truth.length ? correct / truth.length : 1 };
}

/** Every TED segment with its translation, from the gold segment offsets. */
function segmentPairs(gold: TedGold, articles: Map<string, Article>): { zh: string; en: string }[] {
  const out: { zh: string; en: string }[] = [];
  for (const pair of gold.pairs) {
    const zhText = bodyText(articles.get(pair.zh)!);
    const enText = bodyText(articles.get(pair.en)!);
    const enBySeg = new Map(gold.segments[pair.en]!.map((s) => [s.seg, enText.slice(s.start, s.end).trim()]));
    for (const s of gold.segments[pair.zh]!) {
      const en = enBySeg.get(s.seg);
      if (en) out.push({ zh: zhText.slice(s.start, s.end).trim(), en });
    }
  }
  return out;
}

/**
 * `perLanguage` Chinese and English articles of eight real segments each; the first
 * `paired` Chinese ones have their translation among the English ones, under other names.
 */
export function syntheticCorpus(gold: TedGold, articles: Map<string, Article>, perLanguage: number, paired: number) {
  const segments = segmentPairs(gold, articles);
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sample = () => Array.from({ length: 8 }, () => segments[Math.floor(random() * segments.length)]!);
  const out: Article[] = [];
  const truth: string[] = [];
  for (let i = 0; i < perLanguage; i += 1) {
    const zhSegments = sample();
    const enSegments = i < paired ? zhSegments : sample();
    const zhFile = `zh/${i}.txt`;
    const enFile = `en/${(i * 7919) % perLanguage}.txt`; // a different number: names say nothing
    out.push(synthetic(zhFile, zhSegments.map((s) => s.zh), ''), synthetic(enFile, enSegments.map((s) => s.en), ' '));
    if (i < paired) truth.push(`${zhFile}\n${enFile}`);
  }
  return { articles: out, truth };
}

/** Headline, then paragraphs of two or three segments. */
function synthetic(file: string, segments: string[], space: string): Article {
  const paragraphs = [segments[0]!];
  for (let k = 1; k < segments.length; k += 3) paragraphs.push(segments.slice(k, k + 3).join(space));
  const bytes = new TextEncoder().encode(paragraphs.join('\n\n'));
  return parseArticle({ id: file, file, bytes, size: bytes.length, mtimeMs: 0 });
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
