import { expect, test } from '@playwright/test';
import { ReviewPage } from './pages/review';
import { SEEDS_URL } from './support/servers';

test.describe.configure({ mode: 'serial' });

const SEED = '001_cdb4b5fdbd235da2';

test('a finding sits on its row; applying its fix makes an ordinary correction', async ({ page }) => {
  const review = new ReviewPage(page);
  await review.open(SEEDS_URL, SEED);
  await review.reviewer.fill('Zhou Min');
  const row = review.rows.filter({ hasText: 'arduous arduous' });
  await expect(row).toHaveCount(1);
  const finding = row.getByRole('list', { name: /QA findings of row/ }).getByRole('listitem').filter({ hasText: '"arduous" is repeated' });
  // The first save on a fresh server also loads the dictionaries for the re-check: wait for it.
  const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/rows/'), { timeout: 30_000 });
  await finding.getByRole('button', { name: 'Apply fix' }).click();
  expect((await saved).status()).toBe(200);
  const fixed = review.rows.filter({ hasText: 'face arduous' });
  await expect(fixed.locator('.en-text del')).toContainText('arduous');
  await expect(fixed).toContainText('edited');
  await page.getByLabel('Show changes').uncheck();
  await expect(fixed.locator('.en-text')).toContainText('face arduous task');
  await page.reload();
  await expect(review.rows.filter({ has: page.locator('.en-text del') })).toHaveCount(1);
  await expect(page.getByText('"arduous" is repeated')).toHaveCount(0);
});

test('a dismissed finding stays dismissed after a reload', async ({ page }) => {
  const review = new ReviewPage(page);
  await review.open(SEEDS_URL, SEED);
  await review.reviewer.fill('Zhou Min');
  const message = 'No space after ",": "…t construction,Strive for…"';
  const item = page.getByRole('list', { name: /QA findings of row/ }).getByRole('listitem').filter({ hasText: message });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText(message)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(message)).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'QA findings' })).toContainText('1 dismissed');
});

test('an MQM annotation changes the score', async ({ page }) => {
  const review = new ReviewPage(page);
  await review.open(SEEDS_URL, SEED);
  await review.reviewer.fill('Zhou Min');
  const score = page.getByLabel('MQM score');
  const before = Number(/MQM penalty ([\d.]+)/.exec(await score.innerText())![1]);
  await review.row(1).getByRole('button', { name: 'Mark error' }).click();
  const form = page.getByRole('group', { name: 'Mark an error in row 1' });
  await form.getByLabel('Category').selectOption('Style/Awkward');
  await form.getByLabel('Severity').selectOption('major');
  await form.getByRole('button', { name: 'Save error' }).click();
  await expect(score).toContainText(`MQM penalty ${before + 5}`);
  await page.reload();
  await expect(score).toContainText(`MQM penalty ${before + 5}`);
  await expect(review.row(1)).toContainText('Style/Awkward');
});

test('the QA report checks every English article, shows progress, and filters', async ({ page }) => {
  await page.goto(`${SEEDS_URL}/qa`);
  await expect(page.getByRole('status').first()).toContainText('Checked 4 articles', { timeout: 30_000 });
  const perCheck = page.getByRole('table', { name: 'Findings per check' });
  await expect(perCheck.getByRole('row', { name: /glossary-forbidden-rendering/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Check', exact: true }).selectOption('glossary-forbidden-rendering');
  await expect(page).toHaveURL(/check=glossary-forbidden-rendering/);
  const table = page.getByRole('table', { name: 'Findings', exact: true });
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const findings = table.locator('tbody tr');
  await expect(findings.first()).toContainText('forbidden rendering');
  for (const text of await findings.allInnerTexts()) expect(text).toContain('glossary-forbidden-rendering');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('shenjiao-qa-report.csv');
});

test('the QA report breaks findings down per article, and one article can be looked at alone', async ({ page }) => {
  await page.goto(`${SEEDS_URL}/qa`);
  await expect(page.getByRole('status').first()).toContainText('Checked 4 articles', { timeout: 30_000 });
  const perArticle = page.getByRole('table', { name: 'Findings per article' }).locator('tbody tr');
  await expect(perArticle).toHaveCount(4);
  const first = perArticle.first().getByRole('button');
  const title = await first.innerText();
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/article=/);
  const table = page.getByRole('table', { name: 'Findings', exact: true });
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const findings = table.locator('tbody tr');
  await expect(findings.first()).toBeVisible();
  const articles = await findings.locator('td:first-child').allInnerTexts();
  expect(new Set(articles)).toEqual(new Set([title]));
});
