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

  async open(baseUrl: string, enId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/articles/${enId}/review`);
  }

  row(n: number): Locator {
    return this.page.getByRole('listitem', { name: `Row ${n}`, exact: true });
  }

  async edit(n: number): Promise<Locator> {
    await this.row(n).getByRole('button', { name: `Edit row ${n}` }).click();
    return this.page.getByLabel(`English of row ${n}`);
  }
}
