// Builds a newsroom-sized corpus from WMT22 zh→en (../shared/data, benchmarks only): every
// document with three segments or more as a Chinese original with its six MT versions (the
// "several MT versions per original" a real corpus has), repeated in editions until the
// size is reached. Each edition is a generated variant: the body rotated and a report number
// and date line of its own, in both languages, so no two files are equal.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDataDir } from './wmt22-news';

const DATA = path.join(sharedDataDir(), 'wmt22_zhen.tsv');
const SYSTEMS = ['JDExploreAcademy', 'Online-A', 'Online-B', 'Online-W', 'Lan-Bridge', 'NiuTrans'] as const;
const SEGMENTS_PER_PARAGRAPH = 3;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Doc {
  name: string;
  zh: string[];
  mt: Record<string, string[]>;
}

function readDocs(file = DATA): Doc[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const columns = header!.split('\t');
  const docs = new Map<string, Doc>();
  for (const line of lines) {
    const cells = line.split('\t');
    const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
    const doc = docs.get(cell('doc')) ?? { name: cell('doc'), zh: [], mt: Object.fromEntries(SYSTEMS.map((s) => [s, []])) };
    doc.zh.push(cell('zh'));
    for (const system of SYSTEMS) doc.mt[system]!.push(cell(system));
    docs.set(doc.name, doc);
  }
  return [...docs.values()].filter((d) => d.zh.length >= 3);
}

/** The headline alone, then the date line (if any), then the body in paragraphs of a few segments. */
function articleText([headline, ...body]: string[], line: string | null, joiner: string): string {
  const out = [headline!, ...(line ? [line] : [])];
  for (let i = 0; i < body.length; i += SEGMENTS_PER_PARAGRAPH) out.push(body.slice(i, i + SEGMENTS_PER_PARAGRAPH).join(joiner));
  return `${out.join('\n\n')}\n`;
}

/** Edition `e` of a document's segments: the headline kept, the body rotated by e. */
function rotate<T>(segments: T[], e: number): T[] {
  const [head, ...body] = segments;
  if (body.length === 0) return segments;
  const k = e % body.length;
  return [head!, ...body.slice(k), ...body.slice(0, k)];
}

function dateline(serial: number) {
  const month = serial % 12;
  const day = 1 + (serial % 28);
  const year = 2000 + (Math.floor(serial / 336) % 25);
  return {
    zh: `${year}年${month + 1}月${day}日电（编号${10_000 + serial}）`,
    en: `${MONTHS[month]} ${day}, ${year} (No. ${10_000 + serial})`,
  };
}

export interface ScaleCorpusInfo {
  articles: number;
  originals: number;
  editions: number;
}

/** Writes at least the first `size` articles (originals with their versions) into `dir`. */
export function buildScaleCorpus(size: number, dir: string): ScaleCorpusInfo {
  const docs = readDocs();
  let written = 0;
  let originals = 0;
  let edition = 0;
  for (; written < size; edition += 1) {
    for (const [d, doc] of docs.entries()) {
      if (written >= size) break;
      const folder = path.join(dir, `edition-${String(edition).padStart(3, '0')}`, doc.name.replace(/[^\w.-]+/g, '_'));
      mkdirSync(folder, { recursive: true });
      const line = dateline(edition * docs.length + d);
      writeFileSync(path.join(folder, 'zh.txt'), articleText(rotate(doc.zh, edition), line.zh, ''));
      originals += 1;
      written += 1;
      for (const system of SYSTEMS) {
        if (written >= size) break;
        writeFileSync(path.join(folder, `${system}.txt`), articleText(rotate(doc.mt[system]!, edition), `${line.en}.`, ' '));
        written += 1;
      }
    }
  }
  return { articles: written, originals, editions: edition };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [size = '1000', dir = '/tmp/shenjiao-scale'] = process.argv.slice(2);
  console.log(buildScaleCorpus(Number(size), dir));
}
