/**
 * The sync benchmark's school: one class, N students, M projects, each project its own team's (the
 * students who edit it: client i edits project i % M, as in a school where a team of 3–6 writes one
 * project), and a live session per student. (One team of all N students made every access check read
 * an array of N member ids: at 2 000 clients, 2 000 ids per connection at connect and at every heartbeat,
 * a cost no school has.) Session tokens are derived from a secret (HMAC-SHA-256 of the client index), so a server
 * process that seeds its own in-memory store and the load generator agree on them without passing 500
 * tokens around.
 */
import { createHash, createHmac } from 'node:crypto';
import { hashPassword } from '../../../server/auth/password';
import { initialProjectState } from '../../../server/projects/initial-doc';
import type { Store } from '../../../server/store/store';

export const benchToken = (secret: string, client: number): string => createHmac('sha256', secret).update(`client:${client}`).digest('base64url');
export const benchProjectId = (doc: number): string => `benchdoc${String(doc).padStart(4, '0')}`;

export async function seedBench(store: Store, opts: { clients: number; docs: number; secret: string }): Promise<void> {
  const school = await store.accounts.createSchool('Bench school');
  const hash = await hashPassword('bench', { N: 1024, r: 8, p: 1 });
  const teacher = await store.accounts.createUser({ username: 'bench-teacher', displayName: 'T', role: 'teacher', schoolId: school.id, passwordHash: hash });
  const cls = await store.classes.createClass({ schoolId: school.id, name: 'Bench', inviteCode: 'BENCH000', teacherId: teacher.id, createdAt: Date.now() });
  const ids: number[] = [];
  for (let i = 0; i < opts.clients; i++) {
    const u = await store.accounts.createUser({ username: `bench${i}`, displayName: `B${i}`, role: 'student', schoolId: school.id, passwordHash: hash });
    ids.push(u.id);
    const tokenHash = createHash('sha256').update(benchToken(opts.secret, i)).digest('hex');
    await store.accounts.createSession({ tokenHash, userId: u.id, createdAt: Date.now(), expiresAt: Date.now() + 3600_000 });
  }
  for (let d = 0; d < opts.docs; d++) {
    const id = benchProjectId(d);
    const now = Date.now();
    const team = await store.classes.createTeam(cls.id, `Team ${d}`);
    await store.classes.setTeamMembers(team.id, ids.filter((_, i) => i % opts.docs === d));
    await store.projects.createProject(
      { id, teamId: team.id, title: id, templateId: null, status: 'draft', createdBy: ids[d], createdAt: now, updatedAt: now },
      initialProjectState({ title: id, templateId: null, locale: 'en', now }),
    );
  }
}
