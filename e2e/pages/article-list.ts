import type { Locator, Page } from '@playwright/test';

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

  async sortBy(header: string): Promise<void> {
    await this.table.getByRole('button', { name: header, exact: false }).first().click();
  }
}
