import { expect, test } from '@playwright/test';
import path from 'node:path';
import { SEEDS_URL } from './support/servers';

test.describe.configure({ mode: 'serial' });

test('add an entry, find it, delete it and undo the delete', async ({ page }) => {
  await page.goto(`${SEEDS_URL}/glossary`);
  const form = page.getByRole('form', { name: 'New entry' });
  await form.getByLabel('Chinese term').fill('长治医学院');
  await form.getByLabel(/Approved English/).fill('Changzhi Medical College');
  await form.getByLabel('Tags').fill('organisation');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await page.getByLabel('Filter').fill('Medical College');
  const rows = page.locator('table.glossary tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('长治医学院');
  await rows.first().getByRole('button', { name: 'Delete 长治医学院' }).click();
  await expect(rows).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete of 长治医学院' }).click();
  await expect(rows).toHaveCount(1);
  await page.reload();
  await page.getByLabel('Filter').fill('Medical College');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('1 article');
});

test('a duplicate in Traditional script is refused', async ({ page }) => {
  await page.goto(`${SEEDS_URL}/glossary`);
  const form = page.getByRole('form', { name: 'New entry' });
  await form.getByLabel('Chinese term').fill('上黨區');
  await form.getByLabel(/Approved English/).fill('Shangdang');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(page.getByRole('status').first()).toContainText(/already|duplicate/i);
});

test('an import shows its bad rows before anything is applied', async ({ page }) => {
  await page.goto(`${SEEDS_URL}/glossary`);
  await page.getByLabel('File', { exact: true }).setInputFiles(path.join('test', 'fixtures', 'glossary', 'import-with-bad-rows.csv'));
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('table', { name: 'Import preview' });
  await expect(preview.locator('tr.rejected')).toHaveCount(3);
  await expect(preview).toContainText('the Chinese term is missing');
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByRole('region', { name: 'Import glossary' }).getByRole('status')).toContainText('3 rejected');
});

test('on the review page, selected Chinese and English spans become a glossary entry', async ({ page }) => {
  await page.goto(`${SEEDS_URL}/articles/003_19b531d6154d1a7e/review`);
  await page.getByLabel('Reviewer').fill('Zhou Min');
  const selectIn = async (text: string) =>
    page.evaluate((needle) => {
      const walker = document.createTreeWalker(document.querySelector('ol.review-rows')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return true;
      }
      return false;
    }, text);
  const group = page.getByRole('group', { name: 'New glossary term' });
  expect(await selectIn('Environmental Construction Year')).toBe(true);
  await group.getByRole('button', { name: 'Take selection' }).click();
  await expect(group.getByLabel('English')).toHaveValue('Environmental Construction Year');
  await group.getByLabel('Term').fill('环境建设年');
  await group.getByRole('button', { name: 'Add to glossary' }).click();
  await expect(group.getByRole('status')).toContainText('Added 环境建设年');
  await page.goto(`${SEEDS_URL}/glossary`);
  await page.getByLabel('Filter').fill('环境建设年');
  await expect(page.locator('table.glossary tbody tr')).toHaveCount(1);
});
