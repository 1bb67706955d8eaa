import { indexEnglish } from './english-words';
import { findForbidden, findRenderings } from './match-en';
import { buildZhMatcher, type ZhMatcher } from './match-zh';
import type { GlossaryEntry } from './types';

/** A Chinese article's body text and, when it is paired, its English translation's. */
export interface UsagePair {
  zh: string;
  en: string | null;
}

/** How an entry fares across the corpus: the glossary page's usage column. */
export interface TermUsage {
  entryId: string;
  /** Chinese articles that contain the term. */
  articles: number;
  /** Of those, how many have an English translation to judge. */
  translated: number;
  /** Of those, how many use an approved rendering. */
  approvedUsed: number;
  /** Of those, how many use a forbidden rendering. */
  forbiddenUsed: number;
}

/**
 * Usage of every entry over a set of pairs, in the entries' order. English is only indexed
 * for articles where some term occurs, and only the entries found are looked up in it.
 */
export function termUsage(pairs: Iterable<UsagePair>, entries: readonly GlossaryEntry[], matcher?: ZhMatcher): TermUsage[] {
  const zhMatcher = matcher ?? buildZhMatcher(entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const usage = new Map(entries.map((entry) => [entry.id, { entryId: entry.id, articles: 0, translated: 0, approvedUsed: 0, forbiddenUsed: 0 }]));
  for (const pair of pairs) {
    const ids = new Set(zhMatcher.find(pair.zh).map((match) => match.entryId));
    if (ids.size === 0) continue;
    const english = pair.en === null ? null : indexEnglish(pair.en);
    for (const id of ids) {
      const counts = usage.get(id);
      const entry = byId.get(id);
      if (!counts || !entry) continue;
      counts.articles += 1;
      if (!english) continue;
      counts.translated += 1;
      if (findRenderings(english, entry).length > 0) counts.approvedUsed += 1;
      if (findForbidden(english, [entry]).length > 0) counts.forbiddenUsed += 1;
    }
  }
  return [...usage.values()];
}
