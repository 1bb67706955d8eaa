// A large corpus for the search benchmark, made from the WMT22 zh→en test set: each pair is
// 40 segments drawn from it (Chinese and one system's MT), so pairs are real parallel text.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedDataDir } from './wmt22-news';

const DATA = path.join(sharedDataDir(), 'wmt22_zhen.tsv');
const SYSTEMS = [6, 7, 8, 9, 10, 11]; // columns of the six MT systems
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A seeded generator, so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function makeSearchCorpus(pairs: number, rowsPerPair: number): { dir: string; english: string[] } {
  const segments = readFileSync(DATA, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 12 && cols[3]!.trim());
  const next = random(15);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-bench-search-'));
  const english: string[] = [];
  for (let i = 0; i < pairs; i += 1) {
    const folder = path.join(dir, `part-${String(Math.floor(i / 500)).padStart(2, '0')}`);
    if (i % 500 === 0) mkdirSync(folder);
    const system = SYSTEMS[Math.floor(next() * SYSTEMS.length)]!;
    const start = Math.floor(next() * segments.length);
    const picked = Array.from({ length: rowsPerPair }, (_, k) => segments[(start + k * 7 + Math.floor(next() * 5)) % segments.length]!);
    const name = `article-${String(i).padStart(5, '0')}`;
    // Segments recur across articles (1,875 of them for 200,000 rows): a line of its own with
    // numbers no other pair has lets pairing tell the pairs apart, as a real dateline does.
    const [month, day, serial] = [1 + (i % 12), 1 + (i % 28), 10_000 + i * 7];
    const zhLine = `第${serial}号（${2000 + (i % 23)}年${month}月${day}日，${i + 101}人）`;
    const enLine = `No. ${serial} (${MONTHS[month - 1]} ${day}, ${2000 + (i % 23)}, ${i + 101} people)`;
    writeFileSync(path.join(folder, `${name}.zh.txt`), `${[zhLine, ...picked.map((s) => s[3])].join('\n\n')}\n`);
    writeFileSync(path.join(folder, `${name}.en.txt`), `${[enLine, ...picked.map((s) => s[system])].join('\n\n')}\n`);
    english.push(name);
  }
  return { dir, english };
}
