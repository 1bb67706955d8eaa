import * as OpenCC from 'opencc-js';
import { cachedDerivedText, packageVersion, readDerivedText, storeDerived } from '../storage/derived-cache';

/**
 * Chinese normalisation for term matching.
 *
 * Text is folded character by character (Hong Kong and Taiwan variants and Traditional
 * characters to Simplified, full-width ASCII to half-width, ASCII to lower case), keeping
 * every UTF-16 code unit in place, so an offset in the folded text is the same offset in the
 * original. Phrase-level conversions (Taiwan 記憶體 for 内存) change lengths, so they are
 * applied to the terms instead: `termVariants` gives the extra forms a matcher should look for.
 */
type Convert = (text: string) => string;

const converters = new Map<string, Convert>();

/** OpenCC converters are built on first use: each one loads its own dictionaries. */
function converter(from: string, to: string): Convert {
  const key = `${from}>${to}`;
  let convert = converters.get(key);
  if (!convert) {
    convert = OpenCC.Converter({ from, to });
    converters.set(key, convert);
  }
  return convert;
}

/** Folded code unit per UTF-16 code unit, built on first use. */
let foldTable: Uint16Array | null = null;

/**
 * The table: ASCII and full-width folds, then the CJK folds OpenCC gives, kept in the
 * dictionary cache (two OpenCC converters cost some 0.2 s to load, in every process).
 */
function buildFoldTable(): Uint16Array {
  const table = baseFolds();
  for (const line of cachedDerivedText(CJK_FOLDS).split('\n')) {
    if (line) table[line.charCodeAt(0)] = line.charCodeAt(1);
  }
  return table;
}

function baseFolds(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) table[code] = code;
  for (let code = 0xff01; code <= 0xff5e; code += 1) table[code] = code - 0xfee0;
  table[0x3000] = 0x20;
  for (let code = 0x41; code <= 0x5a; code += 1) table[code] = code + 0x20;
  for (let code = 0x41; code <= 0x5a; code += 1) table[code + 0xfee0] = code + 0x20;
  return table;
}

/** One line per CJK character whose OpenCC fold differs from the base table: the character, then its fold. */
const CJK_FOLDS = {
  name: 'opencc-cjk-folds.txt',
  get key() {
    return `opencc-js ${packageVersion('opencc-js')}; format 1`;
  },
  build: buildCjkFolds,
};

/**
 * Every CJK character in one pass, one per line so OpenCC's phrase rules never join
 * neighbours, through Hong Kong then Taiwan variants to Simplified, twice so chains such as
 * 裏→裡→里 end on one character whatever script they started in.
 */
function buildCjkFolds(): string {
  const fromHk = converter('hk', 'cn');
  const fromTw = converter('tw', 'cn');
  const ranges: [number, number][] = [[0x2e80, 0x9fff], [0xf900, 0xfaff]];
  const chars: string[] = [];
  for (const [from, to] of ranges) for (let code = from; code <= to; code += 1) chars.push(String.fromCharCode(code));
  const joined = chars.join('\n');
  const converted = fromTw(fromHk(fromTw(fromHk(joined)))).split('\n');
  if (converted.length !== chars.length) return '';
  const base = baseFolds();
  return chars
    .map((char, index) => {
      // Characters whose Simplified form lies outside the BMP keep their own code: lengths must not change.
      const target = converted[index]!.length === 1 ? converted[index]! : char;
      return target.charCodeAt(0) === base[char.charCodeAt(0)] ? '' : `${char}${target}\n`;
    })
    .join('');
}

/** The folded UTF-16 code unit for `code`; surrogates (rare CJK extensions) stay as they are. */
export function foldCode(code: number): number {
  foldTable ??= buildFoldTable();
  return foldTable[code]!;
}

/** The text folded for matching; same length as `text`, offsets carry over unchanged. */
export function normaliseZh(text: string): string {
  foldTable ??= buildFoldTable();
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i += 1) codes[i] = foldTable[text.charCodeAt(i)]!;
  let out = '';
  // fromCharCode takes arguments, so convert in slices the engine accepts.
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}

/** The key under which two entries count as the same term (trimmed, script-folded). */
export function duplicateKey(zh: string): string {
  return normaliseZh(zh.trim().replace(/\s+/g, ' '));
}

/**
 * For each term, every normalised form a text might carry: the term itself, and its
 * Taiwan-vocabulary equivalents both ways (内存 ↔ 記憶體, 服务器 ↔ 伺服器). OpenCC's phrase
 * dictionaries take some 0.2 s to load, so the forms are remembered per term in the
 * dictionary cache and the converters are loaded only for terms never seen before.
 */
export function termVariants(terms: readonly string[]): string[][] {
  const clean = terms.map((term) => term.replace(/\n/g, ' '));
  const known = rememberedVariants();
  known.set('', []);
  const unseen = [...new Set(clean.filter((term) => !known.has(term)))];
  if (unseen.length) {
    convertVariants(unseen).forEach((forms, i) => known.set(unseen[i]!, forms));
    const lines = [...known].filter(([term]) => storable(term)).map(([term, forms]) => `${[term, ...forms].join('\t')}\n`);
    storeDerived(VARIANTS.name, VARIANTS.key, lines.join(''));
  }
  return clean.map((term) => known.get(term)!);
}

/** A term the file can hold on one line (a tab would read as the end of the term). */
const storable = (term: string) => term !== '' && !/[\t\r]/.test(term);

/** One line per term: the term, then its forms, tab-separated. */
const VARIANTS = {
  name: 'opencc-term-variants.tsv',
  get key() {
    return `opencc-js ${packageVersion('opencc-js')}; format 1`;
  },
};

let remembered: Map<string, string[]> | null = null;

function rememberedVariants(): Map<string, string[]> {
  if (remembered) return remembered;
  remembered = new Map();
  for (const line of (readDerivedText(VARIANTS.name, VARIANTS.key) ?? '').split('\n')) {
    const [term, ...forms] = line.split('\t');
    if (term) remembered.set(term, forms);
  }
  return remembered;
}

/** Terms are converted in one batch, joined by newlines, since OpenCC phrases never span lines. */
function convertVariants(terms: string[]): string[][] {
  // Hong Kong vocabulary (cn→hk) is left out: it is mostly foreign names, and costs 150 ms to load.
  const converters = [converter('twp', 'cn'), converter('cn', 'twp')];
  const joined = terms.join('\n');
  const batches = converters.map((convert) => convert(joined)).map((text) => text.split('\n'));
  return terms.map((term, index) => {
    const forms = new Set([normaliseZh(term)]);
    for (const batch of batches) {
      const form = batch[index];
      if (form !== undefined && batch.length === terms.length) forms.add(normaliseZh(form));
    }
    return [...forms].filter((form) => form.length > 0);
  });
}
