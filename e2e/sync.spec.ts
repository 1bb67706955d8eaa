import { expect, test, type Browser, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { ReviewPage } from './pages/review';
import { FIXTURE_PAIR } from './support/servers';
import { startSyncSetup, type SyncSetup } from './support/sync-servers';

// Two reviewers on their own machines (two clones, two servers) share one bare repository.
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

let setup: SyncSetup;
let wang: ReviewPage;
let li: ReviewPage;

async function reviewerPage(browser: Browser, name: string, url: string): Promise<ReviewPage> {
  const context = await browser.newContext();
  await context.addInitScript((reviewer) => window.localStorage.setItem('shenjiao.reviewer', reviewer), name);
  const review = new ReviewPage(await context.newPage());
  await review.open(url, FIXTURE_PAIR.en);
  return review;
}

async function correct(review: ReviewPage, n: number, text: string) {
  const editor = await review.edit(n);
  await editor.fill(text);
  await editor.press('Control+Enter');
  await expect(review.row(n)).toContainText('confirmed');
  await review.page.keyboard.press('Escape');
}

async function sync(page: Page): Promise<string> {
  const header = page.getByRole('group', { name: 'Sync with the team' });
  await header.getByRole('button', { name: 'Sync', exact: true }).click();
  const status = header.locator('#sync-message').filter({ hasText: /Sent|Nothing new|Could not|changed on both/ });
  await expect(status).toBeVisible({ timeout: 30_000 });
  return (await status.textContent()) ?? '';
}

async function rowTexts(page: Page, url: string): Promise<string[]> {
  const answer = (await (await page.request.get(`${url}/api/articles/${FIXTURE_PAIR.en}/review`)).json()) as { rows: { text: string }[] };
  return answer.rows.map((r) => r.text);
}

test.beforeAll(async ({ browser }) => {
  setup = await startSyncSetup();
  wang = await reviewerPage(browser, 'Wang', setup.wang.url);
  li = await reviewerPage(browser, 'Li', setup.li.url);
});

test.afterAll(() => {
  setup?.stop();
  if (setup) rmSync(setup.root, { recursive: true, force: true });
});

test('corrections to different rows of one article both survive on both sides', async () => {
  await correct(wang, 2, 'Standing on the Earth, we look up at the night sky.');
  await correct(li, 4, 'Li corrected the fourth row.');
  expect(await sync(wang.page)).toContain('Sent: 1 correction in 1 article');
  expect(await sync(li.page)).toMatch(/received \d+ changed files/);
  await sync(wang.page);
  for (const [review, url] of [[wang, setup.wang.url], [li, setup.li.url]] as const) {
    expect(await rowTexts(review.page, url)).toMatchObject({ 1: 'Standing on the Earth, we look up at the night sky.', 3: 'Li corrected the fourth row.' });
    await review.open(url, FIXTURE_PAIR.en);
    await expect(review.row(2).locator('ins').first()).toContainText('Standing');
    await expect(review.row(4)).toContainText('r1 · Li');
  }
  await expect(wang.page.locator('#sync-state')).toContainText(/↑0 ↓0 · synced/);
});

test('the same row becomes a conflict; one reviewer settles it in the browser, the other receives it', async () => {
  await correct(wang, 3, 'Wang’s version of the third row.');
  await correct(li, 3, 'Li’s version of the third row.');
  await sync(wang.page);
  expect(await sync(li.page)).toContain('1 row in conflict');

  const answer = await (await li.page.request.get(`${setup.li.url}/api/articles/${FIXTURE_PAIR.en}/review`)).json();
  const row = answer.rows.find((r: { conflict: unknown }) => r.conflict);
  expect(row.conflict.ours).toMatchObject({ text: 'Li’s version of the third row.', reviewer: 'Li' });
  expect(row.conflict.theirs).toMatchObject({ text: 'Wang’s version of the third row.', reviewer: 'Wang' });

  await li.page.goto(`${setup.li.url}/`);
  await expect(li.page.getByRole('link', { name: /1 in conflict/ })).toBeVisible();
  await li.open(setup.li.url, FIXTURE_PAIR.en);
  const panel = li.page.getByRole('region', { name: 'Merge conflict of row 3' });
  await expect(panel).toContainText('Wang · ');
  await expect(li.row(3)).toContainText('two versions');
  await expect(li.page.locator('#sync-state')).toContainText('1 in conflict');
  await li.page.locator('.site-header').screenshot({ path: 'test-results/sync-header.png' });
  await li.row(3).screenshot({ path: 'test-results/sync-conflict-row.png' });
  await panel.getByRole('button', { name: 'Edit a third version' }).click();
  const editor = li.page.getByLabel('English of row 3');
  await editor.fill('The third row, as both agreed.');
  await editor.press('Control+Enter');
  await expect(panel).toHaveCount(0);
  await li.page.keyboard.press('Escape');
  await sync(li.page);

  await sync(wang.page);
  await expect(wang.row(3)).toContainText(/r\d+ · Li/); // the page re-rendered from what the sync brought
  expect((await rowTexts(wang.page, setup.wang.url))[2]).toBe('The third row, as both agreed.');
  await wang.open(setup.wang.url, FIXTURE_PAIR.en);
  await expect(wang.row(3)).toContainText(/r\d+ · Li/);
  await expect(wang.page.getByRole('region', { name: 'Merge conflict of row 3' })).toHaveCount(0);
});

test('a remote that is gone: the local commit is kept and the message says so', async () => {
  renameSync(setup.remote, `${setup.remote}.gone`);
  try {
    await correct(wang, 5, 'A correction made while the remote is away.');
    const message = await sync(wang.page);
    expect(message).toContain('Could not reach the remote "origin"');
    expect(message).toContain('committed locally');
    const log = spawnSync('git', ['log', '-1', '--format=%an|%s'], { cwd: setup.wang.corpus, encoding: 'utf8' }).stdout.trim();
    expect(log).toBe('Wang|1 correction in 1 article');
    await expect(wang.page.locator('#sync-state')).toContainText('failed');
  } finally {
    renameSync(`${setup.remote}.gone`, setup.remote);
  }
});
