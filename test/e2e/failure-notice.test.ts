/**
 * A failure on screen (src/ui/FailureNotice.svelte): the plain sentence in the reader's language, naming the field
 * as the form shows it, and the server's own words in a "technical details" disclosure that is closed at first
 * and opens (and closes) from the keyboard, Enter or Space on its summary. The failure is a real refusal of the
 * real server: the teacher saves the school's rubric while the request on its way is given a criterion id the
 * form cannot produce ('Bad Id' for criterion 2), which the server refuses as criteria.1.id.
 * Needs `npx vite build` first. Screenshot: failure-notice-<locale>.png.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import appEn from '../../src/i18n/en/app.json';
import appZh from '../../src/i18n/zh-CN/app.json';
import errorsEn from '../../src/i18n/en/errors.json';
import errorsZh from '../../src/i18n/zh-CN/errors.json';
import peopleEn from '../../src/i18n/en/people.json';
import peopleZh from '../../src/i18n/zh-CN/people.json';
import { SCREENSHOTS } from '../support/lab-page';
import { signedInPage } from '../support/signed-in-page';
import { useServerAndBrowser } from '../support/server-and-browser';

const PASSWORD = 'e2e-failure-notice-42';
const app = useServerAndBrowser({ password: PASSWORD });

const cases = [
  { locale: 'en', app: appEn, errors: errorsEn, people: peopleEn, field: 'rubric criterion 2, its id', key: 'Enter' },
  { locale: 'zh-CN', app: appZh, errors: errorsZh, people: peopleZh, field: '评价项 2 的编号', key: 'Space' },
] as const;

describe('a failure notice', () => {
  for (const c of cases) {
    it(`says the refusal plainly and keeps the server's words behind a keyboard-operable disclosure (${c.locale})`, async () => {
      const { page, errors } = await signedInPage(app.browser, app.server, 'teacher', { password: PASSWORD, locale: c.locale, viewport: { width: 1100, height: 800 } });
      await page.goto(`${app.server.url}/classes/rubric`);
      await page.getByRole('heading', { name: c.people['people.rubric.title'] }).waitFor();
      let sent = 0;
      await page.route('**/api/schools/*/rubric', async (route) => {
        if (route.request().method() !== 'PUT') return route.continue();
        const body = route.request().postDataJSON() as { criteria: { id: string }[] };
        expect(body.criteria.length).toBeGreaterThanOrEqual(2);
        body.criteria[1].id = 'Bad Id';
        sent++;
        return route.continue({ postData: JSON.stringify(body) });
      });
      await page.getByRole('button', { name: c.people['people.rubric.save'] }).click();

      const sentence = c.people['people.rubric.serverError'].replace(
        '{message}',
        c.errors['errors.field_rule'].replace('{field}', c.field).replace('{rule}', c.errors['errors.rule.criterion_id']),
      );
      const notice = page.getByRole('alert').filter({ hasText: sentence });
      await notice.waitFor({ timeout: 15_000 });
      expect(sent).toBe(1);
      expect(await notice.locator('p').innerText()).toBe(sentence);
      expect(sentence).not.toContain('criteria.1.id');

      const details = notice.locator('details');
      const summary = details.locator('summary');
      const technical = details.locator('code');
      expect(await summary.innerText()).toBe(c.app['app.technicalDetails']);
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await technical.isVisible()).toBe(false);

      await summary.focus();
      await page.keyboard.press(c.key);
      await technical.waitFor({ state: 'visible' });
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      // the status, the code and the server's English with the request path, for whoever helps the teacher
      expect(await technical.innerText()).toBe('HTTP 400 invalid_field\ncriteria.1.id: must be lowercase letters, digits and _ (starting with a letter)');
      await page.screenshot({ path: join(SCREENSHOTS, `failure-notice-${c.locale}.png`) });

      await page.keyboard.press(c.key === 'Enter' ? 'Space' : 'Enter'); // the other key closes it again
      await technical.waitFor({ state: 'hidden' });
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
