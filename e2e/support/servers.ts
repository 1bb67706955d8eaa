import { E2E_PORTS } from './corpora';

/** The server on the bundled seeds, and the one on the seeds plus a real zh/en pair. */
export const SEEDS_URL = `http://127.0.0.1:${E2E_PORTS.seeds}`;
export const FIXTURE_URL = `http://127.0.0.1:${E2E_PORTS.fixture}`;
/** The server on 130 generated articles, for paging. */
export const MANY_URL = `http://127.0.0.1:${E2E_PORTS.many}`;

/** The fixture pair: a TED excerpt in Chinese and its machine translation. */
export const FIXTURE_PAIR = { zh: 'ted~17fe8c4590', en: 'ted~caebc97dcb' };

export function fixtureCorpus(): string {
  const dir = process.env.SHENJIAO_E2E_FIXTURE;
  if (!dir) throw new Error('The e2e fixture corpus was not prepared (run through playwright.config.ts).');
  return dir;
}
