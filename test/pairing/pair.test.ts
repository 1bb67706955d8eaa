import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseArticle } from '../../lib/corpus/article';
import type { Article } from '../../lib/corpus/types';
import { pairArticles, pairArticlesSliced, PAIR_THRESHOLD, type ShortlistMemory } from '../../lib/pairing/pair';
import type { PairDecision } from '../../lib/pairing/types';

const TED = new URL('../fixtures/ted/', import.meta.url);
const SEEDS = new URL('../../corpus/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('gold.json', TED), 'utf8')) as { pairs: { zh: string; en: string }[] };

function read(base: URL, file: string): Article {
  return parseArticle({ id: file.replace(/\.txt$/, ''), file, bytes: new Uint8Array(readFileSync(new URL(file, base))), size: 0, mtimeMs: 0 });
}

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => read(SEEDS, f));
const real = gold.pairs.slice(0, 3).flatMap((p) => [read(TED, p.zh), read(TED, p.en)]);
const decoys = gold.pairs.slice(3, 9).map((p) => read(TED, p.en));
const [zh, en] = [real[0]!, real[1]!];
const at = '2026-11-22T10:00:00Z';
const decide = (zhId: string, enId: string, decision: PairDecision['decision'], when = at): PairDecision => ({ zh: zhId, en: enId, decision, reviewer: 'Wang', at: when });
const pairsOf = (articles: Article[], decisions: PairDecision[] = []) =>
  pairArticles(articles, decisions).pairs.map((p) => `${p.zh.id}>${p.en.id}:${p.decision}`);

describe('pairArticles from content', () => {
  test('the five seed articles stay unpaired, each with its best candidate', () => {
    const result = pairArticles(seeds, []);
    assert.deepEqual(result.pairs, []);
    assert.equal(result.unpaired.length, 5);
    assert.deepEqual(result.unpaired.map((u) => u.lang).sort(), ['en', 'en', 'en', 'en', 'zh']);
    for (const u of result.unpaired) assert.ok(u.best === null || u.best.score < PAIR_THRESHOLD);
  });

  test('the Chinese seed is paired with no English seed even when it is the only candidate', () => {
    const chinese = seeds.find((s) => s.lang === 'zh')!;
    for (const english of seeds.filter((s) => s.lang === 'en')) assert.deepEqual(pairsOf([chinese, english]), []);
  });

  test('real pairs are found among decoys and seeds, whatever the order', () => {
    const expected = gold.pairs.slice(0, 3).map((p) => `${p.zh.replace('.txt', '')}>${p.en.replace('.txt', '')}:auto`).sort();
    assert.deepEqual(pairsOf([...seeds, ...real, ...decoys]).sort(), expected);
    assert.deepEqual(pairsOf([...decoys, ...[...real].reverse(), ...seeds].reverse()).sort(), expected);
    for (const p of pairArticles([...seeds, ...real, ...decoys], []).pairs) assert.ok(p.score >= PAIR_THRESHOLD && p.score <= 1);
  });

  test('file names play no part', () => {
    const renamed = real.map((a, i) => ({ ...a, id: `x${i}`, file: `mixed/${i}.txt` }));
    assert.deepEqual(pairsOf(renamed).sort(), ['x0>x1:auto', 'x2>x3:auto', 'x4>x5:auto']);
  });

  test('an English article without its original stays unpaired, with a weak best candidate', () => {
    const result = pairArticles([zh, ...decoys], []);
    assert.deepEqual(result.pairs, []);
    const decoy = result.unpaired.find((u) => u.id === decoys[0]!.id);
    assert.equal(decoy?.lang, 'en');
  });
});

describe('pairArticles with reviewer decisions', () => {
  test('a rejected pair never comes back', () => {
    assert.ok(!pairsOf(real, [decide(zh.id, en.id, 'rejected')]).includes(`${zh.id}>${en.id}:auto`));
    const result = pairArticles(real, [decide(zh.id, en.id, 'rejected')]);
    assert.ok(result.unpaired.some((u) => u.id === zh.id));
  });

  test('a manual pair stands against the evidence and takes both articles out of automatic pairing', () => {
    const other = real[3]!; // the English of another original
    const pairs = pairsOf(real, [decide(zh.id, other.id, 'manual')]);
    assert.ok(pairs.includes(`${zh.id}>${other.id}:manual`));
    assert.ok(!pairs.some((p) => p.startsWith(`${zh.id}>${en.id}`) || p.endsWith(`>${other.id}:auto`)));
  });

  test('a confirmed pair has score 1', () => {
    const pair = pairArticles(real, [decide(zh.id, en.id, 'confirmed')]).pairs.find((p) => p.zh.id === zh.id)!;
    assert.deepEqual([pair.en.id, pair.decision, pair.score], [en.id, 'confirmed', 1]);
  });

  test('an English article belongs to one original: the latest decision wins', () => {
    const other = real[2]!;
    const pairs = pairsOf(real, [decide(zh.id, en.id, 'confirmed', '2026-01-01T00:00:00Z'), decide(other.id, en.id, 'manual', '2026-02-01T00:00:00Z')]);
    assert.ok(pairs.includes(`${other.id}>${en.id}:manual`));
    assert.ok(!pairs.some((p) => p.startsWith(`${zh.id}>${en.id}`)));
  });

  test('decisions on articles no longer in the corpus are ignored', () => {
    assert.ok(!pairsOf(real, [decide('gone', en.id, 'confirmed')]).some((p) => p.startsWith('gone')));
  });

  test('an original with two English versions: both stay, the active one is marked', () => {
    const second = decoys[1]!;
    const decisions = [decide(zh.id, en.id, 'confirmed'), decide(zh.id, second.id, 'manual')];
    const versions = (active?: Record<string, string>) => pairArticles([...real, ...decoys], decisions, { active }).pairs.filter((p) => p.zh.id === zh.id);
    assert.equal(versions().length, 2);
    assert.equal(versions().filter((p) => p.active).length, 1, 'one version is active without a choice');
    assert.deepEqual(versions({ [zh.id]: second.id }).filter((p) => p.active).map((p) => p.en.id), [second.id]);
  });
});

describe('pairArticlesSliced', () => {
  test('gives what pairArticles gives, yielding between originals', async () => {
    const articles = [...real, ...decoys, ...seeds];
    const decisions = [decide(zh.id, en.id, 'rejected')];
    let pauses = 0;
    const sliced = await pairArticlesSliced(articles, decisions, {}, async () => {
      pauses += 1;
    });
    assert.deepEqual(sliced, pairArticles(articles, decisions));
    assert.equal(pauses, articles.filter((a) => a.lang === 'zh' && !a.error).length);
  });
});

describe('re-pairing with the last pairing\'s shortlists', () => {
  const edited = (article: Article, extra: string): Article =>
    parseArticle({ id: article.id, file: article.file, bytes: new TextEncoder().encode(`${article.body.join('\n\n')}\n\n${extra}\n`), size: 0, mtimeMs: 1 });
  const noPause = async () => undefined;

  test('gives what pairing from scratch gives after an English article changes, one is added and one removed', async () => {
    const articles = [...real, ...decoys, ...seeds];
    const memory: ShortlistMemory = { last: null };
    await pairArticlesSliced(articles, [], {}, noPause, memory);
    assert.ok(memory.last, 'the shortlists are kept');
    const changed = articles.map((a) => (a === en ? edited(en, 'The report was updated on the same day.') : a)).filter((a) => a !== decoys[0]);
    const next = [...changed, read(TED, gold.pairs[10]!.en)];
    const reused = await pairArticlesSliced(next, [], {}, noPause, memory);
    assert.deepEqual(reused, pairArticles(next, []));
    assert.equal(memory.last!.drift, 4, 'the shortlists were reused: one edit (gone and come), one added, one removed');
    assert.ok(reused.pairs.some((p) => p.zh.id === zh.id && p.en.id === en.id), 'the edited translation keeps its pair');
  });

  test('a Chinese original added since is paired with its translation', async () => {
    const [zhOnly, ...rest] = real;
    const memory: ShortlistMemory = { last: null };
    await pairArticlesSliced([...rest, ...decoys], [], {}, noPause, memory);
    const reused = await pairArticlesSliced([zhOnly!, ...rest, ...decoys], [], {}, noPause, memory);
    assert.deepEqual(reused, pairArticles([zhOnly!, ...rest, ...decoys], []));
    assert.ok(reused.pairs.some((p) => p.zh.id === zhOnly!.id));
  });
});
