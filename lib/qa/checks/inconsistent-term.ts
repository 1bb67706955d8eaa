import { chineseSegments, isNameEntry, lookup, wordEvidence } from '../../bilingual/lexicon';
import { englishStems } from '../../bilingual/stem';
import { defineCheck } from '../define-check';
import type { QaRow, RawFinding } from '../types';

/**
 * The same Chinese term rendered differently across one document: 图表 as "chart" in most
 * rows and "diagram" in one, 声音 as "sound" and then "voice". A row's rendering is which
 * of the term's noun glosses (CC-CEDICT) its English uses. Words have several senses, so
 * only a term the document renders in at least three rows, with one rendering in at least
 * two thirds of them, counts as settled; the rows that depart from it are flagged, each
 * naming the usual rendering. Verb and adverb senses vary with the sentence and are left out.
 */
export default defineCheck({
  id: 'inconsistent-term',
  category: 'Terminology/Inconsistent use of terminology',
  severity: 'minor',
  describe: 'A Chinese term translated differently from the rest of the article',
  run({ index, target }, { rows }) {
    return (termUsages(rows).get(index) ?? []).map((u): RawFinding => {
      const written = renderingIn(target, u.rendering);
      return {
        message: `${u.term} is "${u.rendering}" here but "${u.usual}" in ${u.usualRows} other rows: keep one rendering`,
        sourceSpan: u.sourceSpan,
        targetSpan: written?.span ?? null,
        // Offered only where the swap is a word for a word ("voice" → "sound", "voices" → "sounds").
        fix: written?.plural !== undefined ? { span: written.span, replacement: matchCase(written.text, written.plural ? plural(u.usual) : u.usual) } : null,
      };
    });
  },
});

/** Where the English writes the rendering: as itself or its plural (then with a fix), or another form of it. */
function renderingIn(target: string, rendering: string): { span: [number, number]; text: string; plural?: boolean } | null {
  const exact = new RegExp(`\\b${escape(rendering)}(s?)\\b`, 'i').exec(target);
  if (exact) return { span: [exact.index, exact.index + exact[0].length], text: exact[0], plural: exact[1] === 's' };
  const head = rendering.split(' ')[0]!;
  const other = new RegExp(`\\b${escape(head.slice(0, Math.max(4, head.length - 2)))}\\w*`, 'i').exec(target);
  return other ? { span: [other.index, other.index + other[0].length], text: other[0] } : null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** English plural of a rendering's last word: "sound" → "sounds", "mass" → "masses", "study" → "studies". */
const plural = (word: string) => (/(s|x|z|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);
const matchCase = (like: string, text: string) => (/^[A-Z]/.test(like) ? text[0]!.toUpperCase() + text.slice(1) : text);

interface Departure {
  term: string;
  rendering: string;
  usual: string;
  usualRows: number;
  sourceSpan: [number, number];
}

const MIN_ROWS = 3;
const SETTLED = 2 / 3;
const perDocument = new WeakMap<object, Map<number, Departure[]>>();

/** For each row, the terms it renders unlike the rest of the document; worked out once per document. */
function termUsages(rows: QaRow[]): Map<number, Departure[]> {
  const cached = perDocument.get(rows);
  if (cached) return cached;
  const seen = new Map<string, { row: number; rendering: string; at: number; found: Rendering; others: string[]; target: string }[]>();
  for (const row of rows) {
    if (!row.source) continue;
    const terms = termsOf(row.source);
    if (terms.length === 0) continue;
    const english = englishStems(row.target); // cached: the other checks of the row read it too
    for (const { word, index, renderings, others } of terms) {
      const found = soleRendering(renderings, english);
      if (found === null) continue;
      const usage = { row: row.index, rendering: found.rendering, at: index, found, others, target: row.target };
      const list = seen.get(word);
      if (!list) seen.set(word, [usage]);
      else if (list[list.length - 1]!.row !== row.index) list.push(usage);
    }
  }
  const byRow = new Map<number, Departure[]>();
  for (const [term, list] of seen) {
    if (list.length < MIN_ROWS) continue;
    const counts = new Map<string, number>();
    for (const u of list) counts.set(u.rendering, (counts.get(u.rendering) ?? 0) + 1);
    const [usual, usualRows] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    if (usualRows === list.length || usualRows / list.length < SETTLED) continue;
    // Asked of departures only (few): whether their English word is another word's, inside a name.
    for (const u of list.filter((x) => x.rendering !== usual && !(inName(x.found, x.target) && glossedByAnother(x.others, x.found)))) {
      const departure = { term, rendering: u.rendering, usual, usualRows, sourceSpan: [u.at, u.at + term.length] as [number, number] };
      byRow.set(u.row, [...(byRow.get(u.row) ?? []), departure]);
    }
  }
  perDocument.set(rows, byRow);
  return byRow;
}

/**
 * The one rendering of the term the English uses; null when it uses none, or two at once
 * (which says nothing about the choice).
 */
function soleRendering(renderings: Rendering[], english: string[]): Rendering | null {
  let found: Rendering | null = null;
  for (const r of renderings) {
    if (!r.stems.some((s) => english.includes(s))) continue;
    if (found !== null) return null;
    found = r;
  }
  return found;
}

/**
 * The rendering is a gloss of another word of the row too, so the English word may be that
 * word's: "banking" for 金融 is the "Bank" of 人民银行 ("People's Bank of China").
 */
function glossedByAnother(others: string[], rendering: Rendering): boolean {
  return others.some((word) => wordEvidence(word).some((token) => rendering.stems.includes(token)));
}

/** The English says the rendering only in capitalised words, a name's ("People's Bank of China"). */
function inName(rendering: Rendering, target: string): boolean {
  const names = englishStems((target.match(/\b[A-Z][a-z]+/g) ?? []).join(' ').toLowerCase());
  const plain = englishStems(target.replace(/\b[A-Z][a-z]+/g, ' '));
  return rendering.stems.some((s) => names.includes(s)) && !rendering.stems.some((s) => plain.includes(s));
}

type Rendering = { rendering: string; stems: string[] };
type Term = { word: string; index: number; renderings: Rendering[]; others: string[] };
const termCache = new Map<string, Term[]>();

/** Words of two characters or more with two noun renderings or more, not names. */
function termsOf(source: string): Term[] {
  let terms = termCache.get(source);
  if (!terms) {
    const segments = chineseSegments(source);
    terms = segments
      .filter(({ word }) => word.length >= 2 && !lookup(word).some(isNameEntry) && nounRenderings(word).length >= 2)
      .map(({ word, index }) => ({ word, index, renderings: nounRenderings(word), others: segments.filter((s) => s.index !== index && s.word !== word).map((s) => s.word) }));
    if (termCache.size > 20_000) termCache.clear();
    termCache.set(source, terms);
  }
  return terms;
}

const renderingCache = new Map<string, Rendering[]>();

/**
 * The noun senses of a term, one rendering each, by their stems: 声音 → "voice", "sound".
 * Senses that share a beginning are one rendering in two parts of speech ("vibrate",
 * "vibration"); verb senses ("to compare") and adverbs ("relatively") are dropped.
 */
function nounRenderings(word: string): Rendering[] {
  let found = renderingCache.get(word);
  if (found) return found;
  found = [];
  for (const entry of lookup(word).slice(0, 2)) {
    for (const sense of entry.english.slice(0, 6)) {
      const plain = sense.replace(/\([^)]*\)|\[[^\]]*\]|\S*\|\S*|\p{Script=Han}+/gu, ' ').trim().toLowerCase();
      if (!/^[a-z][a-z -]*$/.test(plain) || /^to /.test(plain) || /ly$/.test(plain) || plain.split(' ').length > 2) continue;
      const stems = englishStems(plain);
      if (stems.length === 0 || found.some((f) => f.stems.some((s) => stems.some((t) => sameRoot(s, t))))) continue;
      found.push({ rendering: plain, stems });
    }
  }
  renderingCache.set(word, found);
  return found;
}

/** "vibrat" and "vibration", "collis" and "collid": one word in two parts of speech. */
function sameRoot(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let i = 0;
  while (i < shorter && a[i] === b[i]) i += 1;
  return i >= Math.min(4, shorter);
}
