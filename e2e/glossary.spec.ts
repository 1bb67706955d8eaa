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
