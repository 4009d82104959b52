/**
 * The school's evaluation floor in real Chromium against the real server (issue #20): the administrator,
 * on /school, is refused a floor below 40 % at that field, then raises the floor to 60 % (with a default
 * scheme of 65 %); the class scheme the teacher saved at 50 % is listed below the floor on /school and
 * flagged on the gradebook; the teacher's next scheme below 60 % is refused at the process-share field,
 * and 60 % is saved. Screenshots: evaluation-policy-*.png (en and zh-CN).
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME } from '../../projects/evaluation/weights';
import en from '../../src/i18n/en/evaluation.json';
import zh from '../../src/i18n/zh-CN/evaluation.json';
import { signedInPage } from '../support/signed-in-page';
import { apiAs, loginCookie } from '../support/teammate';
import { fill } from '../support/catalogue-message';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-policy-pass-42';
const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 180_000 });
let classId: number;

const pageAs = (username: string, locale: 'en' | 'zh-CN') => signedInPage(app.browser, app.server, username, { password: PASSWORD, locale, viewport: { width: 1366, height: 900 } });

beforeAll(async () => {
  const teacher = await loginCookie(app.server, 'teacher', PASSWORD);
  classId = (await apiAs<{ classes: { id: number }[] }>(app.server, teacher, '/api/classes')).body.classes[0].id;
  // the teacher's own scheme, saved under the default 40 % floor
  expect((await apiAs(app.server, teacher, `/api/classes/${classId}/evaluation/weights`, { method: 'PUT', body: { ...DEFAULT_SCHEME, processPct: 50 } })).status).toBe(200);
}, 180_000);

describe('the school evaluation floor in the browser', () => {
  it('the administrator is refused a floor below 40 % at the field, then raises it to 60 %; the class below it is listed', async () => {
    const { page, errors } = await pageAs('admin', 'en');
    await page.goto(`${app.server.url}/school`);
    const floor = page.getByLabel(en['evaluation.policy.floor']);
    await expect.poll(() => floor.inputValue(), { timeout: 15_000 }).toBe('40');
    await floor.fill('35');
    const save = page.getByRole('button', { name: en['evaluation.policy.save'] });
    await save.click();
    const refusal = page.locator('#policy-floor-problem');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(fill(en['evaluation.policy.floorRange'], { min: 40 }));
    expect(await floor.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('policy-floorPct');

    await floor.fill('60');
    await page.locator('#policy-processPct').fill('65');
    await save.click();
    await page.getByRole('status').filter({ hasText: en['evaluation.policy.saved'] }).waitFor();
    expect(await floor.getAttribute('aria-invalid')).toBe('false');
    const below = page.getByTestId('classes-below-floor');
    await below.waitFor();
    expect(await below.textContent()).toMatch(/: process 50 %/);
    expect(await page.locator('.policy .receipt code').textContent()).toMatch(/^\d+-[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    await page.locator('.policy').screenshot({ path: resolve(shots, 'evaluation-policy-admin-en.png') });
    expect(errors).toEqual([]);

    const zhPage = await pageAs('admin', 'zh-CN');
    await zhPage.page.goto(`${app.server.url}/school`);
    await zhPage.page.getByTestId('classes-below-floor').waitFor();
    expect(await zhPage.page.getByLabel(zh['evaluation.policy.floor']).inputValue()).toBe('60');
    await zhPage.page.locator('.policy').screenshot({ path: resolve(shots, 'evaluation-policy-admin-zh.png') });
    await zhPage.page.context().close();
    await page.context().close();
  });

  it('the gradebook flags the class’s scheme below the raised floor; the teacher’s scheme below it is refused at the field', async () => {
    const { page, errors } = await pageAs('teacher', 'en');
    await page.goto(`${app.server.url}/evaluation/${classId}`);
    const flag = page.getByTestId('below-floor');
    await flag.waitFor({ timeout: 15_000 });
    expect(await flag.textContent()).toBe(fill(en['evaluation.weights.flagBelowFloor'], { pct: 50, floor: 60 }));
    const share = page.getByLabel(en['evaluation.weights.processPct']);
    await share.fill('55');
    await page.getByRole('button', { name: en['evaluation.weights.save'] }).click();
    const problem = page.locator('#w-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe(fill(en['evaluation.weights.belowFloor'], { floor: 60 }));
    expect(await share.getAttribute('aria-invalid')).toBe('true');
    await page.locator('form.weights').screenshot({ path: resolve(shots, 'evaluation-policy-teacher-refused-en.png') });

    await share.fill('60');
    await page.getByRole('button', { name: en['evaluation.weights.save'] }).click();
    await expect.poll(() => page.getByTestId('below-floor').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.getByText(fill(en['evaluation.gradebook.lead'], { process: 60, result: 40 })).count()).toBe(1);
    expect(errors).toEqual([]);

    const zhPage = await pageAs('teacher', 'zh-CN');
    await zhPage.page.goto(`${app.server.url}/evaluation/${classId}`);
    await zhPage.page.getByLabel(zh['evaluation.weights.processPct']).fill('45');
    await zhPage.page.getByRole('button', { name: zh['evaluation.weights.save'] }).click();
    await zhPage.page.locator('#w-problem').waitFor();
    expect(await zhPage.page.locator('#w-problem').textContent()).toBe(fill(zh['evaluation.weights.belowFloor'], { floor: 60 }));
    await zhPage.page.locator('form.weights').screenshot({ path: resolve(shots, 'evaluation-policy-teacher-refused-zh.png') });
    await zhPage.page.context().close();
    await page.context().close();
  });
});
