// Alignment accuracy on the TED set (link F1 against the true segment alignment) and speed.
// Besides the set as built, two harder variants show what lexical evidence is for: one
// English sentence in seven left out (an MT omission), or one Chinese sentence in six, with
// paragraphs flattened so they give no hint. Length alone loses its way there.
import { alignBodies } from '../lib/alignment/articles';
import { alignSentences, type AlignOptions } from '../lib/alignment/align';
import { f1, type GoldSegment } from '../lib/alignment/evaluate';
import { AlignmentReport } from './alignment-report';
import { splitBodySentences, type Sentence } from '../lib/text/sentences';
import { loadTed, type TedGold } from './ted';
import type { Article } from '../lib/corpus/types';

type Variant = (zh: Sentence[][], en: Sentence[][]) => { zh: Sentence[][]; en: Sentence[][] };

const VARIANTS: [string, Variant][] = [
  ['as built', (zh, en) => ({ zh, en })],
  ['English omissions', (zh, en) => ({ zh: [zh.flat()], en: [en.flat().filter((_, k) => k % 7 !== 3)] })],
  ['Chinese omissions', (zh, en) => ({ zh: [zh.flat().filter((_, k) => k % 6 !== 2)], en: [en.flat()] })],
];

/** Gold segments still present after a variant dropped sentences. */
const present = (gold: GoldSegment[], kept: Sentence[]) => gold.filter((g) => kept.some((s) => s.start < g.end && g.start < s.end));

function score(gold: TedGold, articles: Map<string, Article>, variant: Variant, options: AlignOptions) {
  const report = new AlignmentReport();
  for (const pair of gold.pairs) {
    const { zh, en } = variant(splitBodySentences(articles.get(pair.zh)!.body, 'zh'), splitBodySentences(articles.get(pair.en)!.body, 'en'));
    const rows = alignBodies(zh, en, options);
    report.add(`${pair.zh} × ${pair.en} (${pair.system})`, rows, present(gold.segments[pair.zh]!, zh.flat()), present(gold.segments[pair.en]!, en.flat()));
  }
  return report;
}

function speed(articles: Map<string, Article>, gold: TedGold) {
  const zhAll = gold.pairs.flatMap((p) => articles.get(p.zh)!.body);
  const enAll = gold.pairs.flatMap((p) => articles.get(p.en)!.body);
  const half = Math.floor(zhAll.length / 2);
  const warm = [takeSentences(zhAll.slice(half), 'zh', 200), takeSentences(enAll.slice(half), 'en', 200)] as const;
  alignSentences(...warm); // loads the dictionary and the segmenter
  const zh = takeSentences(zhAll, 'zh', 200);
  const en = takeSentences(enAll, 'en', 200);
  let t = performance.now();
  alignSentences(zh, en);
  const first = performance.now() - t;
  const times: number[] = [];
  for (let k = 0; k < 7; k += 1) {
    t = performance.now();
    alignSentences(zh, en);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { zh: zh.flat().length, en: en.flat().length, first, median: times[3]! };
}

export default async function run(): Promise<void> {
  const { gold, articles } = await loadTed();
  for (const [name, variant] of VARIANTS) {
    const full = score(gold, articles, variant, {});
    const lengthOnly = f1(score(gold, articles, variant, { lexicalWeight: 0 }).strict);
    console.log(`alignment (TED ${name}, ${gold.pairs.length} pairs, ${full.strict.gold} gold links): ${full.summary()} · length only F1 ${lengthOnly.f1.toFixed(3)}`);
    if (name === 'as built') for (const line of full.worst(3)) console.log(line);
  }
  console.log('  target F1 ≥ 0.95; hunalign on zh→en news: 0.19 without a dictionary, 0.49 with CC-CEDICT (issue 3)');
  const s = speed(articles, gold);
  console.log(`  speed: ${s.zh} × ${s.en} sentences align in ${s.median.toFixed(1)} ms median, ${s.first.toFixed(1)} ms on first sight of the text (target < 50 ms for 200)`);
}

/** The first paragraphs holding about `limit` sentences. */
function takeSentences(paragraphs: string[], lang: 'zh' | 'en', limit: number): Sentence[][] {
  const out: Sentence[][] = [];
  let count = 0;
  for (const p of splitBodySentences(paragraphs, lang)) {
    if (count >= limit) break;
    out.push(p);
    count += p.length;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
