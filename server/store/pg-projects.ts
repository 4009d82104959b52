/** Projects, their hand-overs to mentors and images in PostgreSQL (same answers as sqlite-projects.ts). */
import { factsOf, type ImageRecord, type ProjectAccessFacts, type ProjectRecord, type UserRecord } from './records';
import { ImageCache } from './image-cache';
import type { PgDb } from './pg-db';
import { PROJECT_COLUMNS, toProject, type ProjectRow } from './sqlite-projects';
import type { ProjectStore } from './store';

import type { FactsRow } from './records';

type StoredImage = ImageRecord & { data: Uint8Array };

export class PgProjects implements ProjectStore {
  private readonly images = new ImageCache<StoredImage>();

  constructor(private readonly db: PgDb) {}

  async createProject(p: ProjectRecord, initialState: Uint8Array): Promise<void> {
    // one statement, so one round trip and atomic: the row and the document's first snapshot
    await this.db.run(
      `WITH p AS (
         INSERT INTO projects (id, team_id, title, template_id, status, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
       )
       INSERT INTO doc_snapshots (project_id, data, updated_at) SELECT id, $9, $7 FROM p`,
      [p.id, p.teamId, p.title, p.templateId, p.status, p.createdBy, p.createdAt, p.updatedAt, Buffer.from(initialState)],
    );
  }

  async projectById(id: string): Promise<ProjectRecord | undefined> {
    const r = await this.db.one<ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM projects p WHERE p.id = $1`, [id]);
    return r && toProject(r);
  }

  async projectsForUser(user: UserRecord): Promise<ProjectRecord[]> {
    let sql: string;
    if (user.role === 'student') {
      sql = `SELECT ${PROJECT_COLUMNS} FROM projects p JOIN team_members m ON m.team_id = p.team_id WHERE m.student_id = $1`;
    } else if (user.role === 'teacher') {
      sql = `SELECT ${PROJECT_COLUMNS} FROM projects p JOIN teams t ON t.id = p.team_id JOIN classes c ON c.id = t.class_id WHERE c.teacher_id = $1`;
    } else {
      sql = `SELECT ${PROJECT_COLUMNS} FROM projects p JOIN teams t ON t.id = p.team_id WHERE t.mentor_id = $1
             UNION SELECT ${PROJECT_COLUMNS} FROM projects p JOIN project_mentors pm ON pm.project_id = p.id WHERE pm.mentor_id = $1`;
    }
    return (await this.db.query<ProjectRow>(`SELECT * FROM (${sql}) x ORDER BY updated_at DESC`, [user.id])).map(toProject);
  }

  async accessFacts(projectId: string): Promise<ProjectAccessFacts | undefined> {
    return (await this.accessFactsOf([projectId])).get(projectId);
  }

  async accessFactsOf(projectIds: readonly string[]): Promise<Map<string, ProjectAccessFacts>> {
    if (!projectIds.length) return new Map();
    const rows = await this.db.query<FactsRow>(
      `SELECT p.id AS project_id, t.id AS team_id, c.id AS class_id, c.school_id, c.teacher_id, t.mentor_id,
              COALESCE((SELECT array_agg(m.student_id ORDER BY m.student_id) FROM team_members m WHERE m.team_id = t.id), '{}') AS student_ids,
              COALESCE((SELECT array_agg(pm.mentor_id ORDER BY pm.mentor_id) FROM project_mentors pm WHERE pm.project_id = p.id), '{}') AS handed
       FROM projects p JOIN teams t ON t.id = p.team_id JOIN classes c ON c.id = t.class_id WHERE p.id = ANY($1::text[])`,
      [[...new Set(projectIds)]],
    );
    return new Map(rows.map((r) => [r.project_id, factsOf(r)]));
  }

  async statuses(): Promise<Map<string, string>> {
    return new Map((await this.db.query<{ id: string; status: string }>('SELECT id, status FROM projects')).map((r) => [r.id, r.status]));
  }

  async setStatus(projectId: string, status: string): Promise<void> {
    await this.db.run('UPDATE projects SET status = $1, updated_at = $2 WHERE id = $3', [status, Date.now(), projectId]);
  }

  async setTitle(projectId: string, title: string): Promise<void> {
    await this.db.run('UPDATE projects SET title = $1 WHERE id = $2 AND title <> $1', [title, projectId]);
  }

  async handToMentor(projectId: string, mentorId: number): Promise<void> {
    await this.db.run('INSERT INTO project_mentors (project_id, mentor_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [projectId, mentorId]);
  }

  async addImage(image: ImageRecord, data: Uint8Array, quotaBytes = Infinity): Promise<{ stored: boolean; usedBytes: number }> {
    return this.db.tx(async (q) => {
      // uploads to one project take turns (from every process): parallel ones cannot overshoot the quota
      await q.query("SELECT pg_advisory_xact_lock(hashtext('sprout-images:' || $1))", [image.projectId]);
      const usedBytes = (await q.one<{ n: number }>('SELECT COALESCE(SUM(size), 0) AS n FROM images WHERE project_id = $1', [image.projectId]))!.n;
      if (usedBytes + data.length > quotaBytes) return { stored: false, usedBytes };
      await q.run(
        `WITH i AS (
           INSERT INTO images (id, project_id, mime, size, uploaded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
         )
         INSERT INTO image_data (image_id, data) SELECT id, $7 FROM i`,
        [image.id, image.projectId, image.mime, image.size, image.uploadedBy, image.createdAt, Buffer.from(data)],
      );
      return { stored: true, usedBytes };
    });
  }

  async imageBytes(projectId: string): Promise<number> {
    return (await this.db.one<{ n: number }>('SELECT COALESCE(SUM(size), 0) AS n FROM images WHERE project_id = $1', [projectId]))!.n;
  }

  async image(projectId: string, imageId: string): Promise<StoredImage | undefined> {
    const key = `${projectId}/${imageId}`;
    const cached = this.images.get(key);
    if (cached) return cached;
    const r = await this.db.one<{ id: string; project_id: string; mime: string; size: number; data: Buffer; uploaded_by: number; created_at: number }>(
      `SELECT i.id, i.project_id, i.mime, i.size, d.data, i.uploaded_by, i.created_at FROM images i JOIN image_data d ON d.image_id = i.id WHERE i.id = $1 AND i.project_id = $2`,
      [imageId, projectId],
    );
    if (!r) return undefined;
    const img = { id: r.id, projectId: r.project_id, mime: r.mime, size: r.size, data: r.data, uploadedBy: r.uploaded_by, createdAt: r.created_at };
    this.images.set(key, img);
    return img;
  }
}
