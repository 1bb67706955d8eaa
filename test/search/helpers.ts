import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearCorpusCache } from '../../lib/corpus/corpus';
import { forgetSnapshot } from '../../lib/index';
import { clearConcordance } from '../../lib/search/concordance';

/**
 * A temporary copy of the search fixture: two WMT22 news pairs (Xinhua, Online-A's MT), one
 * of them with its Chinese in Traditional script (see e2e/fixtures/search-corpus.README.md).
 */
export function searchCorpus(): string {
  clearCorpusCache();
  clearConcordance();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-search-'));
  cpSync(path.join('e2e', 'fixtures', 'search-corpus'), dir, { recursive: true });
  forgetSnapshot(dir);
  return dir;
}

export const BOSNIA = 'bosnia-en';
export const HOCKEY = 'hockey-en';
