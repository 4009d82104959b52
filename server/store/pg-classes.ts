/** Classes, their students, teams, team members and team mentors in PostgreSQL (same answers as sqlite-classes.ts). */
import type { ClassRecord, TeamRecord, UserRecord } from './records';
import { isUniqueViolation, type PgDb } from './pg-db';
import { groupedBy } from './records';
import { toUser, USER_COLUMNS, type UserRow } from './sqlite-accounts';
import { CLASS_COLUMNS, TEAM_COLUMNS, toClass, toTeam, type ClassRow, type TeamRow } from './sqlite-classes';
import { StoreConflictError, type ClassStore, type TeamWithClass } from './store';

export class PgClasses implements ClassStore {
  constructor(private readonly db: PgDb) {}

  async createClass(c: Omit<ClassRecord, 'id'>): Promise<ClassRecord> {
    try {
      const r = (await this.db.one<{ id: number }>(
        'INSERT INTO classes (school_id, name, invite_code, teacher_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [c.schoolId, c.name, c.inviteCode, c.teacherId, c.createdAt],
      ))!;
      return { ...c, id: r.id };
    } catch (e) {
      if (isUniqueViolation(e)) throw new StoreConflictError('the invite code is taken', 'inviteCode');
      throw e;
    }
  }

  async classById(id: number): Promise<ClassRecord | undefined> {
    const r = await this.db.one<ClassRow>(`SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.id = $1`, [id]);
    return r && toClass(r);
  }

  async classByInviteCode(code: string): Promise<ClassRecord | undefined> {
    const r = await this.db.one<ClassRow>(`SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.invite_code = $1`, [code]);
    return r && toClass(r);
  }

  async classesOfTeacher(teacherId: number): Promise<ClassRecord[]> {
    return (await this.db.query<ClassRow>(`SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.teacher_id = $1 ORDER BY c.id`, [teacherId])).map(toClass);
  }

  async classesOfSchool(schoolId: number): Promise<ClassRecord[]> {
    return (await this.db.query<ClassRow>(`SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.school_id = $1 ORDER BY c.id`, [schoolId])).map(toClass);
  }

  async classesOfStudent(studentId: number): Promise<ClassRecord[]> {
    const rows = await this.db.query<ClassRow>(`SELECT ${CLASS_COLUMNS} FROM classes c JOIN class_students s ON s.class_id = c.id WHERE s.student_id = $1 ORDER BY c.id`, [studentId]);
    return rows.map(toClass);
  }

  async addStudentToClass(classId: number, studentId: number): Promise<void> {
    await this.db.run('INSERT INTO class_students (class_id, student_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [classId, studentId]);
  }

  async studentsOfClass(classId: number): Promise<UserRecord[]> {
    const rows = await this.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u JOIN class_students s ON s.student_id = u.id WHERE s.class_id = $1 ORDER BY u.id`, [classId]);
    return rows.map(toUser);
  }

  async createTeam(classId: number, name: string): Promise<TeamRecord> {
    const r = (await this.db.one<{ id: number }>('INSERT INTO teams (class_id, name) VALUES ($1, $2) RETURNING id', [classId, name]))!;
    return { id: r.id, classId, name, mentorId: null };
  }

  async teamById(id: number): Promise<TeamRecord | undefined> {
    const r = await this.db.one<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.id = $1`, [id]);
    return r && toTeam(r);
  }

  async teamsWithClass(teamIds: readonly number[]): Promise<Map<number, TeamWithClass>> {
    if (!teamIds.length) return new Map();
    const rows = await this.db.query<TeamRow & { [K in keyof ClassRow as `c_${K}`]: ClassRow[K] }>(
      `SELECT ${TEAM_COLUMNS}, c.id AS c_id, c.school_id AS c_school_id, c.name AS c_name, c.invite_code AS c_invite_code, c.teacher_id AS c_teacher_id, c.created_at AS c_created_at
       FROM teams t JOIN classes c ON c.id = t.class_id WHERE t.id = ANY($1::int[])`,
      [[...new Set(teamIds)]],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        { team: toTeam(r), class: toClass({ id: r.c_id, school_id: r.c_school_id, name: r.c_name, invite_code: r.c_invite_code, teacher_id: r.c_teacher_id, created_at: r.c_created_at }) },
      ]),
    );
  }

  async teamsOfClasses(classIds: readonly number[]): Promise<Map<number, TeamRecord[]>> {
    if (!classIds.length) return new Map();
    const rows = await this.db.query<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.class_id = ANY($1::int[]) ORDER BY t.id`, [[...new Set(classIds)]]);
    return groupedBy(rows.map(toTeam), (t) => t.classId);
  }

  async teamMemberIdsOf(teamIds: readonly number[]): Promise<Map<number, number[]>> {
    if (!teamIds.length) return new Map();
    const rows = await this.db.query<{ team_id: number; student_id: number }>(
      'SELECT team_id, student_id FROM team_members WHERE team_id = ANY($1::int[]) ORDER BY team_id, student_id',
      [[...new Set(teamIds)]],
    );
    return new Map([...groupedBy(rows, (r) => r.team_id)].map(([team, rs]) => [team, rs.map((r) => r.student_id)]));
  }

  async studentsOfClasses(classIds: readonly number[]): Promise<Map<number, UserRecord[]>> {
    if (!classIds.length) return new Map();
    const rows = await this.db.query<UserRow & { group_id: number }>(
      `SELECT s.class_id AS group_id, ${USER_COLUMNS} FROM users u JOIN class_students s ON s.student_id = u.id WHERE s.class_id = ANY($1::int[]) ORDER BY s.class_id, u.id`,
      [[...new Set(classIds)]],
    );
    return new Map([...groupedBy(rows, (r) => r.group_id)].map(([c, rs]) => [c, rs.map(toUser)]));
  }

  async teamsOfClass(classId: number): Promise<TeamRecord[]> {
    return (await this.db.query<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.class_id = $1 ORDER BY t.id`, [classId])).map(toTeam);
  }

  async teamsOfStudent(studentId: number): Promise<TeamRecord[]> {
    return (await this.db.query<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams t JOIN team_members m ON m.team_id = t.id WHERE m.student_id = $1 ORDER BY t.id`, [studentId])).map(toTeam);
  }

  async teamsOfMentor(mentorId: number): Promise<TeamRecord[]> {
    return (await this.db.query<TeamRow>(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.mentor_id = $1 ORDER BY t.id`, [mentorId])).map(toTeam);
  }

  async setTeamMembers(teamId: number, studentIds: number[]): Promise<void> {
    await this.db.tx(async (q) => {
      const team = await q.one<{ class_id: number }>('SELECT class_id FROM teams WHERE id = $1 FOR UPDATE', [teamId]);
      if (!team) return;
      const ids = [...new Set(studentIds)];
      await q.run('DELETE FROM team_members WHERE team_id = $1', [teamId]);
      if (!ids.length) return;
      // a student is in at most one team per class: leave the others first
      await q.run('DELETE FROM team_members WHERE student_id = ANY($1::int[]) AND team_id IN (SELECT id FROM teams WHERE class_id = $2)', [ids, team.class_id]);
      await q.run('INSERT INTO team_members (team_id, student_id) SELECT $1, s FROM unnest($2::int[]) AS s', [teamId, ids]);
    });
  }

  async teamMemberIds(teamId: number): Promise<number[]> {
    return (await this.db.query<{ student_id: number }>('SELECT student_id FROM team_members WHERE team_id = $1 ORDER BY student_id', [teamId])).map((r) => r.student_id);
  }

  async setTeamMentor(teamId: number, mentorId: number | null): Promise<void> {
    await this.db.run('UPDATE teams SET mentor_id = $1 WHERE id = $2', [mentorId, teamId]);
  }

  async renameClass(classId: number, name: string): Promise<void> {
    await this.db.run('UPDATE classes SET name = $1 WHERE id = $2', [name, classId]);
  }

  async renameTeam(teamId: number, name: string): Promise<void> {
    await this.db.run('UPDATE teams SET name = $1 WHERE id = $2', [name, teamId]);
  }

  async deleteTeam(teamId: number): Promise<{ deleted: boolean; projects: number }> {
    // the team row is locked: no project can be created for it between the count and the delete
    return this.db.tx(async (q) => {
      const team = await q.one('SELECT id FROM teams WHERE id = $1 FOR UPDATE', [teamId]);
      if (!team) return { deleted: false, projects: 0 };
      const { n } = (await q.one<{ n: number }>('SELECT COUNT(*) AS n FROM projects WHERE team_id = $1', [teamId]))!;
      if (n > 0) return { deleted: false, projects: n };
      return { deleted: (await q.run('DELETE FROM teams WHERE id = $1', [teamId])) > 0, projects: 0 };
    });
  }
}
