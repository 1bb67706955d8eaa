import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { cachedDerivedText } from '../../lib/storage/derived-cache';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-derived-'));
  dirs.push(dir);
  return dir;
}

/** A derived text that counts its builds: a read from the cache does not build. */
function counted(key: string, text = 'headword\t[["pin1 yin1",["sense"]]]\n'.repeat(1000)) {
  const spec = { name: 'words.tsv', key, builds: 0, build: () => (spec.builds++, text) };
  return spec;
}

describe('derived cache', () => {
  test('missing: built and stored; then read back without building', () => {
    const dir = tempDir();
    const spec = counted('words 1.0.0; format 1');
    const text = cachedDerivedText(spec, dir);
    assert.equal(spec.builds, 1);
    assert.equal(cachedDerivedText(spec, dir), text);
    assert.equal(spec.builds, 1);
    assert.deepEqual(readdirSync(dir), ['words.tsv'], 'no temp file left behind');
  });

  test('stale: a file made for another package version is rebuilt and replaced', () => {
    const dir = tempDir();
    cachedDerivedText(counted('words 1.0.0; format 1', 'old\n'), dir);
    const spec = counted('words 1.1.0; format 1', 'new\n');
    assert.equal(cachedDerivedText(spec, dir), 'new\n');
    assert.equal(spec.builds, 1);
    assert.match(readFileSync(path.join(dir, 'words.tsv'), 'utf8'), /key: words 1\.1\.0; format 1\n[^]*\n\nnew\n$/);
  });

  test('corrupt: a truncated file, or one changed in place, is rebuilt, never trusted', () => {
    const dir = tempDir();
    const file = path.join(dir, 'words.tsv');
    const spec = counted('words 1.0.0; format 1');
    const text = cachedDerivedText(spec, dir);
    for (const damage of [
      () => truncateSync(file, readFileSync(file).length - 100),
      () => writeFileSync(file, readFileSync(file, 'utf8').replace('sense', 'SENSE')),
      () => truncateSync(file, 40),
      () => writeFileSync(file, ''),
    ]) {
      damage();
      const builds = spec.builds;
      assert.equal(cachedDerivedText(spec, dir), text);
      assert.equal(spec.builds, builds + 1);
      cachedDerivedText(spec, dir);
      assert.equal(spec.builds, builds + 1, 'the rebuilt file is trusted again');
    }
  });

  test('a cache folder that cannot be written still answers', () => {
    const dir = tempDir();
    const spec = counted('words 1.0.0; format 1', 'text\n');
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the folder should be');
    assert.equal(cachedDerivedText(spec, path.join(blocked, 'cache')), 'text\n');
    assert.equal(spec.builds, 1);
  });
});

describe('the dictionaries through the cache', () => {
  // A fresh process per question, as the CLI starts: what it reads is what the cache holds.
  const lookup = (cacheDir: string) => {
    const script = [
      "const { cedictEntries } = await import('./lib/bilingual/cedict-data.ts');",
      "const { isEnglishWord } = await import('./lib/qa/english-dictionary.ts');",
      "const { normaliseZh, termVariants } = await import('./lib/glossary/normalise-zh.ts');",
      "console.log(JSON.stringify({ zhongguo: cedictEntries('中国')[0], cities: isEnglishWord('cities'), xyzzy: isEnglishWord('xyzzyq'), folded: normaliseZh('臺灣記憶體'), variants: termVariants(['内存', '服务器']) }));",
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, SHENJIAO_CACHE_DIR: cacheDir } });
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout) as { zhongguo: { pinyin: string; english: string[] }; cities: boolean; xyzzy: boolean; folded: string; variants: string[][] };
  };

  test('missing, stale (a forged entry under an old version), truncated or altered caches give the packages\' answers', () => {
    const dir = tempDir();
    const fresh = lookup(dir);
    assert.equal(fresh.zhongguo.pinyin, 'Zhong1 guo2');
    assert.deepEqual([fresh.cities, fresh.xyzzy], [true, false]);
    assert.equal(fresh.folded, '台湾记忆体');
    assert.deepEqual(fresh.variants, [['内存', '记忆体'], ['服务器', '伺服器']]);
    assert.deepEqual(lookup(dir), fresh, 'read back from the cache');
    const cedict = path.join(dir, 'cc-cedict.tsv');
    const words = path.join(dir, 'en-us-word-forms.txt');
    const body = '中国\t[["xx",["forged"]]]\n';
    writeFileSync(cedict, `shenjiao derived cache 1\nkey: cc-cedict 0.0.1; format 1\nbytes: ${Buffer.byteLength(body)}\nsha256: ${sha256(body)}\n\n${body}`);
    truncateSync(words, Math.floor(readFileSync(words).length / 2));
    truncateSync(path.join(dir, 'opencc-cjk-folds.txt'), 100);
    const variants = path.join(dir, 'opencc-term-variants.tsv');
    writeFileSync(variants, readFileSync(variants, 'utf8').replace('记忆体', '记忆休'));
    assert.deepEqual(lookup(dir), fresh);
    assert.match(readFileSync(cedict, 'utf8'), /^shenjiao derived cache 1\nkey: cc-cedict \d+\.\d+\.\d+; format \d+\n/);
    assert.ok(readFileSync(words).length > 1_000_000, 'the word forms were written whole again');
  });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
