import { chromium } from '@playwright/test';
const [url, out, action] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
await page.goto(url);
await page.waitForTimeout(2500);
if (action === 'replace') {
  await page.getByRole('button', { name: 'Replace "Winter Olympics"…' }).click();
  await page.getByLabel('Replace with').fill('Olympic Winter Games');
  await page.getByLabel('Your name').fill('Zhou Min');
  await page.getByRole('button', { name: 'Preview changes' }).click();
  await page.waitForTimeout(1500);
  await page.getByRole('checkbox', { name: /Apply to row 2 of/ }).uncheck();
}
await page.screenshot({ path: out, fullPage: true });
await browser.close();
