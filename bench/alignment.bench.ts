// Alignment accuracy on the TED set (link F1 against the true segment alignment) and speed.
import { alignArticles } from '../lib/alignment/articles';
import { alignSentences } from '../lib/alignment/align';
import { f1, linkScores } from '../lib/alignment/evaluate';
import { splitParagraphSentences } from '../lib/text/sentences';
import { loadTed } from './ted';

export default async function run(): Promise<void> {
  const { gold, articles } = await loadTed();
  const total = { correct: 0, predicted: 0, gold: 0 };
  const lengthOnly = { correct: 0, predicted: 0, gold: 0 };
  let worst = { f1: 1, file: '' };
  for (const pair of gold.pairs) {
    const zh = articles.get(pair.zh)!;
    const en = articles.get(pair.en)!;
    const scores = linkScores(alignArticles(zh, en), gold.segments[pair.zh]!, gold.segments[pair.en]!);
    const baseline = linkScores(alignArticles(zh, en, { lexicalWeight: 0 }), gold.segments[pair.zh]!, gold.segments[pair.en]!);
    for (const key of ['correct', 'predicted', 'gold'] as const) {
      total[key] += scores[key];
      lengthOnly[key] += baseline[key];
    }
    const one = f1(scores).f1;
    if (one < worst.f1) worst = { f1: one, file: `${pair.zh} × ${pair.en} (${pair.system})` };
  }
  const all = f1(total);
  const base = f1(lengthOnly);
  console.log(`alignment (TED, ${gold.pairs.length} pairs, ${total.gold} gold links): link precision ${all.precision.toFixed(3)} recall ${all.recall.toFixed(3)} F1 ${all.f1.toFixed(3)} (target ≥ 0.95)`);
  console.log(`  length only, no lexical evidence: F1 ${base.f1.toFixed(3)} · worst pair F1 ${worst.f1.toFixed(3)} ${worst.file}`);
  const zhSentences = takeSentences(gold.pairs.map((p) => articles.get(p.zh)!.body).flat(), 'zh', 200);
  const enSentences = takeSentences(gold.pairs.map((p) => articles.get(p.en)!.body).flat(), 'en', 200);
  const count = zhSentences.flat().length;
  alignSentences(zhSentences, enSentences);
  const times: number[] = [];
  for (let k = 0; k < 7; k += 1) {
    const t = performance.now();
    alignSentences(zhSentences, enSentences);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`  speed: ${count} × ${enSentences.flat().length} sentences align in ${times[3]!.toFixed(1)} ms median (target < 50 ms for 200)`);
}

/** The first paragraphs holding about `limit` sentences. */
function takeSentences(paragraphs: string[], lang: 'zh' | 'en', limit: number) {
  const out = [];
  let count = 0;
  for (const p of splitParagraphSentences(paragraphs, lang)) {
    if (count >= limit) break;
    out.push(p);
    count += p.length;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
