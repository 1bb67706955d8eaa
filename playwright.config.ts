import { defineConfig } from '@playwright/test';
import { prepareE2eCorpora, E2E_PORTS } from './e2e/support/corpora';

// Runs in the runner and again in each worker: the corpora are made once, by the runner,
// and their paths reach the workers through the environment.
const corpora = prepareE2eCorpora();

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

function serve(corpus: string, port: number) {
  return {
    command: `node node_modules/next/dist/bin/next start -p ${port}`,
    url: `http://127.0.0.1:${port}/`,
    env: { SHENJIAO_CORPUS: corpus },
    reuseExistingServer: false,
    timeout: 120_000,
  };
}

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORTS.seeds}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'off',
    screenshot: 'off',
  },
  webServer: [serve(corpora.seeds, E2E_PORTS.seeds), serve(corpora.fixture, E2E_PORTS.fixture), serve(corpora.many, E2E_PORTS.many)],
});
