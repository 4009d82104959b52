/** Classes, their students, teams, team members and team mentors in SQLite. */
import type Database from 'better-sqlite3';
import type { ClassRecord, TeamRecord, UserRecord } from './records';
import { groupedBy } from './records';
import { USER_COLUMNS, toUser, type UserRow } from './sqlite-accounts';
import { StoreConflictError, type ClassStore, type TeamWithClass } from './store';

export interface ClassRow {
  id: number;
  school_id: number;
  name: string;
  invite_code: string;
  teacher_id: number;
  created_at: number;
}
export interface TeamRow {
  id: number;
  class_id: number;
  name: string;
  mentor_id: number | null;
}

export const toClass = (r: ClassRow): ClassRecord => ({ id: r.id, schoolId: r.school_id, name: r.name, inviteCode: r.invite_code, teacherId: r.teacher_id, createdAt: r.created_at });
export const toTeam = (r: TeamRow): TeamRecord => ({ id: r.id, classId: r.class_id, name: r.name, mentorId: r.mentor_id });
export const CLASS_COLUMNS = 'c.id, c.school_id, c.name, c.invite_code, c.teacher_id, c.created_at';
export const TEAM_COLUMNS = 't.id, t.class_id, t.name, t.mentor_id';

export class SqliteClasses implements ClassStore {
  constructor(private readonly db: Database.Database) {}

  async createClass(c: Omit<ClassRecord, 'id'>): Promise<ClassRecord> {
    try {
      const r = this.db
        .prepare('INSERT INTO classes (school_id, name, invite_code, teacher_id, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(c.schoolId, c.name, c.inviteCode, c.teacherId, c.createdAt);
      return { ...c, id: Number(r.lastInsertRowid) };
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new StoreConflictError('the invite code is taken', 'inviteCode');
      throw e;
    }
  }

  async classById(id: number): Promise<ClassRecord | undefined> {
    const r = this.db.prepare(`SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.id = ?`).get(id) as ClassRow | undefined;
    return r && toClass(r);
  }

  async classByInviteCode(code: string): Promise<ClassRecord | undefined> {
    const r = this.db.prepare(`SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.invite_code = ?`).get(code) as ClassRow | undefined;
    return r && toClass(r);
  }

  async classesOfTeacher(teacherId: number): Promise<ClassRecord[]> {
    return (this.db.prepare(`SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.teacher_id = ? ORDER BY c.id`).all(teacherId) as ClassRow[]).map(toClass);
  }

  async classesOfSchool(schoolId: number): Promise<ClassRecord[]> {
    return (this.db.prepare(`SELECT ${CLASS_COLUMNS} FROM classes c WHERE c.school_id = ? ORDER BY c.id`).all(schoolId) as ClassRow[]).map(toClass);
  }

  async classesOfStudent(studentId: number): Promise<ClassRecord[]> {
    const rows = this.db
      .prepare(`SELECT ${CLASS_COLUMNS} FROM classes c JOIN class_students s ON s.class_id = c.id WHERE s.student_id = ? ORDER BY c.id`)
      .all(studentId) as ClassRow[];
    return rows.map(toClass);
  }

  async addStudentToClass(classId: number, studentId: number): Promise<void> {
    this.db.prepare('INSERT OR IGNORE INTO class_students (class_id, student_id) VALUES (?, ?)').run(classId, studentId);
  }

  async studentsOfClass(classId: number): Promise<UserRecord[]> {
    const rows = this.db
      .prepare(`SELECT ${USER_COLUMNS} FROM users u JOIN class_students s ON s.student_id = u.id WHERE s.class_id = ? ORDER BY u.id`)
      .all(classId) as UserRow[];
    return rows.map(toUser);
  }

  async createTeam(classId: number, name: string): Promise<TeamRecord> {
    const r = this.db.prepare('INSERT INTO teams (class_id, name) VALUES (?, ?)').run(classId, name);
    return { id: Number(r.lastInsertRowid), classId, name, mentorId: null };
  }

  async teamById(id: number): Promise<TeamRecord | undefined> {
    const r = this.db.prepare(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.id = ?`).get(id) as TeamRow | undefined;
    return r && toTeam(r);
  }

  async teamsWithClass(teamIds: readonly number[]): Promise<Map<number, TeamWithClass>> {
    if (!teamIds.length) return new Map();
    const rows = this.db
      .prepare(
        `SELECT ${TEAM_COLUMNS}, c.id AS c_id, c.school_id AS c_school_id, c.name AS c_name, c.invite_code AS c_invite_code, c.teacher_id AS c_teacher_id, c.created_at AS c_created_at
         FROM teams t JOIN classes c ON c.id = t.class_id WHERE t.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify([...new Set(teamIds)])) as (TeamRow & { c_id: number; c_school_id: number; c_name: string; c_invite_code: string; c_teacher_id: number; c_created_at: number })[];
    return new Map(
      rows.map((r) => [
        r.id,
        { team: toTeam(r), class: toClass({ id: r.c_id, school_id: r.c_school_id, name: r.c_name, invite_code: r.c_invite_code, teacher_id: r.c_teacher_id, created_at: r.c_created_at }) },
      ]),
    );
  }

  async teamsOfClasses(classIds: readonly number[]): Promise<Map<number, TeamRecord[]>> {
    if (!classIds.length) return new Map();
    const rows = this.db.prepare(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.class_id IN (SELECT value FROM json_each(?)) ORDER BY t.id`).all(JSON.stringify([...new Set(classIds)])) as TeamRow[];
    return groupedBy(rows.map(toTeam), (t) => t.classId);
  }

  async teamMemberIdsOf(teamIds: readonly number[]): Promise<Map<number, number[]>> {
    if (!teamIds.length) return new Map();
    const rows = this.db
      .prepare('SELECT team_id, student_id FROM team_members WHERE team_id IN (SELECT value FROM json_each(?)) ORDER BY team_id, student_id')
      .all(JSON.stringify([...new Set(teamIds)])) as { team_id: number; student_id: number }[];
    return new Map([...groupedBy(rows, (r) => r.team_id)].map(([team, rs]) => [team, rs.map((r) => r.student_id)]));
  }

  async studentsOfClasses(classIds: readonly number[]): Promise<Map<number, UserRecord[]>> {
    if (!classIds.length) return new Map();
    const rows = this.db
      .prepare(`SELECT s.class_id AS group_id, ${USER_COLUMNS} FROM users u JOIN class_students s ON s.student_id = u.id WHERE s.class_id IN (SELECT value FROM json_each(?)) ORDER BY s.class_id, u.id`)
      .all(JSON.stringify([...new Set(classIds)])) as (UserRow & { group_id: number })[];
    return new Map([...groupedBy(rows, (r) => r.group_id)].map(([c, rs]) => [c, rs.map(toUser)]));
  }

  async teamsOfClass(classId: number): Promise<TeamRecord[]> {
    return (this.db.prepare(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.class_id = ? ORDER BY t.id`).all(classId) as TeamRow[]).map(toTeam);
  }

  async teamsOfStudent(studentId: number): Promise<TeamRecord[]> {
    const rows = this.db.prepare(`SELECT ${TEAM_COLUMNS} FROM teams t JOIN team_members m ON m.team_id = t.id WHERE m.student_id = ? ORDER BY t.id`).all(studentId) as TeamRow[];
    return rows.map(toTeam);
  }

  async teamsOfMentor(mentorId: number): Promise<TeamRecord[]> {
    return (this.db.prepare(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.mentor_id = ? ORDER BY t.id`).all(mentorId) as TeamRow[]).map(toTeam);
  }

  async setTeamMembers(teamId: number, studentIds: number[]): Promise<void> {
    const team = await this.teamById(teamId);
    if (!team) return;
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM team_members WHERE team_id = ?').run(teamId);
      const leaveOther = this.db.prepare('DELETE FROM team_members WHERE student_id = ? AND team_id IN (SELECT id FROM teams WHERE class_id = ?)');
      const add = this.db.prepare('INSERT INTO team_members (team_id, student_id) VALUES (?, ?)');
      for (const s of new Set(studentIds)) {
        leaveOther.run(s, team.classId);
        add.run(teamId, s);
      }
    })();
  }

  async teamMemberIds(teamId: number): Promise<number[]> {
    return (this.db.prepare('SELECT student_id FROM team_members WHERE team_id = ? ORDER BY student_id').all(teamId) as { student_id: number }[]).map((r) => r.student_id);
  }

  async setTeamMentor(teamId: number, mentorId: number | null): Promise<void> {
    this.db.prepare('UPDATE teams SET mentor_id = ? WHERE id = ?').run(mentorId, teamId);
  }

  async renameClass(classId: number, name: string): Promise<void> {
    this.db.prepare('UPDATE classes SET name = ? WHERE id = ?').run(name, classId);
  }

  async renameTeam(teamId: number, name: string): Promise<void> {
    this.db.prepare('UPDATE teams SET name = ? WHERE id = ?').run(name, teamId);
  }

  async deleteTeam(teamId: number): Promise<{ deleted: boolean; projects: number }> {
    // one transaction: no project can be created for the team between the count and the delete
    return this.db.transaction(() => {
      const { n } = this.db.prepare('SELECT COUNT(*) AS n FROM projects WHERE team_id = ?').get(teamId) as { n: number };
      if (n > 0) return { deleted: false, projects: n };
      return { deleted: this.db.prepare('DELETE FROM teams WHERE id = ?').run(teamId).changes > 0, projects: 0 };
    })();
  }
}
