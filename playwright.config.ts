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

function serve(corpus: string, port: number, users: string) {
  return {
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    env: { SHENJIAO_CORPUS: corpus, SHENJIAO_USERS: users },
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
  // Two servers as one reviewer runs Shenjiao on their own machine (no users file), one that
  // requires sign-in, and one on 130 generated articles for paging.
  webServer: [
    serve(corpora.seeds, E2E_PORTS.seeds, corpora.noUsers),
    serve(corpora.fixture, E2E_PORTS.fixture, corpora.noUsers),
    serve(corpora.signin, E2E_PORTS.signin, corpora.users),
    serve(corpora.many, E2E_PORTS.many, corpora.noUsers),
    serve(corpora.search, E2E_PORTS.search, corpora.noUsers),
  ],
});
