import { expect, test, type Page } from '@playwright/test';
import { SEARCH_URL } from './support/servers';

test.describe.configure({ mode: 'serial' });

/** The review text of every row of an article, as the API answers it. */
async function reviewRows(page: Page, article: string) {
  const response = await page.request.get(`${SEARCH_URL}/api/articles/${article}/review`);
  return ((await response.json()) as { rows: { id: string; text: string; mt: string; state: string; reviewer: string | null }[] }).rows;
}

test('a Chinese search shows its rows across both scripts and its renderings grouped; a batch replaces one rendering across two articles with one row left out', async ({ page }) => {
  await page.goto(`${SEARCH_URL}/search`);
  // The header's search box leads to the concordance.
  await page.getByRole('search', { name: 'Search the corpus' }).getByRole('searchbox').fill('冬奥');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  const status = page.getByRole('status', { name: 'Search status' });
  await expect(status).toContainText('9 rows in 2 articles', { timeout: 30_000 });
  const hits = page.getByRole('table', { name: 'Matching rows' }).locator('tbody tr');
  await expect(hits).toHaveCount(9);
  // The Traditional original (冬奧) is found by the Simplified term, and the hit is marked.
  await expect(hits.locator('mark.hit').filter({ hasText: '冬奧' }).first()).toBeVisible();

  const renderings = page.getByRole('table', { name: 'Renderings of the term' });
  await expect(renderings.getByRole('row', { name: /Winter Olympics 7/ })).toBeVisible();
  await expect(renderings.getByRole('row', { name: /Winter Olympic 2/ })).toBeVisible();
  await renderings.getByRole('row', { name: /Winter Olympics 7/ }).getByRole('button', { name: 'Show rows' }).click();
  await expect(hits).toHaveCount(7);

  await renderings.getByRole('button', { name: 'Replace "Winter Olympics"…' }).click();
  const batch = page.getByRole('region', { name: 'Batch correction' });
  await batch.getByLabel('Replace with').fill('Olympic Winter Games');
  await batch.getByLabel('Your name').fill('Zhou Min');
  await batch.getByRole('button', { name: 'Preview changes' }).click();
  const preview = batch.getByRole('table', { name: 'Preview of changes' }).locator('tbody tr');
  await expect(preview).toHaveCount(7);
  await expect(preview.first().locator('del').first()).toContainText('Olympics');
  await expect(preview.first().locator('ins', { hasText: 'Games' }).first()).toBeVisible();
  const leftOut = batch.getByRole('checkbox', { name: /^Apply to row 2 of President of the Olympic Committee/ });
  await leftOut.uncheck();
  await batch.getByRole('button', { name: 'Apply 6 changes' }).click();
  await expect(batch.getByRole('status').filter({ hasText: 'rows changed' })).toContainText('6 rows changed in 2 articles');

  const bosnia = await reviewRows(page, 'bosnia-en');
  const hockey = await reviewRows(page, 'hockey-en');
  const changed = [...bosnia, ...hockey].filter((r) => r.state === 'edited');
  expect(changed).toHaveLength(6);
  for (const row of changed) {
    expect(row.text).toContain('Olympic Winter Games');
    expect(row.text).not.toContain('Winter Olympics');
    expect(row.reviewer).toBe('Zhou Min');
  }
  expect(hockey.some((r) => r.state === 'edited')).toBe(true);
  const untouchedRow = bosnia[1]!;
  expect(untouchedRow.state).toBe('untouched');
  expect(untouchedRow.text).toContain('Winter Olympics');

  // The review page shows the batch's change as an ordinary correction.
  await page.goto(`${SEARCH_URL}/articles/hockey-en/review`);
  await expect(page.locator('.en-text ins').filter({ hasText: 'Games' }).first()).toBeVisible();

  // Searched again, the term's renderings count the left-out row alone under the old one.
  await page.goto(`${SEARCH_URL}/search?q=%E5%86%AC%E5%A5%A5`);
  await expect(page.getByRole('table', { name: 'Renderings of the term' }).getByRole('row', { name: /^Winter Olympics 1 / })).toBeVisible({ timeout: 30_000 });
});

test('the batch is undone as one operation', async ({ page }) => {
  const list = await page.request.get(`${SEARCH_URL}/api/batches`);
  const { batches } = (await list.json()) as { batches: { id: string; changed: number; undone: boolean }[] };
  expect(batches).toHaveLength(1);
  expect(batches[0]!.changed).toBe(6);
  await page.goto(`${SEARCH_URL}/search?q=Olympic%20Winter%20Games&side=en`);
  await expect(page.getByRole('status', { name: 'Search status' })).toContainText('6 rows in 2 articles', { timeout: 30_000 });
  const recent = page.getByRole('region', { name: 'Recent batches' });
  await recent.getByLabel('Your name').fill('Zhou Min');
  await recent.getByRole('button', { name: /^Undo/ }).click();
  await expect(recent.getByRole('status')).toContainText('6 rows restored');
  await expect(recent.getByRole('row', { name: /Replace "Winter Olympics"/ })).toContainText('undone');
  const rows = [...(await reviewRows(page, 'bosnia-en')), ...(await reviewRows(page, 'hockey-en'))];
  expect(rows.filter((r) => r.text.includes('Olympic Winter Games'))).toHaveLength(0);
  expect(rows.every((r) => r.state === 'untouched')).toBe(true);
});
