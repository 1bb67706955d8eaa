import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { clearCorpusCache } from '../../lib/corpus/corpus';
import { CorpusIndexer } from '../../lib/index/indexer';
import { addEntry } from '../../lib/glossary/store';

const FIXTURE = new URL('../../e2e/fixtures/corpus/ted', import.meta.url).pathname;

/** Waits until `ok` holds (the watcher's debounce and a run), or fails after a few seconds. */
async function eventually(ok: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (ok()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`not seen in time: ${what}`);
}

describe('background indexer', () => {
  clearCorpusCache();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-indexer-'));
  cpSync(FIXTURE, path.join(dir, 'ted'), { recursive: true });
  const indexer = new CorpusIndexer(dir);
  after(() => {
    indexer.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('indexes the corpus: listing, pairs, QA counts per English article, and says it is ready', async () => {
    indexer.start();
    await eventually(() => indexer.status().phase === 'ready', 'first index');
    const ids = indexer.overview!.articles.map((a) => a.id);
    assert.deepEqual(ids, ['ted~17fe8c4590', 'ted~caebc97dcb']);
    assert.equal(indexer.overview!.pairing.pairs.length + indexer.overview!.pairing.unpaired.length > 0, true);
    assert.deepEqual([...indexer.qa.articles.keys()], ['ted~caebc97dcb']);
    assert.deepEqual(indexer.status().fresh, { listing: true, pairing: true, glossary: true, qa: true });
  });

  test('an edited English article has its QA counts brought up to date', async () => {
    const file = path.join(dir, 'ted', 'caebc97dcb.txt');
    const before = indexer.qa.articles.get('ted~caebc97dcb')!.open.spelling ?? 0;
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nThe talk endde with applause.\n`);
    await eventually(() => (indexer.qa.articles.get('ted~caebc97dcb')?.open.spelling ?? 0) > before, 'the new misspelling');
    await eventually(() => indexer.status().phase === 'ready', 'the run after the edit');
  });

  test('glossary usage follows a new entry, then an edit of the English that drops its rendering', async () => {
    const entry = await addEntry(dir, { zh: '宇宙', approved: ['universe'] }, { by: 'Wang' });
    const usage = () => indexer.overview?.glossaryUsage[entry.id];
    await eventually(() => usage()?.articles === 1 && usage()?.approvedUsed === 1 && indexer.status().phase === 'ready', 'the entry used in the pair');
    const file = path.join(dir, 'ted', 'caebc97dcb.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/universe/gi, 'cosmos'));
    await eventually(() => usage()?.articles === 1 && usage()?.approvedUsed === 0 && indexer.status().phase === 'ready', 'the rendering gone');
  });

  test('a file added, in a new folder, is picked up without a restart; a removed one goes', async () => {
    mkdirSync(path.join(dir, 'later'));
    const added = path.join(dir, 'later', 'brief.txt');
    writeFileSync(added, 'A short brief\n\nThe council met on Monday. It approved the budget.\n');
    await eventually(() => indexer.overview!.articles.some((a) => a.id === 'later~brief') && indexer.status().phase === 'ready', 'the added file');
    assert.ok(indexer.qa.articles.has('later~brief'));
    unlinkSync(added);
    await eventually(() => !indexer.overview!.articles.some((a) => a.id === 'later~brief') && indexer.status().phase === 'ready', 'the removal');
    assert.ok(!indexer.qa.articles.has('later~brief'));
  });
});
