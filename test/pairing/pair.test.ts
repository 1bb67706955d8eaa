import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseArticle } from '../../lib/corpus/article';
import type { Article } from '../../lib/corpus/types';
import { readPairsFile, recordPairDecision, setActiveVersion } from '../../lib/pairing/decisions-store';
import { pairArticles } from '../../lib/pairing/pair';

const TED = new URL('../fixtures/ted/', import.meta.url);
const SEEDS = new URL('../../corpus/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('gold.json', TED), 'utf8')) as { pairs: { zh: string; en: string }[] };

function read(base: URL, file: string): Article {
  return parseArticle({ id: file.replace(/\.txt$/, ''), file, bytes: new Uint8Array(readFileSync(new URL(file, base))), size: 0, mtimeMs: 0 });
}

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => read(SEEDS, f));
const real = gold.pairs.slice(0, 3).flatMap((p) => [read(TED, p.zh), read(TED, p.en)]);
const decoys = gold.pairs.slice(3, 9).map((p) => read(TED, p.en));

describe('pairArticles', () => {
  test('the five seed articles stay unpaired', () => {
    const result = pairArticles(seeds, []);
    assert.equal(result.pairs.length, 0);
    assert.equal(result.unpaired.length, 5);
  });

  test('real pairs are found among decoys and seeds', () => {
    const result = pairArticles([...seeds, ...real, ...decoys], []);
    const found = result.pairs.map((p) => `${p.zh.file}>${p.en.file}`).sort();
    assert.deepEqual(found, gold.pairs.slice(0, 3).map((p) => `${p.zh}>${p.en}`).sort());
    for (const p of result.pairs) assert.ok(p.score >= 0.35 && p.score <= 1);
    const decoy = result.unpaired.find((u) => u.file === decoys[0]!.file);
    assert.equal(decoy?.lang, 'en');
  });

  test('confirmed and manual decisions stand; rejected pairs never come back', () => {
    const [zh, en] = [real[0]!, real[1]!];
    const other = decoys[0]!;
    const at = '2026-11-22T00:00:00Z';
    const rejected = pairArticles([...real, ...decoys], [{ zh: zh.id, en: en.id, decision: 'rejected', reviewer: 'r', at }]);
    assert.ok(!rejected.pairs.some((p) => p.zh.id === zh.id && p.en.id === en.id));
    const manual = pairArticles([...real, ...decoys], [{ zh: zh.id, en: other.id, decision: 'manual', reviewer: 'r', at }]);
    const mine = manual.pairs.filter((p) => p.zh.id === zh.id);
    assert.deepEqual(mine.map((p) => [p.en.id, p.decision, p.score]), [[other.id, 'manual', 1]]);
  });

  test('an original with two English versions: the active one is marked', () => {
    const [zh, en] = [real[0]!, real[1]!];
    const second = decoys[1]!;
    const at = '2026-11-22T00:00:00Z';
    const decisions = [
      { zh: zh.id, en: en.id, decision: 'confirmed' as const, reviewer: 'r', at },
      { zh: zh.id, en: second.id, decision: 'manual' as const, reviewer: 'r', at },
    ];
    const result = pairArticles([...real, ...decoys], decisions, { [zh.id]: second.id });
    const versions = result.pairs.filter((p) => p.zh.id === zh.id);
    assert.equal(versions.length, 2);
    assert.deepEqual(versions.filter((p) => p.active).map((p) => p.en.id), [second.id]);
  });
});

describe('pair decisions file', () => {
  test('decisions and the active version round-trip through the file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-pairs-'));
    try {
      assert.deepEqual(await readPairsFile(dir), { schema: 1, decisions: [], active: {} });
      await recordPairDecision(dir, { zh: 'a', en: 'b', decision: 'confirmed', reviewer: 'Wang', at: 't1' });
      await recordPairDecision(dir, { zh: 'a', en: 'b', decision: 'rejected', reviewer: 'Li', at: 't2' });
      await setActiveVersion(dir, 'a', 'c');
      const file = await readPairsFile(dir);
      assert.deepEqual(file.decisions, [{ zh: 'a', en: 'b', decision: 'rejected', reviewer: 'Li', at: 't2' }]);
      assert.deepEqual(file.active, { a: 'c' });
      assert.match(readFileSync(path.join(dir, '_shenjiao', 'pairs.json'), 'utf8'), /^\{\n  "active"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
