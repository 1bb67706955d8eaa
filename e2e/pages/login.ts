import type { Locator, Page } from '@playwright/test';

/** The sign-in page at /login. */
export class LoginPage {
  readonly name: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    const form = page.getByRole('form', { name: 'Sign in' });
    this.name = form.getByLabel('Name');
    this.password = form.getByLabel('Password');
    this.submit = form.getByRole('button', { name: 'Sign in' });
    this.alert = form.getByRole('alert');
  }

  async signIn(name: string, password: string): Promise<void> {
    await this.name.fill(name);
    await this.password.fill(password);
    await this.submit.click();
  }
}
