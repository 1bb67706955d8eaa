import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { cacheFile, readCache, readCacheOrPending, writeCacheSoon } from '../../lib/index/cache-files';

const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-write-soon-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a corpus-wide product written soon is read back at once, and on disk a second later with its latest value', async () => {
  const file = cacheFile(dir, 'pairing', 'corpus');
  writeCacheSoon(file, 'k1', { pairs: 1 });
  writeCacheSoon(file, 'k2', { pairs: 2 });
  assert.deepEqual(await readCacheOrPending(file, 'k2'), { pairs: 2 });
  assert.equal(await readCacheOrPending(file, 'k1'), null, 'an older key is stale');
  assert.equal(existsSync(file), false, 'not written yet');
  await new Promise((resolve) => setTimeout(resolve, 1300));
  assert.deepEqual(await readCache(file, 'k2'), { pairs: 2 });
});
