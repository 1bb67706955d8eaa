import { statSync } from 'node:fs';
import { bodyText } from '../corpus/types';
import { corpusPairing } from '../pairing/corpus-pairing';
import { duplicateKey } from './normalise-zh';
import { buildZhMatcher, type ZhMatcher } from './match-zh';
import { glossaryFile, readGlossary } from './store';
import type { GlossaryEntry } from './types';
import { termUsage, type TermUsage } from './usage';

const matchers = new Map<string, { key: string; entries: GlossaryEntry[]; matcher: ZhMatcher; file?: string }>();

/** The glossary file's identity: a rewrite (always a rename) changes its inode, size or time. */
function fileIdentity(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'none';
  }
}

/** The glossary and its matcher, rebuilt only when the glossary file changed; not even read when its identity did not. */
export async function glossaryMatcher(corpusDir: string): Promise<{ key: string; entries: GlossaryEntry[]; matcher: ZhMatcher }> {
  const identity = fileIdentity(glossaryFile(corpusDir));
  const known = matchers.get(corpusDir);
  if (known && known.file === identity) return known;
  const entries = await readGlossary(corpusDir);
  const key = JSON.stringify(entries.map((e) => [e.id, e.updatedAt]));
  const cached = matchers.get(corpusDir);
  if (cached?.key === key) {
    cached.file = identity;
    return cached;
  }
  const built = { key, entries, matcher: buildZhMatcher(entries), file: identity };
  matchers.set(corpusDir, built);
  return built;
}

export interface GlossaryOverview {
  entry: GlossaryEntry;
  usage: TermUsage | null;
  /** Other entries with the same term after Traditional→Simplified normalisation. */
  duplicateOf: string[];
}

/** Every entry with its usage across the corpus's Chinese articles and their English versions. */
export async function glossaryOverview(corpusDir: string): Promise<GlossaryOverview[]> {
  const { entries, matcher } = await glossaryMatcher(corpusDir);
  const { articles, result } = await corpusPairing(corpusDir);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const englishOf = new Map(result.pairs.filter((p) => p.active).map((p) => [p.zh.id, p.en.id]));
  const pairs = articles
    .filter((a) => a.lang === 'zh' && !a.error)
    .map((a) => {
      const en = byId.get(englishOf.get(a.id) ?? '');
      return { zh: bodyText(a), en: en ? bodyText(en) : null };
    });
  const usage = new Map(termUsage(pairs, entries, matcher).map((u) => [u.entryId, u]));
  const byKey = new Map<string, string[]>();
  for (const e of entries) byKey.set(duplicateKey(e.zh), [...(byKey.get(duplicateKey(e.zh)) ?? []), e.id]);
  return entries.map((entry) => ({
    entry,
    usage: usage.get(entry.id) ?? null,
    duplicateOf: (byKey.get(duplicateKey(entry.zh)) ?? []).filter((id) => id !== entry.id),
  }));
}
