/** Projects, their hand-overs to mentors, images, and the Yjs documents (snapshot + appended updates) in SQLite. */
import type Database from 'better-sqlite3';
import { factsOf, type ImageRecord, type ProjectAccessFacts, type ProjectRecord, type StoredDoc, type UserRecord } from './records';
import type { DocWrites } from './sqlite-doc-writer';
import type { DocStore, FoldedUpdates, ProjectStore } from './store';

export interface ProjectRow {
  id: string;
  team_id: number;
  title: string;
  template_id: string | null;
  status: string;
  created_by: number;
  created_at: number;
  updated_at: number;
}
export const PROJECT_COLUMNS = 'p.id, p.team_id, p.title, p.template_id, p.status, p.created_by, p.created_at, p.updated_at';
export const toProject = (r: ProjectRow): ProjectRecord => ({
  id: r.id, teamId: r.team_id, title: r.title, templateId: r.template_id, status: r.status, createdBy: r.created_by, createdAt: r.created_at, updatedAt: r.updated_at,
});

export class SqliteProjects implements ProjectStore {
  constructor(private readonly db: Database.Database) {}

  async createProject(p: ProjectRecord, initialState: Uint8Array): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO projects (id, team_id, title, template_id, status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(p.id, p.teamId, p.title, p.templateId, p.status, p.createdBy, p.createdAt, p.updatedAt);
      this.db.prepare('INSERT INTO doc_snapshots (project_id, data, updated_at) VALUES (?, ?, ?)').run(p.id, Buffer.from(initialState), p.createdAt);
    })();
  }

  async projectById(id: string): Promise<ProjectRecord | undefined> {
    const r = this.db.prepare(`SELECT ${PROJECT_COLUMNS} FROM projects p WHERE p.id = ?`).get(id) as ProjectRow | undefined;
    return r && toProject(r);
  }

  async projectsForUser(user: UserRecord): Promise<ProjectRecord[]> {
    let sql: string;
    if (user.role === 'student') {
      sql = `SELECT ${PROJECT_COLUMNS} FROM projects p JOIN team_members m ON m.team_id = p.team_id WHERE m.student_id = ?`;
    } else if (user.role === 'teacher') {
      sql = `SELECT ${PROJECT_COLUMNS} FROM projects p JOIN teams t ON t.id = p.team_id JOIN classes c ON c.id = t.class_id WHERE c.teacher_id = ?`;
    } else {
      sql = `SELECT ${PROJECT_COLUMNS} FROM projects p JOIN teams t ON t.id = p.team_id WHERE t.mentor_id = @id
             UNION SELECT ${PROJECT_COLUMNS} FROM projects p JOIN project_mentors pm ON pm.project_id = p.id WHERE pm.mentor_id = @id`;
    }
    const rows = this.db.prepare(`SELECT * FROM (${sql.replaceAll('?', '@id')}) ORDER BY updated_at DESC`).all({ id: user.id }) as ProjectRow[];
    return rows.map(toProject);
  }

  async accessFacts(projectId: string): Promise<ProjectAccessFacts | undefined> {
    return (await this.accessFactsOf([projectId])).get(projectId);
  }

  async accessFactsOf(projectIds: readonly string[]): Promise<Map<string, ProjectAccessFacts>> {
    if (!projectIds.length) return new Map();
    const rows = this.db
      .prepare(
        `SELECT p.id AS project_id, t.id AS team_id, c.id AS class_id, c.school_id, c.teacher_id, t.mentor_id,
                (SELECT json_group_array(student_id) FROM (SELECT m.student_id FROM team_members m WHERE m.team_id = t.id ORDER BY m.student_id)) AS student_ids,
                (SELECT json_group_array(mentor_id) FROM (SELECT pm.mentor_id FROM project_mentors pm WHERE pm.project_id = p.id ORDER BY pm.mentor_id)) AS handed
         FROM projects p JOIN teams t ON t.id = p.team_id JOIN classes c ON c.id = t.class_id WHERE p.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify([...new Set(projectIds)])) as {
      project_id: string; team_id: number; class_id: number; school_id: number; teacher_id: number; mentor_id: number | null; student_ids: string; handed: string;
    }[];
    return new Map(rows.map((r) => [r.project_id, factsOf({ ...r, student_ids: JSON.parse(r.student_ids) as number[], handed: JSON.parse(r.handed) as number[] })]));
  }

  async statuses(): Promise<Map<string, string>> {
    return new Map((this.db.prepare('SELECT id, status FROM projects').all() as { id: string; status: string }[]).map((r) => [r.id, r.status]));
  }

  async setStatus(projectId: string, status: string): Promise<void> {
    this.db.prepare('UPDATE projects SET status = ?, updated_at = ? WHERE id = ?').run(status, Date.now(), projectId);
  }

  async setTitle(projectId: string, title: string): Promise<void> {
    this.db.prepare('UPDATE projects SET title = ? WHERE id = ? AND title <> ?').run(title, projectId, title);
  }

  async handToMentor(projectId: string, mentorId: number): Promise<void> {
    this.db.prepare('INSERT OR IGNORE INTO project_mentors (project_id, mentor_id) VALUES (?, ?)').run(projectId, mentorId);
  }

  async addImage(image: ImageRecord, data: Uint8Array, quotaBytes = Infinity): Promise<{ stored: boolean; usedBytes: number }> {
    return this.db.transaction(() => {
      const usedBytes = this.imageBytesNow(image.projectId);
      if (usedBytes + data.length > quotaBytes) return { stored: false, usedBytes };
      this.db
        .prepare('INSERT INTO images (id, project_id, mime, size, data, uploaded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(image.id, image.projectId, image.mime, image.size, Buffer.from(data), image.uploadedBy, image.createdAt);
      return { stored: true, usedBytes };
    }).immediate();
  }

  async imageBytes(projectId: string): Promise<number> {
    return this.imageBytesNow(projectId);
  }

  private imageBytesNow(projectId: string): number {
    return (this.db.prepare('SELECT COALESCE(SUM(size), 0) AS n FROM images WHERE project_id = ?').get(projectId) as { n: number }).n;
  }

  async image(projectId: string, imageId: string): Promise<(ImageRecord & { data: Uint8Array }) | undefined> {
    const r = this.db.prepare('SELECT id, project_id, mime, size, data, uploaded_by, created_at FROM images WHERE id = ? AND project_id = ?').get(imageId, projectId) as
      | { id: string; project_id: string; mime: string; size: number; data: Buffer; uploaded_by: number; created_at: number }
      | undefined;
    return r && { id: r.id, projectId: r.project_id, mime: r.mime, size: r.size, data: r.data, uploadedBy: r.uploaded_by, createdAt: r.created_at };
  }
}

export class SqliteDocs implements DocStore {
  /** `writes`: where updates and compactions are written (a worker thread for file databases, see sqlite-doc-writer.ts). */
  constructor(
    private readonly db: Database.Database,
    private readonly writes: DocWrites,
  ) {}

  async loadDoc(projectId: string): Promise<StoredDoc> {
    await this.writes.settle();
    return this.db.transaction(() => {
      const snap = this.db.prepare('SELECT data FROM doc_snapshots WHERE project_id = ?').get(projectId) as { data: Buffer } | undefined;
      const rows = this.db.prepare('SELECT id, data FROM doc_updates WHERE project_id = ? ORDER BY id').all(projectId) as { id: number; data: Buffer }[];
      let storedBytes = snap ? snap.data.length : 0;
      for (const r of rows) storedBytes += r.data.length;
      return {
        snapshot: snap ? new Uint8Array(snap.data) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        updateIds: rows.map((r) => r.id),
        lastUpdateId: rows.length ? rows[rows.length - 1].id : 0,
        storedBytes,
      };
    })();
  }

  appendUpdates(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]> {
    return batch.length ? this.writes.append(batch, now) : Promise.resolve([]);
  }

  appendNow(projectId: string, update: Uint8Array, now: number): number | undefined {
    return this.writes.appendNow(projectId, update, now);
  }

  /** One process writes a SQLite store: every update up to `folded.upToId` is in the snapshot. */
  compact(projectId: string, snapshot: Uint8Array, folded: FoldedUpdates): Promise<void> {
    return this.writes.compact(projectId, snapshot, folded.upToId, Date.now());
  }
}
