// Pairing accuracy on WMT22 news (bench/wmt22-news.ts), per slice. Each slice is a corpus
// of its own: Chinese originals with one to three English versions each (MT systems and
// human references, all of which should pair), originals whose English is missing, English
// whose original is missing, short articles (headline and 3–4 sentences), headlines with a
// Latin-letter tag ("NEWS GOV-MO:", as Macao's government news has), near-duplicate
// decoys (a brief of the same story, in Chinese or in English, with no counterpart), and
// the five seeds. Which role a document plays is drawn from its id, not from its content.
import { listArticles } from '../lib/corpus/corpus';
import type { Article } from '../lib/corpus/types';
import { pairArticles } from '../lib/pairing/pair';
import { buildArticle, loadNewsDocuments, seededBy, selectSlice, slicesToReport, TRANSLATIONS, type NewsDocument } from './wmt22-news';
import { createHash } from 'node:crypto';

export interface NewsPairingCorpus {
  articles: Article[];
  truth: string[];
  counts: Record<string, number>;
}

const order = (id: string, layout: number) => createHash('sha256').update(`order ${layout} ${id}`).digest('hex');
const TAG_OF: Record<string, string> = { xinhua: 'XINHUA-CN', hunan_ribao: 'GOV-HN', voa: 'VOA-US', nhan_dan: 'NHANDAN-VN', chinese: 'NEWS-INTL' };

export function newsPairingCorpus(docs: NewsDocument[], seeds: Article[], layout = 0): NewsPairingCorpus {
  const articles: Article[] = [...seeds];
  const truth: string[] = [];
  const counts: Record<string, number> = { originals: 0, english: 0, 'zh only': 0, 'en only': 0, short: 0, tagged: 0, 'zh decoys': 0, 'en decoys': 0 };
  const sorted = [...docs].sort((a, b) => order(a.id, layout).localeCompare(order(b.id, layout)));
  sorted.forEach((doc, n) => {
    const random = seededBy(`pairing ${layout} ${doc.id}`);
    const role = n % 6 === 2 ? 'zh only' : n % 6 === 4 ? 'en only' : 'paired';
    const short = doc.zh.length > 8 && random(3) === 0;
    const length = short ? 4 + random(2) : doc.zh.length;
    const tag = random(4) === 0 ? `NEWS ${TAG_OF[doc.id.split(/[-.]/)[0]!] ?? 'CN'}: ` : '';
    const pieces = (texts: string[], count = length) => texts.slice(0, count).map((text, seg) => ({ seg, text: seg === 0 ? tag + text : text }));
    const file = (lang: string, name: string) => `${lang}/${createHash('sha256').update(`${layout} ${doc.id} ${name}`).digest('hex').slice(0, 10)}.txt`;
    const zhFile = file('zh', 'original');
    if (role !== 'en only') articles.push(buildArticle(zhFile, pieces(doc.zh), 'zh', seededBy(`zh ${doc.id}`)).article);
    const versions = role === 'zh only' ? 0 : role === 'en only' ? 1 : 1 + random(3);
    const first = random(TRANSLATIONS.length);
    for (let k = 0; k < versions; k += 1) {
      const system = TRANSLATIONS[(first + k) % TRANSLATIONS.length]!;
      const enFile = file('en', system);
      articles.push(buildArticle(enFile, pieces(doc.en[system]), 'en', seededBy(`en ${doc.id} ${system}`), k === 1).article);
      if (role === 'paired') truth.push(`${zhFile}\n${enFile}`);
    }
    counts.originals! += role !== 'en only' ? 1 : 0;
    counts.english! += versions;
    if (role !== 'paired') counts[role]! += 1;
    counts.short! += short ? 1 : 0;
    counts.tagged! += tag ? 1 : 0;
    const decoy = role === 'paired' && !short && doc.zh.length >= 10 ? random(3) : -1;
    if (decoy === 0) {
      articles.push(buildArticle(file('zh', 'brief'), pieces(doc.zh, 4), 'zh', seededBy(`zh brief ${doc.id}`)).article);
      counts['zh decoys']! += 1;
    } else if (decoy === 1) {
      const system = TRANSLATIONS[(first + versions) % TRANSLATIONS.length]!;
      articles.push(buildArticle(file('en', `brief ${system}`), pieces(doc.en[system], 4), 'en', seededBy(`en brief ${doc.id}`)).article);
      counts['en decoys']! += 1;
    }
  });
  return { articles, truth, counts };
}

/** Corpora per slice: the same documents in other roles, so one lucky draw cannot flatter. */
const LAYOUTS = 3;

export default async function run(): Promise<void> {
  const docs = loadNewsDocuments();
  const seeds = await listArticles(new URL('../corpus', import.meta.url).pathname);
  const seedFiles = new Set(seeds.map((s) => s.file));
  for (const slice of slicesToReport()) {
    let [found, correct, truths, seedsPaired] = [0, 0, 0, 0];
    const counts: Record<string, number> = {};
    const mistakes: string[] = [];
    for (let layout = 0; layout < LAYOUTS; layout += 1) {
      const corpus = newsPairingCorpus(selectSlice(docs, slice), seeds, layout);
      const result = pairArticles(corpus.articles, []);
      const wanted = new Set(corpus.truth);
      const pairs = result.pairs.map((p) => `${p.zh.file}\n${p.en.file}`);
      found += pairs.length;
      correct += pairs.filter((p) => wanted.has(p)).length;
      truths += corpus.truth.length;
      seedsPaired += result.pairs.filter((p) => seedFiles.has(p.zh.file) || seedFiles.has(p.en.file)).length;
      for (const [k, v] of Object.entries(corpus.counts)) counts[k] = (counts[k] ?? 0) + v;
      const titles = new Map(corpus.articles.map((a) => [a.file, a.title.slice(0, 40)]));
      for (const p of result.pairs.filter((p) => !wanted.has(`${p.zh.file}\n${p.en.file}`))) mistakes.push(`    wrong pair ${p.score.toFixed(2)}: ${titles.get(p.zh.file)} × ${titles.get(p.en.file)}`);
      for (const t of corpus.truth.filter((t) => !pairs.includes(t))) {
        const [zh, en] = t.split('\n') as [string, string];
        const best = result.unpaired.find((x) => x.file === en)?.best;
        mistakes.push(`    missed: ${titles.get(zh)} × ${titles.get(en)} (English's best: ${best ? `${titles.get(best.file)} ${best.score.toFixed(2)}` : 'none'})`);
      }
    }
    const precision = found ? correct / found : 1;
    const recall = truths ? correct / truths : 1;
    const shape = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ');
    console.log(
      `pairing (WMT22 news, ${slice} slice, ${LAYOUTS} corpora): precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} ` +
        `(${truths} true pairs; ${shape}; seeds paired ${seedsPaired}) targets ≥ 0.99, ≥ 0.97`,
    );
    for (const line of mistakes) console.log(line);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
