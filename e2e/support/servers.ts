import { E2E_PORTS } from './corpora';

/** The server on the bundled seeds, and the one on the seeds plus a real zh/en pair. */
export const SEEDS_URL = `http://127.0.0.1:${E2E_PORTS.seeds}`;
export const FIXTURE_URL = `http://127.0.0.1:${E2E_PORTS.fixture}`;
/** The fixture corpus again, on a server with a users file: everyone signs in. */
export const SIGNIN_URL = `http://127.0.0.1:${E2E_PORTS.signin}`;
/** The server on 130 generated articles, for paging. */
export const MANY_URL = `http://127.0.0.1:${E2E_PORTS.many}`;
/** The server on two WMT22 news pairs, for concordance search and batch corrections. */
export const SEARCH_URL = `http://127.0.0.1:${E2E_PORTS.search}`;


/** The fixture pair: a TED excerpt in Chinese and its machine translation. */
export const FIXTURE_PAIR = { zh: 'ted~17fe8c4590', en: 'ted~caebc97dcb' };

export function signinCorpus(): string {
  const dir = process.env.SHENJIAO_E2E_SIGNIN;
  if (!dir) throw new Error('The e2e sign-in corpus was not prepared (run through playwright.config.ts).');
  return dir;
}

export function fixtureCorpus(): string {
  const dir = process.env.SHENJIAO_E2E_FIXTURE;
  if (!dir) throw new Error('The e2e fixture corpus was not prepared (run through playwright.config.ts).');
  return dir;
}
