import { findForbidden } from '../../glossary/match-en';
import { normaliseZh } from '../../glossary/normalise-zh';
import { readGlossary } from '../../glossary/store';
import { AppError } from '../../errors';
import { concordanceRows, refreshConcordance, type IndexProgress } from '../concordance';
import { compileQuery, foldEnglish, queryRegex, type SearchQuery, type Span } from '../match';
import type { ConcordanceRow } from '../rows';
import { describeSource } from './describe';
import { qaFixPlan } from './qa-plan';
import type { BatchSource, PlannedChange, SkippedRow } from './types';

export interface BatchPlan {
  description: string;
  changes: PlannedChange[];
  /** Rows that match but cannot be changed automatically, with why. */
  skipped: SkippedRow[];
}

/** Every row a batch would change, with its text before and after: the preview. */
export async function planBatch(corpusDir: string, source: BatchSource, onProgress?: (p: IndexProgress) => void): Promise<BatchPlan> {
  if (source.kind === 'qa') return qaFixPlan(corpusDir, source.check, onProgress);
  const index = await refreshConcordance(corpusDir, onProgress);
  if (source.kind === 'search') return { ...searchPlan(concordanceRows(index), source), description: await describeSource(corpusDir, source) };
  const entry = (await readGlossary(corpusDir)).find((e) => e.id === source.entryId);
  if (!entry) throw new AppError('not-found', `No glossary entry "${source.entryId}".`);
  const approved = entry.approved[0];
  if (!approved || entry.forbidden.length === 0) throw new AppError('bad-input', `${entry.zh} needs an approved and a forbidden rendering to replace one with the other.`);
  const changes: PlannedChange[] = [];
  for (const row of concordanceRows(index)) {
    const hits = findForbidden(row.text, [entry]);
    if (hits.length === 0) continue;
    const after = replaceSpans(row.text, hits.map((h) => [h.start, h.end]), (matched) => fitRendering(matched, approved));
    if (after !== row.text) changes.push(change(row, after));
  }
  return { description: await describeSource(corpusDir, source), changes, skipped: [] };
}

function searchPlan(rows: Iterable<ConcordanceRow>, source: Extract<BatchSource, { kind: 'search' }>): Omit<BatchPlan, 'description'> {
  if (source.side !== 'en') throw new AppError('bad-input', 'Replacements are made in the current English: search it (side "en").');
  const query: SearchQuery = { pattern: source.pattern, side: 'en', regex: source.regex, wholeWord: source.wholeWord, caseSensitive: source.caseSensitive };
  const matcher = compileQuery(query);
  const regex = source.regex ? queryRegex(query) : null;
  const changes: PlannedChange[] = [];
  const within = source.within ? normaliseZh(source.within) : null;
  for (const row of rows) {
    if (within !== null && !(row.zh !== null && normaliseZh(row.zh).includes(within))) continue;
    const haystack = matcher.haystack === 'folded' ? null : row.text;
    const spans = matcher.find(haystack ?? foldedText(row));
    if (spans.length === 0) continue;
    // A regular expression's replacement may name its groups ($1, $<name>); a plain one is taken as written.
    const after = regex ? row.text.replace(regex, source.replacement) : replaceSpans(row.text, spans, () => source.replacement);
    if (after !== row.text) changes.push(change(row, after));
  }
  return { changes, skipped: [] };
}

// The plain English matcher reads the folded text; folding keeps offsets, so its spans fit the original.
const foldedText = (row: ConcordanceRow) => foldEnglish(row.text);

export function change(row: ConcordanceRow, after: string): PlannedChange {
  return { article: row.article, title: row.title, row: row.row, position: row.position, baseRevision: row.revision, before: row.text, after, stateBefore: row.state };
}

/** The text with each span replaced, right to left so earlier offsets hold; overlapping spans after the first are left. */
export function replaceSpans(text: string, spans: readonly Span[], replacement: (matched: string) => string): string {
  const ordered = [...spans].sort((a, b) => a[0] - b[0]);
  const kept: Span[] = [];
  for (const span of ordered) if (!kept.length || span[0] >= kept.at(-1)![1]) kept.push(span);
  let out = text;
  for (const [start, end] of kept.reverse()) out = out.slice(0, start) + replacement(text.slice(start, end)) + out.slice(end);
  return out;
}

/**
 * The approved rendering as it should stand where the forbidden one stood: capitalised at
 * the start of a capitalised phrase, with the possessive kept ("Xinhua Net's" → "Xinhuanet's").
 */
export function fitRendering(matched: string, approved: string): string {
  let out = approved;
  if (/^\p{Lu}/u.test(matched) && /^\p{Ll}/u.test(out)) out = out[0]!.toUpperCase() + out.slice(1);
  const possessive = /['’]s?$/.exec(matched)?.[0];
  if (possessive && !/['’]s?$/.test(out)) out += possessive;
  return out;
}
