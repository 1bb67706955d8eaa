// A 200-row review page in the production build, in headless Chromium: time until a row
// can be edited, and whether typing in one row touches any other row's DOM.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 3390;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

function corpus(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-bench-page-'));
  const sentences = Array.from({ length: 200 }, (_, i) => `The meeting number ${i + 1} studied the work of the city and deployed the tasks of the year.`);
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  writeFileSync(path.join(dir, 'long-report.txt'), `A report of two hundred sentences\n\n${paragraphs.join('\n\n')}\n`);
  return dir;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not start');
}

export default async function run(): Promise<void> {
  if (!existsSync('.next/BUILD_ID')) {
    console.log('review page: skipped (no production build: run npm run build first)');
    return;
  }
  const dir = corpus();
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], {
    env: { ...process.env, SHENJIAO_CORPUS: dir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const url = `http://127.0.0.1:${PORT}/articles/long-report/review`;
    await waitForServer(url);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const t = performance.now();
      await page.goto(url);
      await page.getByLabel('Reviewer').fill('Timer');
      await page.getByRole('button', { name: 'Edit row 150' }).click();
      await page.getByLabel('English of row 150').waitFor();
      times.push(performance.now() - t);
    }
    const rows = await page.locator('.review-row').count();
    await page.evaluate(() => {
      const row = document.querySelector('textarea')!.closest('li')!;
      const counts = { inside: 0, outside: 0 };
      (window as unknown as { counts: typeof counts }).counts = counts;
      new MutationObserver((list) => list.forEach((m) => (row.contains(m.target) ? counts.inside++ : counts.outside++))).observe(
        document.querySelector('ol.review-rows')!,
        { subtree: true, childList: true, characterData: true, attributes: true },
      );
    });
    await page.getByLabel('English of row 150').pressSequentially(' typed by the reviewer');
    const counts = await page.evaluate(() => (window as unknown as { counts: { inside: number; outside: number } }).counts);
    times.sort((a, b) => a - b);
    console.log(`review page: ${rows} rows interactive (a row open for editing) in ${times[2]!.toFixed(0)} ms median of 5 loads (target < 1500 ms)`);
    console.log(`  typing 22 keys in one row: ${counts.inside} changes inside that row, ${counts.outside} in any other row`);
  } finally {
    await browser.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
