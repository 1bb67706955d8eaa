import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { pairsFilePath, readPairDecisions, setActiveVersion, writePairDecision } from '../../lib/pairing/decisions-store';

describe('pair decisions file', () => {
  let corpus = '';
  beforeEach(() => {
    corpus = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-pairs-'));
  });
  afterEach(() => rmSync(corpus, { recursive: true, force: true }));

  test('no file yet: no decisions', async () => {
    assert.deepEqual(await readPairDecisions(corpus), { decisions: [], active: {} });
  });

  test('decisions and the active version round-trip; a later decision on the same pair replaces it', async () => {
    await writePairDecision(corpus, { zh: 'a', en: 'b', decision: 'confirmed', reviewer: 'Wang', at: 't1' });
    await writePairDecision(corpus, { zh: 'a', en: 'c', decision: 'manual', at: 't2' });
    await writePairDecision(corpus, { zh: 'a', en: 'b', decision: 'rejected', reviewer: 'Li', at: 't3' });
    await setActiveVersion(corpus, 'a', 'c');
    assert.deepEqual(await readPairDecisions(corpus), {
      decisions: [
        { zh: 'a', en: 'c', decision: 'manual', reviewer: null, at: 't2' },
        { zh: 'a', en: 'b', decision: 'rejected', reviewer: 'Li', at: 't3' },
      ],
      active: { a: 'c' },
    });
    const raw = JSON.parse(readFileSync(pairsFilePath(corpus), 'utf8'));
    assert.equal(raw.schema, 1);
    assert.equal(pairsFilePath(corpus), path.join(corpus, '_shenjiao', 'pairs.json'));
  });

  test('concurrent decisions are all kept', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => writePairDecision(corpus, { zh: `z${i}`, en: `e${i}`, decision: 'confirmed', at: `t${i}` })));
    assert.equal((await readPairDecisions(corpus)).decisions.length, 20);
  });

  test('a damaged file is reported and never overwritten', async () => {
    mkdirSync(path.dirname(pairsFilePath(corpus)), { recursive: true });
    writeFileSync(pairsFilePath(corpus), '{"schema": 2, "decisions": []}');
    await assert.rejects(readPairDecisions(corpus), /pairs\.json/);
    await assert.rejects(writePairDecision(corpus, { zh: 'a', en: 'b', decision: 'confirmed', at: 't' }));
    assert.equal(readFileSync(pairsFilePath(corpus), 'utf8'), '{"schema": 2, "decisions": []}');
  });
});
