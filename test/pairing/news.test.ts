// Pairing on real news: WMT22 documents from test/fixtures/wmt22 (see its README for the
// source and attribution), made into articles the way a scraper would save them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseArticle } from '../../lib/corpus/article';
import type { Article } from '../../lib/corpus/types';
import { pairArticles, PAIR_THRESHOLD } from '../../lib/pairing/pair';

type NewsFixture = Record<string, { zh: string[]; en: Record<string, string[]> }>;
const news = JSON.parse(readFileSync(new URL('../fixtures/wmt22/news.json', import.meta.url), 'utf8')) as NewsFixture;
const SEEDS = new URL('../../corpus/', import.meta.url);
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => article(`seed-${f}`, readFileSync(new URL(f, SEEDS), 'utf8')));

function article(id: string, text: string): Article {
  const bytes = new TextEncoder().encode(text);
  return parseArticle({ id, file: `${id}.txt`, bytes, size: bytes.length, mtimeMs: 0 });
}

/** Headline, then one paragraph per segment; `count` segments, a Latin tag before the headline if given. */
function newsArticle(id: string, segments: string[], count = segments.length, tag = ''): Article {
  const [headline, ...rest] = segments.slice(0, count);
  return article(id, [tag + headline, ...rest].join('\n\n'));
}

const doc = (id: string) => news[`xinhua-zh-01.${id}`]!;
const pairsOf = (articles: Article[]) => pairArticles(articles, []).pairs.map((p) => `${p.zh.id}>${p.en.id}`).sort();

describe('pairing real news', () => {
  test('short articles (a headline and three or four sentences) pair, every English version with its original', () => {
    const articles = [
      newsArticle('grads-zh', doc('103913').zh),
      newsArticle('grads-en-a', doc('103913').en.ref_a!),
      newsArticle('grads-en-b', doc('103913').en['Online-B']!),
      newsArticle('teachers-zh', doc('104135').zh),
      newsArticle('teachers-en-jd', doc('104135').en.JDExploreAcademy!),
      newsArticle('teachers-en-niu', doc('104135').en.NiuTrans!),
      ...seeds,
    ];
    assert.deepEqual(pairsOf(articles), ['grads-zh>grads-en-a', 'grads-zh>grads-en-b', 'teachers-zh>teachers-en-jd', 'teachers-zh>teachers-en-niu']);
    const result = pairArticles(articles, []);
    assert.equal(result.pairs.filter((p) => p.zh.id === 'grads-zh' && p.active).length, 1, 'one version is active');
    assert.ok(result.pairs.every((p) => p.score >= PAIR_THRESHOLD && p.score <= 1));
    assert.ok(result.unpaired.every((u) => u.id.startsWith('seed-')), 'the seeds pair with nothing');
  });

  test('a headline with a Latin-letter tag ("NEWS GOV-MO:") pairs like any other', () => {
    const iran = doc('103929');
    const articles = [
      newsArticle('iran-zh', iran.zh, iran.zh.length, 'NEWS GOV-MO: '),
      newsArticle('iran-en', iran.en['Online-A']!, iran.zh.length, 'NEWS GOV-MO: '),
      newsArticle('grads-zh', doc('103913').zh),
      newsArticle('grads-en', doc('103913').en.ref_a!),
      ...seeds,
    ];
    assert.equal(articles[0]!.lang, 'zh');
    assert.deepEqual(pairsOf(articles), ['grads-zh>grads-en', 'iran-zh>iran-en']);
  });

  test('a short article tagged in Latin letters pairs, among unrelated news', () => {
    const iran = doc('103929');
    const articles = [newsArticle('iran-zh', iran.zh, 4, 'NEWS GOV-MO: '), newsArticle('iran-en', iran.en['Online-A']!, 4, 'NEWS GOV-MO: '), newsArticle('carp-en', doc('103896').en.ref_b!), ...seeds];
    assert.deepEqual(pairsOf(articles), ['iran-zh>iran-en']);
  });

  test('a near-duplicate decoy (a brief of the same story) stays unpaired; the full original gets the translation', () => {
    const carp = doc('103896');
    const articles = [newsArticle('carp-zh', carp.zh), newsArticle('carp-brief-zh', carp.zh, 4), newsArticle('carp-en', carp.en.ref_b!), ...seeds];
    assert.deepEqual(pairsOf(articles), ['carp-zh>carp-en']);
    assert.ok(pairArticles(articles, []).unpaired.some((u) => u.id === 'carp-brief-zh'));
  });

  test('English whose original is missing stays unpaired, even beside news on a related subject', () => {
    const articles = [newsArticle('grads-zh', doc('103913').zh), newsArticle('teachers-en', doc('104135').en.NiuTrans!), newsArticle('carp-en', doc('103896').en.ref_b!), ...seeds];
    assert.deepEqual(pairsOf(articles), []);
  });
});
