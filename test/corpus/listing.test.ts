import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { clearCorpusCache, getArticle, listArticles, resolveArticleRef } from '../../lib/corpus/corpus';
import { articleIdFor, assignIds } from '../../lib/corpus/ids';

const SEEDS = new URL('../../corpus', import.meta.url).pathname;
let dir = '';

before(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-listing-'));
  copyFileSync(path.join(SEEDS, '001_cdb4b5fdbd235da2.txt'), path.join(dir, 'seed one.txt'));
  mkdirSync(path.join(dir, '新闻'));
  copyFileSync(path.join(SEEDS, '004_179a9739007a0764.txt'), path.join(dir, '新闻', '上党区.txt'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(path.join(dir, 'script.txt'), 'Headline <b>bold</b>\n\n<script>alert("x")</script> The meeting was held in the city on Monday and the mayor spoke.');
  const big = openSync(path.join(dir, 'huge.txt'), 'w');
  ftruncateSync(big, 50 * 1024 * 1024);
  closeSync(big);
  writeFileSync(path.join(os.tmpdir(), 'shenjiao-outside.txt'), 'secret outside the corpus and the text of it');
  symlinkSync(path.join(os.tmpdir(), 'shenjiao-outside.txt'), path.join(dir, 'escape.txt'));
  mkdirSync(path.join(dir, '.hidden'));
  writeFileSync(path.join(dir, '.hidden', 'note.txt'), 'The hidden note is not an article at all.');
  mkdirSync(path.join(dir, '_shenjiao'));
  writeFileSync(path.join(dir, '_shenjiao', 'glossary.txt'), 'The app data is not an article either.');
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('listing a corpus with bad files', () => {
  test('every file is listed, bad ones with a reason, and the good ones still load', async () => {
    clearCorpusCache();
    const articles = await listArticles(dir);
    const byFile = new Map(articles.map((a) => [a.file, a]));
    assert.deepEqual([...byFile.keys()].sort(), ['empty.txt', 'escape.txt', 'huge.txt', 'image.png', 'script.txt', 'seed one.txt', '新闻/上党区.txt']);
    assert.match(byFile.get('empty.txt')!.error!, /empty/);
    assert.match(byFile.get('image.png')!.error!, /not a text file \(\.png\)/);
    assert.match(byFile.get('huge.txt')!.error!, /too large: 50\.0 MB/);
    assert.match(byFile.get('escape.txt')!.error!, /outside the corpus/);
    assert.equal(byFile.get('escape.txt')!.body.length, 0);
    assert.equal(byFile.get('seed one.txt')!.lang, 'en');
    assert.equal(byFile.get('新闻/上党区.txt')!.lang, 'zh');
    assert.equal(byFile.get('新闻/上党区.txt')!.id, '新闻~上党区');
  });

  test('HTML and scripts stay text', async () => {
    const a = await getArticle(dir, 'script');
    assert.ok(a);
    assert.equal(a.title, 'Headline <b>bold</b>');
    assert.match(a.body[1]!, /^<script>alert\("x"\)<\/script>/);
  });

  test('ids and paths resolve inside the corpus only', async () => {
    assert.equal((await resolveArticleRef(dir, 'seed one'))?.file, 'seed one.txt');
    assert.equal((await resolveArticleRef(dir, 'seed one.txt'))?.file, 'seed one.txt');
    assert.equal((await resolveArticleRef(dir, path.join(dir, '新闻', '上党区.txt')))?.id, '新闻~上党区');
    for (const bad of ['..', '../shenjiao-outside.txt', '%2e%2e', '/etc/passwd', 'seed one\0', '.hidden/note.txt', '_shenjiao/glossary.txt']) {
      assert.equal(await resolveArticleRef(dir, bad), null, bad);
    }
  });

  test('a second listing reuses what did not change and re-reads what did', async () => {
    const first = await listArticles(dir);
    const second = await listArticles(dir);
    const seedFirst = first.find((a) => a.file === 'seed one.txt');
    assert.equal(second.find((a) => a.file === 'seed one.txt'), seedFirst, 'same object: not re-read');
    writeFileSync(path.join(dir, 'script.txt'), 'A new headline\n\nThe body of the article was changed by the scraper.');
    utimesSync(path.join(dir, 'script.txt'), new Date(), new Date(Date.now() + 5000));
    rmSync(path.join(dir, 'empty.txt'));
    const third = await listArticles(dir);
    assert.equal(third.find((a) => a.file === 'script.txt')!.title, 'A new headline');
    assert.equal(third.find((a) => a.file === 'empty.txt'), undefined);
  });
});

describe('article ids', () => {
  const cases: [string, string][] = [
    ['000_d1727f86196977aa.txt', '000_d1727f86196977aa'],
    ['sub/a b.txt', 'sub~a b'],
    ['新闻/文章.TXT', '新闻~文章'],
    ['notes.md', 'notes.md'],
  ];
  for (const [file, id] of cases) test(`${file} → ${id}`, () => assert.equal(articleIdFor(file), id));

  test('clashing ids stay unique and deterministic', () => {
    const ids = assignIds(['a', 'a.txt', 'b/c.txt', 'b~c.txt']);
    assert.equal(new Set(ids.values()).size, 4);
    assert.deepEqual(assignIds(['a', 'a.txt', 'b/c.txt', 'b~c.txt']), ids);
  });
});
