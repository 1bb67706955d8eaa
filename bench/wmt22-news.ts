// The WMT22 news evaluation sets, built in memory from ../shared/data/wmt22_zhen.tsv (never
// copied into the repository: the test set is released for research use only). 38 news
// documents of Xinhua, Hunan Daily, VOA, Nhan Dan, DW, Macao's government news and others,
// each with its Chinese source, two human references and six WMT22 systems' output,
// line-aligned. Cite Kocmi et al. 2022, "Findings of the 2022 Conference on Machine
// Translation (WMT22)".
//
// Split, fixed before anything was tuned: a document is in the TUNING slice when the first
// byte of sha256(document id) is even, and in the HELD-OUT slice when it is odd (22
// documents / 305 segments tuning, 16 / 200 held out). Thresholds may look at TED and the
// tuning slice only; the held-out figures are for the final report.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../lib/corpus/article';
import { bodyText, type Article } from '../lib/corpus/types';
import type { GoldSegment } from '../lib/alignment/evaluate';

export type Slice = 'tuning' | 'held-out';

export const TRANSLATIONS = ['ref_a', 'ref_b', 'JDExploreAcademy', 'Online-A', 'Online-B', 'Online-W', 'Lan-Bridge', 'NiuTrans'] as const;
export type Translation = (typeof TRANSLATIONS)[number];

export interface NewsDocument {
  id: string;
  slice: Slice;
  zh: string[];
  en: Record<Translation, string[]>;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest();

export function sliceOf(docId: string): Slice {
  return hashOf(docId)[0]! % 2 === 0 ? 'tuning' : 'held-out';
}

/** The data folder: $SHENJIAO_SHARED_DATA, or a `shared/data` beside the checkout or one of its parents. */
export function sharedDataDir(): string {
  const fromEnv = process.env.SHENJIAO_SHARED_DATA;
  if (fromEnv) return fromEnv;
  let dir = path.resolve(new URL('..', import.meta.url).pathname);
  for (let k = 0; k < 4; k += 1) {
    const candidate = path.join(dir, '..', 'shared', 'data');
    if (existsSync(path.join(candidate, 'wmt22_zhen.tsv'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('wmt22_zhen.tsv not found: set SHENJIAO_SHARED_DATA to the folder holding it');
}

/** The news documents of the set, in test-set order. */
export function loadNewsDocuments(file = path.join(sharedDataDir(), 'wmt22_zhen.tsv')): NewsDocument[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
  const columns = header!.split('\t');
  const docs = new Map<string, NewsDocument>();
  for (const line of lines) {
    const cells = line.split('\t');
    if (cells[1] !== 'news') continue;
    const cell = (name: string) => (cells[columns.indexOf(name)] ?? '').replace(/\s+/g, ' ').trim();
    const id = cells[0]!;
    const doc = docs.get(id) ?? { id, slice: sliceOf(id), zh: [], en: Object.fromEntries(TRANSLATIONS.map((t) => [t, []])) as unknown as Record<Translation, string[]> };
    doc.zh.push(cell('zh'));
    for (const t of TRANSLATIONS) doc.en[t].push(cell(t));
    docs.set(id, doc);
  }
  return [...docs.values()];
}

/** mulberry32, seeded from the document id (so a document's layout never depends on the others). */
export function seededBy(key: string): (n: number) => number {
  let state = hashOf(key).readUInt32LE(0);
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

export interface BuiltArticle {
  article: Article;
  /** Gold segments (index in the document) with offsets into the body text. */
  segments: GoldSegment[];
}

/**
 * An article from a run of segments: the first alone as the headline, then paragraphs of
 * 1–4 segments drawn from `random` (each side draws its own, so paragraphs do not agree).
 * English may have sentences glued at segment joins ("end.Next"), as MT output has.
 */
export function buildArticle(file: string, pieces: { seg: number; text: string }[], lang: 'zh' | 'en', random: (n: number) => number, glued = false): BuiltArticle {
  const kept = pieces.filter((p) => p.text);
  let text = kept[0]?.text ?? '';
  const offsets: [number, number][] = [[0, text.length]];
  let inParagraph = 0;
  let size = 0;
  for (const piece of kept.slice(1)) {
    if (inParagraph === size) {
      text += '\n\n';
      inParagraph = 0;
      size = 1 + random(4);
    } else if (lang === 'en') {
      text += glued && /[.!?]$/.test(text) && /^[A-Z]/.test(piece.text) && random(2) === 0 ? '' : ' ';
    }
    offsets.push([text.length, text.length + piece.text.length]);
    text += piece.text;
    inParagraph += 1;
  }
  const bytes = new TextEncoder().encode(text);
  const article = parseArticle({ id: file, file, bytes, size: bytes.length, mtimeMs: 0 });
  return { article, segments: goldSegments(article, text, kept, offsets) };
}

/**
 * Segment offsets in the body the reader kept. The reader may drop a line as boilerplate
 * (a dateline, a site name); the segments of dropped lines leave the gold.
 */
function goldSegments(article: Article, text: string, pieces: { seg: number }[], offsets: [number, number][]): GoldSegment[] {
  const body = bodyText(article);
  if (body === text) return pieces.map((p, i) => ({ seg: p.seg, start: offsets[i]![0], end: offsets[i]![1] }));
  const out: GoldSegment[] = [];
  let cursor = 0;
  pieces.forEach((p, i) => {
    const piece = text.slice(offsets[i]![0], offsets[i]![1]);
    const at = body.indexOf(piece, cursor);
    if (at < 0) return;
    out.push({ seg: p.seg, start: at, end: at + piece.length });
    cursor = at + piece.length;
  });
  return out;
}

export const selectSlice = (docs: NewsDocument[], slice: Slice) => docs.filter((d) => d.slice === slice);

/** Which slices to report: BENCH_SLICE=tuning while tuning, both by default. */
export function slicesToReport(): Slice[] {
  const only = process.env.BENCH_SLICE;
  return only === 'tuning' || only === 'held-out' ? [only] : ['tuning', 'held-out'];
}
