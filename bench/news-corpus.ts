// A corpus of paired news articles for the CLI benchmark, made from the WMT22 zh→en test set
// (../shared/data/wmt22_zhen.tsv, research use; Kocmi et al. 2022). Its 38 news documents are
// too few for 1,000 distinct originals, so each Chinese article is 22 segments drawn from all
// of them, the first as its headline (a news digest of some 4 KB of English), and its
// English version is the same segments from one of the eight translations (two
// references, six MT systems).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDataDir } from './wmt22-news';

const TRANSLATIONS = ['ref_a', 'ref_b', 'JDExploreAcademy', 'Online-A', 'Online-B', 'Online-W', 'Lan-Bridge', 'NiuTrans'];

type Segment = Record<string, string>;

function dataFile(): string {
  return path.join(sharedDataDir(), 'wmt22_zhen.tsv');
}

function newsDocuments(): Segment[][] {
  const [header, ...lines] = readFileSync(dataFile(), 'utf8').trimEnd().split('\n');
  const columns = header!.split('\t');
  const docs = new Map<string, Segment[]>();
  for (const line of lines) {
    const cells = line.split('\t');
    const segment = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
    if (segment.domain !== 'news') continue;
    const doc = docs.get(segment.doc!) ?? [];
    doc.push(segment);
    docs.set(segment.doc!, doc);
  }
  return [...docs.values()];
}

/** An article file: headline, date line, then one paragraph per segment. */
function articleText(headline: string, date: string, paragraphs: string[]): string {
  return `${headline}\n\n${date}\n\n${paragraphs.filter((p) => p.trim()).join('\n\n')}\n`;
}

/** A small seeded generator (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `count` Chinese articles and their English versions into `dir` (emptied first):
 * `zh/NNNN.txt` and `en/NNNN.txt`, their pairs confirmed in `_shenjiao/pairs.json`. Returns the pairs' ids.
 */
export function buildNewsCorpus(dir: string, count: number, segmentsPerArticle = 22): { zh: string; en: string }[] {
  const docs = newsDocuments();
  const pool = docs.flat();
  const next = random(20221208);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'zh'), { recursive: true });
  mkdirSync(path.join(dir, 'en'), { recursive: true });
  const pairs: { zh: string; en: string }[] = [];
  for (let i = 0; i < count; i++) {
    const chosen = new Set<number>();
    while (chosen.size < segmentsPerArticle) chosen.add(Math.floor(next() * pool.length));
    const [headline, ...segments] = [...chosen].sort((a, b) => a - b).map((k) => pool[k]!);
    const translation = TRANSLATIONS[i % TRANSLATIONS.length]!;
    const day = `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const name = String(i).padStart(4, '0');
    writeFileSync(path.join(dir, 'zh', `${name}.txt`), articleText(headline!.zh!, day, segments.map((s) => s.zh!)));
    writeFileSync(path.join(dir, 'en', `${name}.txt`), articleText(headline![translation]!, day, segments.map((s) => s[translation]!)));
    pairs.push({ zh: `zh~${name}`, en: `en~${name}` });
  }
  // Confirmed, as a team confirms the pairs it reviews: the benchmark measures the command
  // line over 1,000 pairs, not how many of these look-alike digests automatic pairing finds.
  const decisions = pairs.map((p) => ({ ...p, decision: 'confirmed', reviewer: 'bench', at: '2022-12-08T00:00:00.000Z' }));
  mkdirSync(path.join(dir, '_shenjiao'), { recursive: true });
  writeFileSync(path.join(dir, '_shenjiao', 'pairs.json'), `${JSON.stringify({ schema: 1, decisions, active: {} }, null, 2)}\n`);
  return pairs;
}
