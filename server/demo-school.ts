/**
 * The demo school created on first start (and by `npm run seed -- --reset`): its administrator (who
 * creates the real teachers' and mentors' accounts and imports class lists), one teacher, one mentor,
 * a class with two teams of three students, and a few sample projects. Passwords are random unless
 * DEMO_PASSWORD is set (tests and screenshots use a fixed one); the logins are printed to the terminal.
 */
import { randomInt } from 'node:crypto';
import { hashPassword } from './auth/password';
import { newInviteCode } from './http/class-routes';
import { newProjectId } from './http/project-routes';
import { SAMPLE_PROJECTS } from '../projects/templates/samples';
import { initialProjectState } from './projects/initial-doc';
import type { Role } from './store/records';
import type { Store } from './store/store';

export interface DemoLogin {
  role: Role;
  username: string;
  displayName: string;
  password: string;
}

export interface DemoSchool {
  schoolId: number;
  classId: number;
  inviteCode: string;
  teamIds: number[];
  projectIds: string[];
  logins: DemoLogin[];
  locale: 'zh-CN' | 'en';
}

const WORDS = ['maple', 'river', 'comet', 'panda', 'cedar', 'lotus', 'amber', 'delta', 'tiger', 'orbit', 'pearl', 'quartz', 'solar', 'tulip', 'willow', 'zephyr'];
const randomPassword = () => `${WORDS[randomInt(WORDS.length)]}-${WORDS[randomInt(WORDS.length)]}-${randomInt(100, 1000)}`;

const PEOPLE: { role: Role; username: string; displayName: string }[] = [
  { role: 'admin', username: 'admin', displayName: '教务处 (School Office)' },
  { role: 'teacher', username: 'teacher', displayName: '王老师 (Ms Wang)' },
  { role: 'mentor', username: 'mentor', displayName: '李博士 (Dr Li)' },
  { role: 'student', username: 'student1', displayName: '张明 (Zhang Ming)' },
  { role: 'student', username: 'student2', displayName: '刘洋 (Liu Yang)' },
  { role: 'student', username: 'student3', displayName: '陈静 (Chen Jing)' },
  { role: 'student', username: 'student4', displayName: '赵磊 (Zhao Lei)' },
  { role: 'student', username: 'student5', displayName: '孙悦 (Sun Yue)' },
  { role: 'student', username: 'student6', displayName: '周婷 (Zhou Ting)' },
];

export async function isEmpty(store: Store): Promise<boolean> {
  return (await store.accounts.schools()).length === 0;
}

export async function createDemoSchool(
  store: Store,
  opts: {
    password?: string;
    /** Cheaper hashing for tests only. */
    scrypt?: { N: number; r: number; p: number };
    /** false: sample projects start empty (meta only) instead of from their templates; tests that count cells use it. */
    templates?: boolean;
    /** The language of the sample projects (titles and template content); default zh-CN. */
    locale?: 'zh-CN' | 'en';
  } = {},
): Promise<DemoSchool> {
  const school = await store.accounts.createSchool('萌芽示范学校 · Sprout Demo School');
  const logins: DemoLogin[] = [];
  const ids: Record<string, number> = {};
  for (const p of PEOPLE) {
    const password = opts.password ?? randomPassword();
    const user = await store.accounts.createUser({ ...p, schoolId: p.role === 'mentor' ? null : school.id, passwordHash: await hashPassword(password, opts.scrypt) });
    ids[p.username] = user.id;
    logins.push({ ...p, password });
  }
  await store.accounts.addMentorSchool(ids.mentor, school.id);
  const now = Date.now();
  const cls = await store.classes.createClass({ schoolId: school.id, name: '八年级一班 · Grade 8 Class 1', inviteCode: newInviteCode(), teacherId: ids.teacher, createdAt: now });
  for (let i = 1; i <= 6; i++) await store.classes.addStudentToClass(cls.id, ids[`student${i}`]);
  const teamA = await store.classes.createTeam(cls.id, '小组 A · Team A');
  const teamB = await store.classes.createTeam(cls.id, '小组 B · Team B');
  await store.classes.setTeamMembers(teamA.id, [ids.student1, ids.student2, ids.student3]);
  await store.classes.setTeamMembers(teamB.id, [ids.student4, ids.student5, ids.student6]);
  await store.classes.setTeamMentor(teamA.id, ids.mentor);

  const locale = opts.locale ?? 'zh-CN';
  const [pendulum, projectile, titration] = SAMPLE_PROJECTS;
  const samples = [
    { teamId: teamA.id, title: pendulum.title[locale], templateId: pendulum.templateId, createdBy: ids.student1 },
    { teamId: teamA.id, title: projectile.title[locale], templateId: projectile.templateId, createdBy: ids.student2 },
    { teamId: teamB.id, title: titration.title[locale], templateId: titration.templateId, createdBy: ids.student4 },
  ];
  const projectIds: string[] = [];
  for (const s of samples) {
    const id = newProjectId();
    await store.projects.createProject(
      { id, teamId: s.teamId, title: s.title, templateId: opts.templates === false ? null : s.templateId, status: 'draft', createdBy: s.createdBy, createdAt: now, updatedAt: now },
      initialProjectState({ title: s.title, templateId: opts.templates === false ? null : s.templateId, locale, now, createdBy: s.createdBy }),
    );
    projectIds.push(id);
  }
  return { schoolId: school.id, classId: cls.id, inviteCode: cls.inviteCode, teamIds: [teamA.id, teamB.id], projectIds, logins, locale };
}

export function formatDemoLogins(demo: DemoSchool): string {
  const lines = [
    'Demo school created. Logins (username / password):',
    ...demo.logins.map((l) => `  ${l.role.padEnd(8)} ${l.username.padEnd(10)} ${l.password}   ${l.displayName}`),
    `  class invite code: ${demo.inviteCode}`,
    `Sample projects in ${demo.locale === 'en' ? 'English' : 'Chinese'} (DEMO_LOCALE=${demo.locale}); a team can switch an untouched one to the other language in its notebook.`,
    'Recreate it with: npm run seed -- --reset (add --locale en for English sample projects)',
  ];
  return lines.join('\n');
}
