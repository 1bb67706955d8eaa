import { expect, type Locator, type Page } from '@playwright/test';

/** The article list at /, as a reviewer sees it. */
export class ArticleListPage {
  readonly table: Locator;
  readonly filter: Locator;
  readonly language: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table');
    this.filter = page.getByLabel('Filter');
    this.language = page.getByLabel('Language');
    this.status = page.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  bodyRows(): Locator {
    return this.table.locator('tbody tr');
  }

  async columnTexts(index: number): Promise<string[]> {
    return this.bodyRows().locator(`td:nth-child(${index})`).allInnerTexts();
  }

  /** Sorts on the server: waits until the header says so and the new rows have arrived. */
  async sortBy(header: string): Promise<void> {
    const head = this.table.getByRole('columnheader', { name: new RegExp(header) });
    const before = await head.getAttribute('aria-sort');
    await head.getByRole('button').click();
    await expect(head).not.toHaveAttribute('aria-sort', before ?? 'none');
    await expect(this.page.getByRole('region', { name: 'Articles' })).toHaveAttribute('aria-busy', 'false');
  }
}
