import { expect, test } from '@playwright/test';
import { FIXTURE_PAIR, FIXTURE_URL, SEEDS_URL } from './support/servers';

test('the seed corpus shows no pair and every article unpaired', async ({ page }) => {
  await page.goto(`${SEEDS_URL}/pairs`);
  await expect(page.getByRole('heading', { name: /^Pairs \(0\)/ })).toBeVisible();
  const show = page.getByRole('navigation', { name: 'Show' });
  await show.getByRole('button', { name: /^Chinese originals without a translation/ }).click();
  await expect(page).toHaveURL(/view=zh/);
  await expect(page.getByRole('table', { name: 'Chinese originals without a translation' }).locator('tbody tr')).toHaveCount(1);
  await show.getByRole('button', { name: /^English articles without an original/ }).click();
  await expect(page.getByRole('table', { name: 'English articles without an original' }).locator('tbody tr')).toHaveCount(4);
  await page.goBack();
  await expect(page.getByRole('table', { name: 'Chinese originals without a translation' }).locator('tbody tr')).toHaveCount(1);
});

test('a suggested pair, once confirmed, stays confirmed across reloads', async ({ page }) => {
  await page.goto(`${FIXTURE_URL}/pairs`);
  const pairs = page.getByRole('table', { name: 'Pairs' });
  const row = pairs.locator('tbody tr').filter({ has: page.locator(`a[href="/articles/${FIXTURE_PAIR.en}"]`) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('suggested');
  await row.getByRole('button', { name: /^Confirm pair/ }).click();
  await expect(row).toContainText('confirmed');
  await page.reload();
  await expect(pairs.locator('tbody tr').filter({ hasText: 'confirmed' })).toHaveCount(1);
  await page.goto(`${FIXTURE_URL}/`);
  await expect(page.locator(`tr[data-article-id="${FIXTURE_PAIR.zh}"]`)).toContainText('%');
});
