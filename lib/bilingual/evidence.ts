import { extractNumbers, numberKeys } from '../text/numbers';
import { chineseSegments, joinedPinyin, lookup, wordEvidence } from './lexicon';
import { nameTokens, PLACE_SUFFIX, surnameOf } from './names';
import { englishStems } from './stem';

/**
 * Cross-lingual evidence that needs no machine translation. A Chinese text gives, per
 * word, number or name, the tokens an English rendering may use; an English text gives its
 * tokens. Both sides meet on stems ("meeting"), number values ("#3000000000" for 30亿 and
 * "3 billion"), dates ("@2-18") and joined pinyin ("lihongzhong" for 李鸿忠 and "Li Hongzhong").
 */
export interface ChineseEvidence {
  /** One entry per content word, number or name: the tokens any of which shows it was translated. */
  units: string[][];
  /** Every token of every unit: the bag of English tokens the text leads one to expect. */
  tokens: Set<string>;
}

/** Function characters the segmenter leaves alone, which never start or continue a name. */
const FUNCTION_CHARS = /[的了在是和与及对把被将从为也都就而等着过这那其之于以向由让给或但并又还所更最很各每个]/;
const CACHE_LIMIT = 20000;
const zhCache = new Map<string, ChineseEvidence>();
const enCache = new Map<string, Set<string>>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear(); // texts repeat within a session, not across corpora
  cache.set(key, value);
  return value;
}

/**
 * `keep: false` for a whole article read once (pairing): kept, ten thousand bodies and their
 * evidence would stay in memory under their text; the cache is for sentences, which repeat.
 */
export function zhEvidence(text: string, keep = true): ChineseEvidence {
  const cached = zhCache.get(text);
  if (cached) return cached;
  const units: string[][] = [];
  const numbers = extractNumbers(text, 'zh');
  for (const mention of numbers) units.push(numberKeys(mention));
  // The characters of 2月18日 or 30亿 are numbers already, not the words 月 (moon) or 亿.
  const segments = chineseSegments(text).filter(({ word, index }) => !numbers.some((m) => index < m.end && index + word.length > m.start));
  for (const { word } of segments) {
    const tokens = wordEvidence(word);
    if (tokens.length > 0) units.push(tokens);
    if (word.length >= 2 && word.length <= 4 && surnameOf(word) && lookup(word).length === 0) units.push(nameTokens(word));
  }
  units.push(...nameUnits(singleCharacterRuns(segments)));
  const evidence = { units, tokens: new Set(units.flat()) };
  return keep ? remember(zhCache, text, evidence) : evidence;
}

/**
 * The segmenter does not know most names and splits them into characters (张|驰, 上|党|区),
 * so runs of single characters are where names hide.
 */
function singleCharacterRuns(segments: { word: string; index: number }[]): string[] {
  const runs: string[] = [];
  let run = '';
  let next = -1;
  for (const { word, index } of segments) {
    const single = word.length === 1 && !FUNCTION_CHARS.test(word);
    if (single && index === next) run += word;
    else {
      if (run.length >= 2) runs.push(run);
      run = single ? word : '';
    }
    next = index + word.length;
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** Person names (a surname and one or two characters) and places (two or three characters before 区/市/县…). */
function nameUnits(runs: string[]): string[][] {
  const units: string[][] = [];
  for (const run of runs) {
    for (let i = 0; i < run.length; i += 1) {
      const surname = surnameOf(run.slice(i));
      const given = run.slice(i + (surname?.length ?? 0));
      if (surname && given.length > 0 && !PLACE_SUFFIX.test(given.charAt(0))) {
        const names = [surname + given.slice(0, 1), ...(given.length > 1 && !PLACE_SUFFIX.test(given.charAt(1)) ? [surname + given.slice(0, 2)] : [])];
        units.push([...new Set(names.flatMap(nameTokens))]);
      }
      if (i >= 2 && PLACE_SUFFIX.test(run.charAt(i))) {
        const roots = [run.slice(i - 2, i), ...(i >= 3 ? [run.slice(i - 3, i)] : [])];
        units.push(roots.map((root) => joinedPinyin(root)));
      }
    }
  }
  return units;
}

/**
 * The English side (a cached set: read it, never change it): stems, number keys, capitalised words as written ("beijing", which the
 * stemmer would cut), and names joined ("Li Hongzhong" and "Li Hong Zhong" also as "lihongzhong").
 */
/** `keep` as for zhEvidence. */
export function enEvidence(text: string, keep = true): Set<string> {
  const cached = enCache.get(text);
  if (cached) return cached;
  const tokens = new Set(englishStems(text, keep));
  for (const mention of extractNumbers(text, 'en', keep)) for (const key of numberKeys(mention)) tokens.add(key);
  for (const name of capitalisedRuns(text)) {
    for (let i = 0; i < name.length; i += 1) {
      tokens.add(name[i]!);
      if (i + 1 < name.length) tokens.add(name[i]! + name[i + 1]!);
      if (i + 2 < name.length) tokens.add(name[i]! + name[i + 1]! + name[i + 2]!);
    }
  }
  // MT writes given names hyphenated and lowercased ("Guo-xun"): joined, they meet the pinyin.
  for (const hyphenated of text.match(/[A-Za-z]+-[A-Za-z]+/g) ?? []) tokens.add(hyphenated.replace('-', '').toLowerCase());
  return keep ? remember(enCache, text, tokens) : tokens;
}

/** Runs of capitalised words next to each other ("Li Hong Zhong", "Guo-Xun"), lowercased. */
function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let end = -1;
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    const adjacent = /^( |-)$/.test(text.slice(end, m.index));
    if (/^[A-Z]/.test(m[0]) && adjacent && run.length > 0) run.push(m[0].toLowerCase());
    else {
      if (run.length > 0) runs.push(run);
      run = /^[A-Z]/.test(m[0]) ? [m[0].toLowerCase()] : [];
    }
    end = m.index + m[0].length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Earlier names of zhEvidence and enEvidence, kept for the aligner. */
export const chineseEvidence = zhEvidence;
export const englishEvidence = enEvidence;

/** How many of the Chinese units the English shows, and which English tokens they explain. */
export function matchEvidence(zh: ChineseEvidence, en: Set<string>): { covered: number; explained: Set<string> } {
  let covered = 0;
  const explained = new Set<string>();
  for (const unit of zh.units) {
    let hit = false;
    for (const token of unit) {
      if (en.has(token)) {
        hit = true;
        explained.add(token);
      }
    }
    if (hit) covered += 1;
  }
  return { covered, explained };
}
