import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { AppError } from '../../lib/errors';
import { DEFAULT_QA_SETTINGS } from '../../lib/qa/settings';
import { readQaSettings } from '../../lib/qa/settings-store';

describe('QA settings of a corpus', async () => {
  const corpus = await mkdtemp(path.join(os.tmpdir(), 'shenjiao-qa-settings-'));
  after(() => rm(corpus, { recursive: true, force: true }));
  const write = async (text: string) => {
    await mkdir(path.join(corpus, '_shenjiao'), { recursive: true });
    await writeFile(path.join(corpus, '_shenjiao', 'qa-settings.json'), text);
  };

  test('without a file: curly quotes, British and American English both', async () => {
    assert.deepEqual(await readQaSettings(corpus), DEFAULT_QA_SETTINGS);
    assert.deepEqual(DEFAULT_QA_SETTINGS, { quoteStyle: 'curly', englishVariety: 'both' });
  });
  test('a key left out keeps its default', async () => {
    await write('{ "englishVariety": "en_GB" }');
    assert.deepEqual(await readQaSettings(corpus), { quoteStyle: 'curly', englishVariety: 'en_GB' });
  });
  test('an unknown value or key is an error naming the file, not ignored', async () => {
    await write('{ "quoteStyle": "fancy" }');
    await assert.rejects(readQaSettings(corpus), (e: unknown) => e instanceof AppError && /qa-settings\.json/.test(e.message));
    await write('{ "quoteStlye": "straight" }');
    await assert.rejects(readQaSettings(corpus), AppError);
  });
});
