import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_USERS } from './support/corpora';
import { LoginPage } from './pages/login';
import { ReviewPage } from './pages/review';
import { FIXTURE_PAIR, SIGNIN_URL, signinCorpus } from './support/servers';

test.describe.configure({ mode: 'serial' });

const REVIEW_PATH = `/articles/${FIXTURE_PAIR.en}/review`;
const CORRECTION = 'Standing on the Earth, we look up at the night sky.';

function reviewFile(): string {
  return path.join(signinCorpus(), '_shenjiao', 'reviews', `${FIXTURE_PAIR.en}.json`);
}

/** Messages Chromium logs when the Content-Security-Policy blocks something. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test('a page asks for sign-in first; the reviewer signs in, corrects a row under their own name, signs out, and the page is gone', async ({ page }) => {
  const violations = cspViolations(page);
  await page.goto(`${SIGNIN_URL}${REVIEW_PATH}`);
  await expect(page).toHaveURL(/\/login\?next=/);
  const login = new LoginPage(page);
  await login.signIn(E2E_USERS.reviewer.name, 'not the password');
  await expect(login.alert).toHaveText('Wrong name or password.');
  await login.signIn(E2E_USERS.reviewer.name.toLowerCase(), E2E_USERS.reviewer.password);
  // Back where the reviewer was going (a cold server loads its dictionaries on this first page).
  await expect(page).toHaveURL(`${SIGNIN_URL}${REVIEW_PATH}`, { timeout: 30_000 });

  const signedIn = page.getByLabel('Signed in');
  await expect(signedIn).toContainText(`Signed in as ${E2E_USERS.reviewer.name} (reviewer)`);
  const review = new ReviewPage(page);
  await review.open(SIGNIN_URL, FIXTURE_PAIR.en);
  await expect(review.reviewer).toHaveValue(E2E_USERS.reviewer.name);
  await expect(review.reviewer).not.toBeEditable();

  const editor = await review.edit(2);
  await editor.fill(CORRECTION);
  await editor.press('Control+Enter');
  await expect(review.row(2)).toContainText(`r1 · ${E2E_USERS.reviewer.name}`);

  // A name in the body is not who wrote it: the session is.
  const data = (await (await page.request.get(`${SIGNIN_URL}/api/articles/${FIXTURE_PAIR.en}/review`)).json()) as { rows: { id: string; revision: number }[] };
  const row = data.rows[3]!;
  const forged = await page.request.put(`${SIGNIN_URL}/api/articles/${FIXTURE_PAIR.en}/rows/${row.id}`, {
    data: { text: 'Written by someone claiming another name.', baseRevision: row.revision, reviewer: 'Lin Lead' },
  });
  expect(forged.status()).toBe(200);
  expect(((await forged.json()) as { row: { reviewer: string } }).row.reviewer).toBe(E2E_USERS.reviewer.name);
  const stored = JSON.parse(readFileSync(reviewFile(), 'utf8')) as { rows: Record<string, { text: string; reviewer: string }> };
  expect(Object.values(stored.rows).map((r) => r.reviewer)).toEqual([E2E_USERS.reviewer.name, E2E_USERS.reviewer.name]);

  await signedIn.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(`${SIGNIN_URL}/login`);
  await page.goto(`${SIGNIN_URL}${REVIEW_PATH}`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await expect(page.getByRole('list', { name: 'Aligned rows' })).toHaveCount(0);
  expect((await page.request.get(`${SIGNIN_URL}/api/articles/${FIXTURE_PAIR.en}/review`)).status()).toBe(401);
  expect(violations).toEqual([]);
});

test('roles: a viewer reads but may not correct; a reviewer may not approve; a lead may', async ({ request }) => {
  const signIn = async (user: { name: string; password: string }) => {
    const response = await request.post(`${SIGNIN_URL}/api/session`, { data: user });
    expect(response.status()).toBe(200);
    return (await response.json()) as { name: string; role: string };
  };
  expect(await signIn(E2E_USERS.viewer)).toEqual({ name: E2E_USERS.viewer.name, role: 'viewer' });
  const review = await request.get(`${SIGNIN_URL}/api/articles/${FIXTURE_PAIR.en}/review`);
  expect(review.status()).toBe(200);
  const row = ((await review.json()) as { rows: { id: string; revision: number }[] }).rows[5]!;
  const save = await request.put(`${SIGNIN_URL}/api/articles/${FIXTURE_PAIR.en}/rows/${row.id}`, { data: { text: 'x', baseRevision: row.revision } });
  expect(save.status()).toBe(403);

  await signIn(E2E_USERS.reviewer);
  const approve = await request.put(`${SIGNIN_URL}/api/articles/${FIXTURE_PAIR.en}/review`, { data: { state: 'approved' } });
  expect(approve.status()).toBe(403);
  expect(((await approve.json()) as { error: string }).error).toMatch(/marking an article approved needs the lead role/);

  await signIn(E2E_USERS.lead);
  const approved = await request.put(`${SIGNIN_URL}/api/articles/${FIXTURE_PAIR.en}/review`, { data: { state: 'approved' } });
  expect(approved.status()).toBe(200);
  const stored = JSON.parse(readFileSync(reviewFile(), 'utf8')) as { state: string; stateBy: string };
  expect(stored).toMatchObject({ state: 'approved', stateBy: E2E_USERS.lead.name });
  expect((await request.delete(`${SIGNIN_URL}/api/session`)).status()).toBe(200);
  expect((await request.get(`${SIGNIN_URL}/api/glossary`)).status()).toBe(401);
});

test('failed sign-ins for one name are throttled: 429 with Retry-After', async ({ request }) => {
  const attempt = () => request.post(`${SIGNIN_URL}/api/session`, { data: { name: 'Nobody Here', password: 'guess' } });
  for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(401);
  const throttled = await attempt();
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()['retry-after'])).toBeGreaterThan(0);
});

test('every response carries the security headers; health answers without a session', async ({ request }) => {
  const health = await request.get(`${SIGNIN_URL}/api/health`);
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  const login = await request.get(`${SIGNIN_URL}/login`);
  for (const response of [health, login, await request.get(`${SIGNIN_URL}/api/glossary`)]) {
    const headers = response.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  }
  const policy = login.headers()['content-security-policy']!;
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain('unsafe');
  expect(await login.text()).toContain(`nonce="${nonce}"`);
});

test('a save the disk refuses keeps the text in the editor and offers to retry', async ({ page }) => {
  await page.goto(`${SIGNIN_URL}/login`);
  await new LoginPage(page).signIn(E2E_USERS.reviewer.name, E2E_USERS.reviewer.password);
  await expect(page.getByLabel('Signed in')).toBeVisible();
  const review = new ReviewPage(page);
  await review.open(SIGNIN_URL, FIXTURE_PAIR.en);
  // The server's answer to a full disk (its mapping is unit-tested with an injected ENOSPC).
  const full = { error: 'The disk holding the corpus is full: nothing was saved to reviews/. Free some space, then retry.', cause: 'disk-full' };
  await page.route('**/api/articles/*/rows/*', (route) => (route.request().method() === 'PUT' ? route.fulfill({ status: 507, json: full }) : route.continue()));
  const editor = await review.edit(7);
  await editor.fill('A correction the disk could not take.');
  await editor.press('Control+Enter');
  const notice = review.row(7).getByRole('alert');
  await expect(notice).toContainText('The disk holding the corpus is full');
  await expect(page.getByLabel('English of row 7')).toHaveValue('A correction the disk could not take.');
  await page.unroute('**/api/articles/*/rows/*');
  await notice.getByRole('button', { name: 'Retry save' }).click();
  await expect(review.row(7)).toContainText(`· ${E2E_USERS.reviewer.name}`);
  await expect(review.row(7).getByRole('alert')).toHaveCount(0);
});

test('a viewer is not offered what they may not do', async ({ page }) => {
  await page.goto(`${SIGNIN_URL}/login?next=/glossary`);
  await new LoginPage(page).signIn(E2E_USERS.viewer.name, E2E_USERS.viewer.password);
  await expect(page).toHaveURL(`${SIGNIN_URL}/glossary`, { timeout: 30_000 });
  await expect(page.getByText('Only a lead edits the glossary.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add entry' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Delete / })).toHaveCount(0);

  const review = new ReviewPage(page);
  await review.open(SIGNIN_URL, FIXTURE_PAIR.en);
  await expect(page.getByLabel('Article state')).toBeDisabled();
  await review.row(1).getByRole('button', { name: 'Edit row 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'signed in as a viewer' })).toBeVisible();
  await expect(page.getByLabel('English of row 1')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/viewer-review.png' });
});
