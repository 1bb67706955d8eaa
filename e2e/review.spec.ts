import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReviewPage } from './pages/review';
import { addStoredCorrection } from './support/review-files';
import { FIXTURE_PAIR, FIXTURE_URL, fixtureCorpus } from './support/servers';

test.describe.configure({ mode: 'serial' });

const CORRECTION = 'Standing on the Earth, we look up at the night sky.';

test('a reviewer corrects a row, sees the diff, keeps it across reloads, exports it and reverts it', async ({ page }) => {
  const review = new ReviewPage(page);
  await review.open(FIXTURE_URL, FIXTURE_PAIR.en);
  await expect(review.row(1)).toContainText('我希望大家能花点时间');
  await review.reviewer.fill('Wang Fang');

  const editor = await review.edit(2);
  const mt = await editor.inputValue();
  expect(mt).toContain('We stand on the earth');
  await editor.fill(CORRECTION);
  await editor.press('Control+Enter');
  await expect(page.getByLabel('English of row 3')).toBeFocused();
  await expect(review.row(2).locator('ins').first()).toContainText('Standing');
  await expect(review.row(2).locator('del').first()).toBeVisible();
  await expect(review.row(2)).toContainText('confirmed');

  await page.getByLabel('English of row 3').press('Control+Enter');
  await expect(review.row(3)).toContainText('confirmed');
  await expect(review.progress).toContainText('2 / ');

  await page.reload();
  await expect(review.row(2).locator('ins').first()).toContainText('Standing');
  await expect(review.row(2)).toContainText('r1 · Wang Fang');

  const file = path.join(fixtureCorpus(), '_shenjiao', 'reviews', `${FIXTURE_PAIR.en}.json`);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { rows: Record<string, { text: string; reviewer: string; state: string }> };
  expect(Object.values(stored.rows).find((r) => r.text === CORRECTION)).toMatchObject({ reviewer: 'Wang Fang', state: 'confirmed' });

  for (const [format, marker] of [['TXT', CORRECTION], ['XLIFF', `<target>${CORRECTION}</target>`]] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: format, exact: true }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain(marker);
  }

  await review.row(2).getByRole('button', { name: /^History/ }).click();
  await review.row(2).getByRole('button', { name: 'Revert to machine translation' }).click();
  await expect(review.row(2).locator('.en-text ins')).toHaveCount(0);
  await expect(review.row(2)).toContainText('untouched');
  await page.reload();
  await expect(review.row(2)).toContainText('We stand on the earth');
  await expect(review.row(2).getByRole('button', { name: /^History \(2\)/ })).toBeVisible();
});

test('a stale save is refused with the current text', async ({ page, request }) => {
  const review = new ReviewPage(page);
  await review.open(FIXTURE_URL, FIXTURE_PAIR.en);
  const data = (await (await request.get(`${FIXTURE_URL}/api/articles/${FIXTURE_PAIR.en}/review`)).json()) as { rows: { id: string; revision: number }[] };
  const row = data.rows[4]!;
  const first = await request.put(`${FIXTURE_URL}/api/articles/${FIXTURE_PAIR.en}/rows/${row.id}`, {
    data: { text: 'First reviewer text.', baseRevision: row.revision, reviewer: 'Li' },
  });
  expect(first.status()).toBe(200);
  const stale = await request.put(`${FIXTURE_URL}/api/articles/${FIXTURE_PAIR.en}/rows/${row.id}`, {
    data: { text: 'Second reviewer text.', baseRevision: row.revision, reviewer: 'Zhao' },
  });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ revision: row.revision + 1, text: 'First reviewer text.' });
  const bad = await request.put(`${FIXTURE_URL}/api/articles/${FIXTURE_PAIR.en}/rows/${row.id}`, { data: { text: 5 } });
  expect(bad.status()).toBe(400);
  const foreign = await request.put(`${FIXTURE_URL}/api/articles/${FIXTURE_PAIR.en}/rows/${row.id}`, {
    data: { text: 'x', baseRevision: 1, reviewer: 'Eve' },
    headers: { origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);
});

test('merging two rows keeps them merged after a reload', async ({ page }) => {
  const review = new ReviewPage(page);
  await review.open(FIXTURE_URL, FIXTURE_PAIR.en);
  const before = await review.rows.count();
  const row8 = (await review.row(8).locator('.en-cell .en-text').innerText()).trim();
  const row9 = (await review.row(9).locator('.en-cell .en-text').innerText()).trim();
  await review.row(8).getByLabel('Rows menu of row 8').click();
  await review.row(8).getByRole('button', { name: 'Merge with next row' }).click();
  await expect(review.rows).toHaveCount(before - 1);
  await page.reload();
  await expect(review.rows).toHaveCount(before - 1);
  await expect(review.row(8)).toContainText(row8.slice(0, 30));
  await expect(review.row(8)).toContainText(row9.slice(0, 30));
});

test('a Chinese original without a translation takes a pasted one, paired and ready to review', async ({ page }) => {
  await page.goto(`${FIXTURE_URL}/articles/004_179a9739007a0764`);
  const form = page.getByRole('region', { name: 'Add an English translation' });
  await form.getByLabel(/Or paste the English text/).fill('Zhang Chi: fully integrate into "one city, four districts"\n\nShangdang District is one of the four districts. It has the duty and the basis to lead.');
  await form.getByRole('button', { name: 'Add translation and review it' }).click();
  await expect(page).toHaveURL(/\/articles\/004_179a9739007a0764\.en\/review$/);
  await expect(page.getByText('Chinese original:')).toBeVisible();
  await expect(new ReviewPage(page).rows).not.toHaveCount(0);
  const original = readFileSync(path.join(fixtureCorpus(), '004_179a9739007a0764.txt'), 'utf8');
  expect(original).toContain('友情链接');
  expect(readFileSync(path.join(fixtureCorpus(), '004_179a9739007a0764.en.txt'), 'utf8')).toContain('Shangdang District is one of');
});

test('a correction whose sentence is gone is listed apart, collapsed, and its text can be copied', async ({ page, context }) => {
  const review = new ReviewPage(page);
  await review.open(FIXTURE_URL, FIXTURE_PAIR.en);
  await expect(review.rows.first()).toBeVisible();
  const heading = page.getByRole('heading', { name: /^Corrections no longer attached/ });
  await expect(heading).toHaveCount(0);

  // Far past the end of the article: no row of it can hold this sentence.
  const old = { mt: 'We once saw the <b>stars</b> together.', text: 'We once watched the <b>stars</b> together.', reviewer: 'Wang Fang', at: '2026-03-04T09:15:00.000Z' };
  addStoredCorrection(fixtureCorpus(), FIXTURE_PAIR, 's90000-90044', old);
  await page.reload();

  const section = page.getByRole('region', { name: 'Corrections no longer attached (1)' });
  const correction = section.getByRole('listitem', { name: 'Correction 1' });
  await expect(heading).toBeVisible();
  await expect(correction).toBeHidden();
  await heading.click();
  await expect(correction).toBeVisible();
  await expect(correction).toContainText(old.mt);
  await expect(correction.getByRole('deletion')).toHaveText('saw');
  await expect(correction.getByRole('insertion')).toHaveText('watched');
  await expect(correction).toContainText('Wang Fang');
  await expect(correction).toContainText('2026-03-04 09:15 UTC');
  await expect(correction.locator('b')).toHaveCount(0); // corpus text is shown as text, never as HTML

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: FIXTURE_URL });
  await correction.getByRole('button', { name: 'Copy text' }).click();
  await expect(section.getByRole('status')).toContainText('Correction 1 copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(old.text);
});
