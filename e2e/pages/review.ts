import type { Locator, Page } from '@playwright/test';

/** The review page of an English article. */
export class ReviewPage {
  readonly reviewer: Locator;
  readonly rows: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.reviewer = page.getByLabel('Reviewer');
    this.rows = page.getByRole('list', { name: 'Aligned rows' }).getByRole('listitem').filter({ has: page.locator('.row-num') });
    this.progress = page.getByRole('region', { name: 'Progress' });
  }

  /**
   * Opens the page and waits until React has hydrated the rows: a click on a server-rendered
   * button before then does nothing (seen on a server's first request, when chunks load slowly).
   */
  async open(baseUrl: string, enId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/articles/${enId}/review`);
    await this.page.waitForFunction(() => {
      const rows = document.querySelector('[aria-label="Aligned rows"]');
      return rows !== null && Object.keys(rows).some((key) => key.startsWith('__reactFiber'));
    });
  }

  row(n: number): Locator {
    return this.page.getByRole('listitem', { name: `Row ${n}`, exact: true });
  }

  async edit(n: number): Promise<Locator> {
    await this.row(n).getByRole('button', { name: `Edit row ${n}` }).click();
    return this.page.getByLabel(`English of row ${n}`);
  }
}
