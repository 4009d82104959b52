/** Log in through the real /login page (as a student or teacher would) and wait for the redirect to `next`. */
import type { Page } from 'playwright-core';

export async function loginThroughPage(page: Page, baseUrl: string, username: string, password: string, next: string): Promise<void> {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((u) => u.pathname === next);
}
