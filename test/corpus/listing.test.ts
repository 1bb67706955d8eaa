import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { clearCorpusCache, getArticle, listArticles, resolveArticleRef } from '../../lib/corpus/corpus';
import { AppError } from '../../lib/errors';
import { readArticleBytes } from '../../lib/corpus/read';
import { articleIdFor, assignIds } from '../../lib/corpus/ids';

const SEEDS = new URL('../../corpus', import.meta.url).pathname;
let dir = '';
let outside = '';

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
  outside = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'Secret text outside the corpus, which must never be read.');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'escape.txt'));
  symlinkSync(path.join(dir, '新闻', '上党区.txt'), path.join(dir, 'alias.txt'));
  symlinkSync(path.join(dir, '新闻'), path.join(dir, 'folder-link'));
  mkdirSync(path.join(dir, '.hidden'));
  writeFileSync(path.join(dir, '.hidden', 'note.txt'), 'The hidden note is not an article at all.');
  mkdirSync(path.join(dir, '_shenjiao'));
  writeFileSync(path.join(dir, '_shenjiao', 'glossary.txt'), 'The app data is not an article either.');
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('listing a corpus with bad files', () => {
  test('every file is listed, bad ones with a reason, and the good ones still load', async () => {
    clearCorpusCache();
    const articles = await listArticles(dir);
    const byFile = new Map(articles.map((a) => [a.file, a]));
    assert.deepEqual([...byFile.keys()], ['alias.txt', 'empty.txt', 'escape.txt', 'folder-link', 'huge.txt', 'image.png', 'script.txt', 'seed one.txt', '新闻/上党区.txt'], 'sorted by file');
    assert.match(byFile.get('empty.txt')!.error!, /empty/);
    assert.match(byFile.get('image.png')!.error!, /not a text file \(\.png\)/);
    assert.match(byFile.get('huge.txt')!.error!, /too large: 50\.0 MB/);
    assert.match(byFile.get('escape.txt')!.error!, /symlink points outside the corpus/);
    assert.equal(byFile.get('escape.txt')!.body.length, 0);
    assert.ok(!JSON.stringify(articles).includes('Secret text'), 'the target outside is never read');
    assert.equal(byFile.get('alias.txt')!.error, null, 'a symlink inside the corpus is followed');
    assert.equal(byFile.get('alias.txt')!.title, byFile.get('新闻/上党区.txt')!.title);
    assert.match(byFile.get('folder-link')!.error!, /folder; not followed/);
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
    assert.equal((await resolveArticleRef(dir, '新闻/../seed one.txt'))?.file, 'seed one.txt', 'a path that stays inside is fine');
    assert.equal(await getArticle(dir, '../seed one'), null, 'ids are looked up, never resolved as paths');
    const secret = path.join(outside, 'secret.txt');
    const refused = ['..', '%2e%2e', '%2e%2e%2fsecret.txt', '..%2F..%2Fetc%2Fpasswd', '/etc/passwd', secret, path.relative(dir, secret), 'seed one\0', '.hidden/note.txt', '.hidden~note', '_shenjiao/glossary.txt', '_shenjiao~glossary', ''];
    for (const bad of refused) {
      assert.equal(await resolveArticleRef(dir, bad), null, bad);
    }
  });

  test('without a listing in memory (a one-article command), the named file alone gives the same article', async () => {
    const listed = await listArticles(dir);
    for (const article of listed) {
      for (const ref of [article.id, article.file, path.join(dir, article.file)]) {
        clearCorpusCache(dir);
        assert.deepEqual(await resolveArticleRef(dir, ref), article, ref);
      }
    }
    for (const bad of ['..', '/etc/passwd', path.join(outside, 'secret.txt'), '.hidden~note', '_shenjiao~glossary', '../seed one', '']) {
      clearCorpusCache(dir);
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

describe('listing, more', () => {
  test('a missing corpus folder is a not-found error, not a crash', async () => {
    await assert.rejects(listArticles(path.join(dir, 'no-such-folder')), (error: unknown) => error instanceof AppError && error.code === 'not-found');
  });

  test('a file that cannot be read gets the reason', async () => {
    assert.deepEqual(readArticleBytes(path.join(dir, '新闻'), 1000), { error: 'unreadable: EISDIR' });
    assert.deepEqual(readArticleBytes(path.join(dir, 'gone.txt'), 1000), { error: 'unreadable: ENOENT' });
  });

  test('listings asked for at once read the corpus once and agree', async () => {
    clearCorpusCache(dir);
    const [a, b] = await Promise.all([listArticles(dir), listArticles(dir)]);
    assert.equal(a, b);
  });

  test('source files are never modified', async () => {
    const before = readFileSync(path.join(dir, 'seed one.txt'));
    clearCorpusCache();
    await listArticles(dir);
    await getArticle(dir, 'seed one');
    assert.deepEqual(readFileSync(path.join(dir, 'seed one.txt')), before);
  });

  test('a new file with a clashing name does not rename the article already there', async () => {
    const first = await getArticle(dir, 'seed one');
    writeFileSync(path.join(dir, 'seed one'), 'Seed one without an extension, another article entirely.');
    const clash = (await listArticles(dir)).find((a) => a.file === 'seed one')!;
    assert.equal((await getArticle(dir, 'seed one'))?.file, first?.file);
    assert.match(clash.id, /^seed one~[0-9a-f]{8}$/);
    rmSync(path.join(dir, 'seed one'));
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

  test('clashing ids stay unique and do not depend on order or on other files', () => {
    const ids = assignIds(['a', 'a.txt', 'b/c.txt', 'b~c.txt']);
    assert.equal(new Set(ids.values()).size, 4);
    assert.equal(ids.get('a.txt'), 'a', 'the .txt file keeps the plain id');
    assert.equal(ids.get('b/c.txt'), 'b~c');
    const again = assignIds(['z.txt', 'b~c.txt', 'a.txt', 'b/c.txt', 'a']);
    for (const [file, id] of ids) assert.equal(again.get(file), id, file);
  });

  test('ids are one URL path segment after encodeURIComponent', () => {
    for (const file of ['sub/a b.txt', '新闻/文章 #1?.txt', 'x%2e%2e/y.txt']) {
      const encoded = encodeURIComponent(articleIdFor(file));
      assert.ok(!encoded.includes('/'), encoded);
      assert.equal(decodeURIComponent(encoded), articleIdFor(file));
    }
  });
});
