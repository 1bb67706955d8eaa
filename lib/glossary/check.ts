import { findForbidden, findRenderings, type ForbiddenMatch, type RenderingMatch } from './match-en';
import { indexEnglish } from './english-words';
import type { ZhMatcher } from './match-zh';
import type { GlossaryEntry } from './types';

/**
 * One glossary term found in the Chinese of a pair, and what the English does with it.
 * This is the CLI's `terms --json` row (entryId aside); offsets index into the bodyText the
 * match was made in: the Chinese for a pair, the English for an English article alone.
 */
export interface TermCheck {
  entryId: string;
  term: string;
  start: number;
  end: number;
  approved: string[];
  /** Whether the English uses one of the approved renderings anywhere. */
  found: boolean;
  /** Forbidden renderings of this entry that the English uses. */
  forbidden: string[];
}

/** Where an entry's renderings sit in the English, for highlighting the English side. */
export interface EnglishTermSpans {
  entryId: string;
  term: string;
  approved: RenderingMatch[];
  forbidden: RenderingMatch[];
}

export interface TermCheckResult {
  matches: TermCheck[];
  /** Per entry met in the pair (in the Chinese, or forbidden in the English), first met first. */
  english: EnglishTermSpans[];
}

/** Checks a Chinese text and its English translation against the glossary. */
export function checkTerms(zhText: string, enText: string, matcher: ZhMatcher, entries: readonly GlossaryEntry[]): TermCheckResult {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const zhMatches = matcher.find(zhText);
  const english = indexEnglish(enText);
  const spans = new Map<string, EnglishTermSpans>();
  for (const match of zhMatches) {
    const entry = byId.get(match.entryId);
    if (entry && !spans.has(entry.id)) spans.set(entry.id, { entryId: entry.id, term: entry.zh, approved: findRenderings(english, entry), forbidden: [] });
  }
  for (const hit of findForbidden(english, entries)) {
    const entrySpans = spans.get(hit.entryId) ?? { entryId: hit.entryId, term: hit.term, approved: [], forbidden: [] };
    entrySpans.forbidden.push({ rendering: hit.rendering, start: hit.start, end: hit.end });
    spans.set(hit.entryId, entrySpans);
  }
  const matches = zhMatches.map((match): TermCheck => {
    const entrySpans = spans.get(match.entryId);
    return {
      entryId: match.entryId,
      term: match.term,
      start: match.start,
      end: match.end,
      approved: byId.get(match.entryId)?.approved ?? [],
      found: (entrySpans?.approved.length ?? 0) > 0,
      forbidden: [...new Set(entrySpans?.forbidden.map((f) => f.rendering) ?? [])],
    };
  });
  return { matches, english: [...spans.values()] };
}

/**
 * An English article with no Chinese to compare: only forbidden renderings can be judged.
 * Each is reported at its span in the English, under its entry's Chinese term.
 */
export function checkEnglishTerms(enText: string, entries: readonly GlossaryEntry[]): { matches: TermCheck[] } {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // Two entries may forbid the same phrase (三生融合 and 生产生活生态); report the span once.
  const spans = new Set<string>();
  const hits = findForbidden(enText, entries).filter((hit) => {
    const key = `${hit.start}:${hit.end}`;
    return spans.has(key) ? false : (spans.add(key), true);
  });
  const matches = hits.map((hit: ForbiddenMatch): TermCheck => ({
    entryId: hit.entryId,
    term: hit.term,
    start: hit.start,
    end: hit.end,
    approved: byId.get(hit.entryId)?.approved ?? [],
    found: false,
    forbidden: [hit.rendering],
  }));
  return { matches };
}

/** The CLI contract of `terms --json`: the matches without internal ids. */
export function termsContract(matches: readonly TermCheck[]): { matches: Omit<TermCheck, 'entryId'>[] } {
  return { matches: matches.map(({ term, start, end, approved, found, forbidden }) => ({ term, start, end, approved, found, forbidden })) };
}
