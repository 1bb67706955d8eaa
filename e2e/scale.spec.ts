import { expect, test, type Page } from '@playwright/test';
import { MANY_ARTICLES, manyTitle } from './support/corpora';
import { MANY_URL } from './support/servers';

// Titles sorted as the server sorts them (numeric-aware, case-insensitive), to know what each page must hold.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const titles = Array.from({ length: MANY_ARTICLES }, (_, i) => manyTitle(i));
const descending = [...titles].sort((a, b) => -collator.compare(a, b));

const articles = (page: Page) => page.getByRole('region', { name: 'Articles' });
const titleCells = (page: Page) => articles(page).locator('tbody tr td:first-child a');

/** Waits until the table shows the page the URL asks for (its fetch done). */
async function settled(page: Page) {
  await expect(articles(page)).toHaveAttribute('aria-busy', 'false');
}

test('sorting and paging go to the server: page 2 of the list sorted by title, descending, is right', async ({ page }) => {
  await page.goto(`${MANY_URL}/`);
  await expect(articles(page).getByRole('status')).toContainText(`${MANY_ARTICLES} of ${MANY_ARTICLES} articles`);
  const titleHead = articles(page).getByRole('columnheader', { name: /Title/ });
  const sorted = page.waitForRequest((r) => r.url().includes('/api/articles?') && r.url().includes('sort=title'));
  await titleHead.getByRole('button').click();
  await sorted;
  await expect(titleHead).toHaveAttribute('aria-sort', 'ascending');
  await titleHead.getByRole('button').click();
  await expect(titleHead).toHaveAttribute('aria-sort', 'descending');
  await settled(page);
  const second = page.waitForResponse((r) => r.url().includes('/api/articles?') && r.url().includes('page=2'));
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Next' }).click();
  const answer = (await (await second).json()) as { rows: { title: string }[]; total: number };
  expect(answer.rows).toHaveLength(50);
  await settled(page);
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/sort=title/);
  await expect(page).toHaveURL(/dir=desc/);
  await expect(titleCells(page)).toHaveText(descending.slice(50, 100));
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 2 of 3');
});

test('the URL restores the table, and the back button returns to the previous page of it', async ({ page }) => {
  await page.goto(`${MANY_URL}/?dir=desc&page=2&q=report&sort=title`);
  const titleHead = articles(page).getByRole('columnheader', { name: /Title/ });
  await expect(titleHead).toHaveAttribute('aria-sort', 'descending');
  await expect(articles(page).getByLabel('Filter')).toHaveValue('report');
  await expect(titleCells(page)).toHaveText(descending.slice(50, 100));
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=3/);
  await expect(titleCells(page)).toHaveText(descending.slice(100));
  await page.goBack();
  await expect(page).toHaveURL(/page=2/);
  await expect(titleCells(page)).toHaveText(descending.slice(50, 100));
  // A filter narrows on the server too, and lands on its first page.
  await articles(page).getByLabel('Filter').fill('Otter');
  await expect(page).toHaveURL(/q=Otter/);
  await expect(page).not.toHaveURL(/page=/);
  await settled(page);
  const otters = titles.filter((t) => t.startsWith('Otter')).sort((a, b) => -collator.compare(a, b));
  await expect(titleCells(page)).toHaveText(otters);
});

test('the QA report runs as one job on the server: progress first, then totals that add up', async ({ page }) => {
  // A glossary entry changes every article's key: the job that follows checks them all again,
  // and the report, opened meanwhile, shows its progress before its totals.
  const added = await page.request.post(`${MANY_URL}/api/glossary`, { data: { zh: '水獭', approved: ['otter'], reviewer: 'e2e' } });
  expect(added.status()).toBe(201);
  expect((await page.request.post(`${MANY_URL}/api/qa/run`)).status()).toBe(202);
  const served = await (await page.request.get(`${MANY_URL}/qa`)).text();
  expect(served).toMatch(/Checking… (<!-- -->)?\d+(<!-- -->)? of (<!-- -->)?\d+(<!-- -->)? articles/);
  await page.goto(`${MANY_URL}/qa`);
  const status = page.getByRole('region', { name: 'QA report' }).getByRole('status');
  await expect(status).toContainText(`Checked ${MANY_ARTICLES} articles`, { timeout: 30_000 });
  const run = (await (await page.request.get(`${MANY_URL}/api/qa/run`)).json()) as { done: number; total: number; startedAt: string; finishedAt: string | null; checks: { id: string; open: number; dismissed: number }[] };
  expect(run.done).toBe(MANY_ARTICLES);
  expect(run.total).toBe(MANY_ARTICLES);
  expect(run.finishedAt).not.toBeNull();
  const open = run.checks.reduce((sum, c) => sum + c.open, 0);
  await expect(status).toContainText(`${open} open findings`);
  // Every third report misspells "ended": the spelling check finds each of them.
  expect(run.checks.find((c) => c.id === 'spelling')?.open).toBeGreaterThanOrEqual(Math.ceil(MANY_ARTICLES / 3));
  const perCheck = page.getByRole('table', { name: 'Findings per check' });
  await expect(perCheck.getByRole('row', { name: /^spelling/ })).toContainText(String(run.checks.find((c) => c.id === 'spelling')!.open));
});

test('a second QA run with nothing changed reuses every cached result', async ({ request }) => {
  const started = await request.post(`${MANY_URL}/api/qa/run`);
  expect(started.status()).toBe(202);
  let run = (await started.json()) as { done: number; total: number; finishedAt: string | null };
  for (let i = 0; i < 100 && !run.finishedAt; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    run = (await (await request.get(`${MANY_URL}/api/qa/run`)).json()) as typeof run;
  }
  expect(run.finishedAt).not.toBeNull();
  expect(run.done).toBe(MANY_ARTICLES);
});

test('bad table parameters are a clear 400, not a stack trace', async ({ request }) => {
  const answer = await request.get(`${MANY_URL}/api/articles?page=zero&sort=nonsense`);
  expect(answer.status()).toBe(400);
  expect(((await answer.json()) as { error: string }).error).toMatch(/page|sort/);
});
