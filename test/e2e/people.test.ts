/**
 * People and teams in real Chromium against the built app and the real server process: the teacher
 * sees the demo class and its invite code on /classes, creates "Team C" from the keyboard and assigns
 * the mentor; a new student (no e-mail address) signs up at /join — a wrong code first, shown on the
 * code field — and lands in /projects; the teacher adds the student to Team C; the student can then
 * start a project for Team C. Students and mentors who open /classes get the "only teachers" state.
 * Polls wait up to 10 s: sign-up hashes the password (scrypt) before it can answer, slow on a busy machine.
 * Screenshots in test/e2e/screenshots/people-*.png. Needs a build first (DIST_DIR picks which).
 */
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginThroughPage as login } from '../support/login';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const PASSWORD = 'e2e-people-pass-42';
const CLASS_NAME = '八年级一班 · Grade 8 Class 1'; // server/demo-school.ts
const MENTOR_NAME = '李博士 (Dr Li)'; // server/demo-school.ts
const NEW_STUDENT = { username: 'lin.xiao', displayName: '林晓 (Lin Xiao)', password: 'maple-comet-2024' };

const app = useServerAndBrowser({ password: PASSWORD });
let teacherCtx: BrowserContext;
let studentCtx: BrowserContext;
let teacher: Page;
let student: Page;
let inviteCode = '';

interface ApiTeam {
  id: number;
  name: string;
  mentor: { username: string } | null;
  members: { username: string }[];
}
interface ApiClass {
  name: string;
  inviteCode?: string;
  students?: { username: string }[];
  teams: ApiTeam[];
}
const apiClasses = (page: Page) => page.evaluate(async () => (await (await fetch('/api/classes')).json()).classes as ApiClass[]);

const loginThroughPage = (page: Page, username: string, next: string) => login(page, app.server.url, username, PASSWORD, next);

beforeAll(async () => {
  teacherCtx = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } });
  studentCtx = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  teacher = await teacherCtx.newPage();
  student = await studentCtx.newPage();
  for (const p of [teacher, student]) await p.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
});

describe('classes, teams and student sign-up with an invite code', () => {
  it('the teacher finds Classes in the header and sees the class with its invite code', async () => {
    await loginThroughPage(teacher, 'teacher', '/projects');
    await teacher.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes' }).click();
    await teacher.waitForURL((u) => u.pathname === '/classes');
    await teacher.getByRole('heading', { name: CLASS_NAME }).waitFor();
    const shown = await teacher.locator('.invite-code').first().getAttribute('data-code');
    const [cls] = await apiClasses(teacher);
    expect(cls.name).toBe(CLASS_NAME);
    // The page shows the code the server stores; codes use server/http/class-routes.ts INVITE_ALPHABET.
    expect(shown).toBe(cls.inviteCode);
    expect(shown).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    inviteCode = shown!;
    // Shown in groups of four for reading aloud: ABCD-2345.
    expect(await teacher.locator('.invite-code').first().textContent()).toBe(`${inviteCode.slice(0, 4)}-${inviteCode.slice(4)}`);
    await expect.poll(() => teacher.getByRole('heading', { name: /^小组 [AB] · Team [AB]$/ }).count(), { timeout: 10_000 }).toBe(2);
  });

  it('the teacher creates "Team C" with the keyboard and assigns the mentor', async () => {
    const nameField = teacher.getByLabel('Team name');
    // An empty name is refused before sending, next to the field.
    await nameField.focus();
    await teacher.keyboard.press('Enter');
    await expect.poll(() => nameField.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    await teacher.getByText('Enter a name (1 to 80 characters).').first().waitFor();

    await teacher.keyboard.type('Team C');
    await teacher.keyboard.press('Enter');
    const team = teacher.getByRole('article', { name: 'Team C' });
    await team.waitFor();
    await team.getByText('No members yet').waitFor();

    const mentorSelect = team.getByLabel('Mentor of Team C');
    await mentorSelect.selectOption({ label: MENTOR_NAME });
    await team.getByRole('button', { name: 'Save mentor of Team C' }).press('Enter');
    await team.getByText(`${MENTOR_NAME} is now the mentor.`).waitFor();

    const teamC = (await apiClasses(teacher))[0].teams.find((x) => x.name === 'Team C');
    expect(teamC?.mentor?.username).toBe('mentor');
    expect(teamC?.members).toEqual([]);
    await teacher.screenshot({ path: join(shots, 'people-classes-teacher.png'), fullPage: true });
  });

  it('a new student signs up at /join: a wrong code is shown on the code field, the right one lands in /projects', async () => {
    await student.goto(`${app.server.url}/login`);
    await student.getByRole('link', { name: 'Join your class' }).click();
    await student.waitForURL((u) => u.pathname === '/join');

    const code = student.getByLabel('Invite code');
    await code.fill(inviteCode === 'WXYZ2345' ? 'WXYZ2346' : 'WXYZ2345');
    await student.getByLabel('Username').fill(NEW_STUDENT.username);
    await student.getByLabel('Your name').fill(NEW_STUDENT.displayName);
    await student.getByLabel('Password', { exact: true }).fill(NEW_STUDENT.password);
    await student.getByLabel('Repeat the password').fill(NEW_STUDENT.password + 'x');
    await student.getByRole('button', { name: 'Create account and join' }).click();
    // Checked before sending: the repeat differs.
    await expect.poll(() => student.getByLabel('Repeat the password').getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    await student.getByText('The two passwords differ').waitFor();

    await student.getByLabel('Repeat the password').fill(NEW_STUDENT.password);
    await student.getByRole('button', { name: 'Create account and join' }).click();
    // The server's 404 unknown_invite_code (field inviteCode) appears under the code field, which gets focus.
    await expect.poll(() => code.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    const describedBy = (await code.getAttribute('aria-describedby'))!.split(' ');
    expect(describedBy).toContain('inviteCode-error');
    expect(await student.locator('#inviteCode-error').textContent()).toBe('No class has this invite code. Check it with your teacher.');
    expect(await student.evaluate(() => document.activeElement?.id)).toBe('inviteCode');
    expect(await student.getByLabel('Username').getAttribute('aria-invalid')).toBeNull();
    await student.screenshot({ path: join(shots, 'people-join-wrong-code.png'), fullPage: true });

    // Typed the way it is read out: lower case with the dash; the server normalises it.
    await code.fill(`${inviteCode.slice(0, 4)}-${inviteCode.slice(4)}`.toLowerCase());
    await student.getByRole('button', { name: 'Create account and join' }).click();
    await student.waitForURL((u) => u.pathname === '/projects');
    await student.getByText(`Logged in as ${NEW_STUDENT.displayName}`, { exact: true }).waitFor();
    // Students see no Classes link.
    expect(await student.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes' }).count()).toBe(0);
    const [cls] = await apiClasses(student);
    expect(cls.name).toBe(CLASS_NAME);
    expect(cls.teams).toEqual([]);
    // Not in a team yet: /projects says so, and what to do, instead of a bare "no projects"
    await student.getByRole('heading', { name: 'You are not in a team yet' }).waitFor();
    expect(await student.getByText(/Ask your teacher to add you to one/).count()).toBe(1);
    expect(await student.getByRole('heading', { name: 'Start a new project' }).count()).toBe(0);
  });

  it('the same username cannot sign up twice: the error names the username field', async () => {
    const other = await app.browser.newContext({ locale: 'en-US' });
    const page = await other.newPage();
    await page.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
    await page.goto(`${app.server.url}/join?code=${inviteCode}`);
    expect(await page.getByLabel('Invite code').inputValue()).toBe(inviteCode);
    await page.getByLabel('Username').fill(NEW_STUDENT.username);
    await page.getByLabel('Your name').fill('Someone else');
    await page.getByLabel('Password', { exact: true }).fill('another-pass-99');
    await page.getByLabel('Repeat the password').fill('another-pass-99');
    await page.getByRole('button', { name: 'Create account and join' }).click();
    await expect.poll(() => page.getByLabel('Username').getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    expect(await page.locator('#username-error').textContent()).toBe('This username is taken. Choose another.');
    await other.close();
  });

  it('the teacher adds the new student to Team C', async () => {
    await teacher.getByRole('button', { name: 'Refresh list' }).click();
    const team = teacher.getByRole('article', { name: 'Team C' });
    const box = team.getByRole('group', { name: 'Members of Team C' }).getByLabel(NEW_STUDENT.displayName);
    await box.focus();
    await teacher.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await team.getByRole('button', { name: 'Save members of Team C' }).click();
    await team.getByText('Members saved.').waitFor();
    await team.getByText(`Members: ${NEW_STUDENT.displayName}`).waitFor();
    const teamC = (await apiClasses(teacher))[0].teams.find((x) => x.name === 'Team C');
    expect(teamC?.members.map((m) => m.username)).toEqual([NEW_STUDENT.username]);
  });

  it('the student can now start a project for Team C', async () => {
    await student.goto(`${app.server.url}/projects`);
    await student.getByRole('heading', { name: 'Start a new project' }).waitFor();
    const [cls] = await apiClasses(student);
    expect(cls.teams.map((x) => x.name)).toEqual(['Team C']);
    await student.getByLabel('Title').fill('Our first pendulum');
    await student.getByRole('button', { name: 'Create project' }).click();
    await student.waitForURL(/\/projects\/[A-Za-z0-9_-]{8,}$/);
    const projects = await student.evaluate(async () => (await (await fetch('/api/projects')).json()).projects as { title: string; team: { name: string } }[]);
    expect(projects.map((p) => [p.title, p.team.name])).toEqual([['Our first pendulum', 'Team C']]);
  });

  it('the teacher renames the class and Team C in place, and may delete only a team without projects', async () => {
    await teacher.getByRole('button', { name: 'Refresh list' }).click();
    // rename the team with the keyboard: Rename, type, Enter; the student sees the new name on the project
    await teacher.getByRole('button', { name: 'Rename team Team C' }).click();
    const field = teacher.getByLabel('New name for team Team C');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await teacher.keyboard.press('Control+A');
    await teacher.keyboard.press('Backspace');
    await teacher.keyboard.press('Enter');
    await teacher.getByText('Enter a name (1 to 80 characters).').first().waitFor();
    await teacher.keyboard.type('Team Comet');
    await teacher.keyboard.press('Enter');
    await teacher.getByRole('heading', { name: 'Team Comet' }).waitFor();
    // focus goes back to the Rename button, now named after the new name
    await expect.poll(() => teacher.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Rename team Team Comet');
    const mine = await student.evaluate(async () => (await (await fetch('/api/projects')).json()).projects as { team: { name: string } }[]);
    expect(mine.map((p) => p.team.name)).toEqual(['Team Comet']);

    // Esc keeps the class name as it was; a second try renames it
    await teacher.getByRole('button', { name: `Rename class ${CLASS_NAME}` }).click();
    await teacher.keyboard.type(' draft');
    await teacher.keyboard.press('Escape');
    await teacher.getByRole('heading', { name: CLASS_NAME, exact: true }).waitFor();
    await teacher.getByRole('button', { name: `Rename class ${CLASS_NAME}` }).click();
    await teacher.keyboard.press('Control+A');
    await teacher.keyboard.type('Grade 8 physics');
    await teacher.getByRole('button', { name: 'Save name' }).click();
    await teacher.getByRole('heading', { name: 'Grade 8 physics', exact: true }).waitFor();
    expect((await apiClasses(teacher))[0].name).toBe('Grade 8 physics');

    // Team Comet has a project: the teacher is told why it stays
    const comet = teacher.getByRole('article', { name: 'Team Comet' });
    await comet.getByRole('button', { name: 'Delete team Team Comet' }).click();
    await comet.getByText('Delete team Team Comet? Its students will be in no team; nothing else is lost.').waitFor();
    await comet.getByRole('button', { name: 'Yes, delete' }).click();
    await comet.getByText("“Team Comet” has projects, so the team is kept: they hold the students' work.", { exact: false }).waitFor();
    // an empty team goes after the same confirmation
    await teacher.getByLabel('Team name').fill('Team Spare');
    await teacher.keyboard.press('Enter');
    const spare = teacher.getByRole('article', { name: 'Team Spare' });
    await spare.getByRole('button', { name: 'Delete team Team Spare' }).click();
    await spare.getByRole('button', { name: 'Keep it' }).click();
    expect(await spare.count()).toBe(1);
    await spare.getByRole('button', { name: 'Delete team Team Spare' }).click();
    await spare.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => spare.count()).toBe(0);
    expect((await apiClasses(teacher))[0].teams.map((x) => x.name)).not.toContain('Team Spare');
    await teacher.screenshot({ path: join(shots, 'people-classes-rename-delete.png'), fullPage: true });
  });

  it('students and mentors who open /classes see that only teachers manage classes', async () => {
    await student.goto(`${app.server.url}/classes`);
    await student.getByRole('heading', { name: 'Only teachers manage classes' }).waitFor();
    await student.getByRole('link', { name: 'Join a class with a code' }).waitFor();

    const mentorCtx = await app.browser.newContext({ locale: 'en-US' });
    const mentor = await mentorCtx.newPage();
    await mentor.addInitScript(() => localStorage.setItem('sprout.locale', 'en'));
    await loginThroughPage(mentor, 'mentor', '/classes');
    await mentor.getByRole('heading', { name: 'Only teachers manage classes' }).waitFor();
    expect(await mentor.locator('.invite-code').count()).toBe(0);
    await mentorCtx.close();
  });

  it('the join page speaks Chinese', async () => {
    const zhCtx = await app.browser.newContext({ locale: 'zh-CN' });
    const page = await zhCtx.newPage();
    await page.addInitScript(() => localStorage.setItem('sprout.locale', 'zh-CN'));
    await page.goto(`${app.server.url}/join`);
    await page.getByRole('heading', { name: '加入班级', level: 1 }).waitFor();
    await page.getByRole('button', { name: '创建账号并加入班级' }).click();
    // Nothing filled in: every field says what it needs, the first one has focus.
    await page.getByText('请输入老师给你的邀请码（4 到 20 个字符）。').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inviteCode');
    await page.screenshot({ path: join(shots, 'people-join-zh.png'), fullPage: true });
    await zhCtx.close();
  });
});
