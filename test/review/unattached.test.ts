import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { AlignedRow } from '../../lib/alignment/align';
import { clearCorpusCache } from '../../lib/corpus/corpus';
import { reviewContext } from '../../lib/review/context';
import { getReview, saveReviewRow } from '../../lib/review/service';
import { unattachedCorrections } from '../../lib/review/rows';
import { emptyReview, type StoredRow } from '../../lib/review/types';
import { corpusWithEnglishArticle } from './helpers';

const s = (text: string, start: number) => ({ text, start, end: start + text.length });
const oneRowEach = (en: ReturnType<typeof s>[]): AlignedRow[] => en.map((e) => ({ zh: [], en: [e], score: 1 }));
const article = [s('One.', 0), s('Two.', 5), s('Three.', 10)];

function stored(mt: string, text: string): StoredRow {
  return { mt, text, state: 'edited', revision: 1, reviewer: 'W', updatedAt: 't', history: [{ revision: 1, text, state: 'edited', reviewer: 'W', at: 't' }], dismissals: [], annotations: [], stale: null, conflict: null };
}
const mark = { id: 'a1', side: 'target' as const, span: [0, 4] as [number, number], category: 'Fluency/Grammar', severity: 'minor' as const, note: null, reviewer: 'W', at: 't' };

describe('corrections no row holds any more', () => {
  test('listed in the order their sentences stood, marks-only work included, attached ones left out', () => {
    const review = {
      ...emptyReview('en', 'zh'),
      rows: {
        's100-120': stored('Gone later.', 'Went later.'),
        's20-30': stored('Gone.', 'Went.'),
        's40-52': { ...stored('Unmarked.', 'Unmarked.'), revision: 0, state: 'untouched' as const, history: [], annotations: [mark] },
        's5-9': stored('Two.', 'Second.'),
      },
    };
    assert.deepEqual(unattachedCorrections(oneRowEach(article), review).map((c) => [c.key, c.text]), [
      ['s20-30', 'Went.'],
      ['s40-52', 'Unmarked.'],
      ['s100-120', 'Went later.'],
    ]);
  });

  test('a correction inside a row but on none of its sentences is listed, not joined into it', () => {
    const wide: AlignedRow[] = [{ zh: [], en: [article[0]!, article[2]!], score: 1 }];
    const review = { ...emptyReview('en', 'zh'), rows: { 's5-9': stored('Two.', 'Second.') } };
    assert.deepEqual(unattachedCorrections(wide, review).map((c) => c.key), ['s5-9']);
  });
});

describe('the review page is given them', () => {
  const { dir, id } = corpusWithEnglishArticle('The meeting was held.\n\nThe mayor spoke. Work was deployed.');
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the article changed on disk: the correction of its lost sentence is kept and listed', async () => {
    const row = (await getReview(dir, id)).rows[1]!;
    await saveReviewRow(dir, id, row.id, { text: 'The mayor gave a speech.', baseRevision: 0, reviewer: 'Wang' }, '2026-03-04T09:15:00.000Z');
    writeFileSync(path.join(dir, 'news', 'report.txt'), 'The meeting was held.\n\nWork was deployed.');
    clearCorpusCache(dir);
    const ctx = await reviewContext(dir, id);
    assert.deepEqual(ctx.rows.map((r) => r.text), ['The meeting was held.', 'Work was deployed.']);
    assert.deepEqual(
      ctx.unattached.map((c) => [c.key, c.mt, c.text, c.reviewer, c.updatedAt]),
      [[row.id, 'The mayor spoke.', 'The mayor gave a speech.', 'Wang', '2026-03-04T09:15:00.000Z']],
    );
    assert.deepEqual((await getReview(dir, id)).unattached, ctx.unattached);
  });
});
