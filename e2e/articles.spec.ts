import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ArticleListPage } from './pages/article-list';

test.describe('article list', () => {
  test('shows the five seed articles with their languages', async ({ page }) => {
    const list = new ArticleListPage(page);
    await list.open();
    await expect(list.bodyRows()).toHaveCount(5);
    const langs = (await list.columnTexts(2)).map((s) => s.trim()).sort();
    expect(langs).toEqual(['en', 'en', 'en', 'en', 'zh']);
    await expect(list.status).toContainText('5 of 5 articles');
    await expect(page.getByRole('link', { name: /上党区委书记张驰/ })).toBeVisible();
  });

  test('sorts by a column in both directions', async ({ page }) => {
    const list = new ArticleListPage(page);
    await list.open();
    await list.sortBy('Date');
    const ascending = await list.columnTexts(3);
    expect(ascending).toEqual([...ascending].sort());
    await expect(page.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'ascending');
    await list.sortBy('Date');
    const descending = await list.columnTexts(3);
    expect(descending).toEqual([...ascending].reverse());
  });

  test('filters by language and by text', async ({ page }) => {
    const list = new ArticleListPage(page);
    await list.open();
    await list.language.selectOption('zh');
    await expect(list.bodyRows()).toHaveCount(1);
    await expect(list.status).toContainText('1 of 5 articles');
    await list.language.selectOption('');
    // As a reviewer does: the whole list back, then type (typing into a list still reloading raced it).
    await expect(list.bodyRows()).toHaveCount(5);
    await list.filter.fill('Ningwu');
    await expect(list.bodyRows()).toHaveCount(1);
    await expect(list.bodyRows().first()).toContainText('Ningwu County');
  });
});

test.describe('article page', () => {
  test('shows 004 with its body and the link farm set apart, collapsed', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /上党区委书记张驰/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('上党区委书记张驰');
    const body = page.getByRole('region', { name: 'Body' });
    await expect(body).toContainText('转型是发展的永恒命题');
    await expect(body).not.toContainText('友情链接');
    await expect(body).not.toContainText('版权所有');
    const leftovers = page.locator('details.boilerplate');
    await expect(leftovers).not.toHaveAttribute('open', '');
    await expect(leftovers.getByText(/友情链接/).first()).toBeHidden();
    await leftovers.locator('summary').click();
    await expect(leftovers.getByText(/友情链接/).first()).toBeVisible();
  });

  for (const bad of ['no-such-article', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2fpackage.json', '..%252F..%252Fpackage.json', '%E0%A4%A', '%00']) {
    test(`answers 404 for the id ${bad}`, async ({ page }) => {
      const response = await page.goto(`/articles/${bad}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    });
  }
});

test('the shown English articles download as one ZIP of exports', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Export shown').selectOption('xliff');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ZIP of 4 English' }).click()]);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(bytes.toString('utf8')).toContain('001_cdb4b5fdbd235da2.reviewed.xlf');
});
