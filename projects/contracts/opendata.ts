/**
 * The HTTP contract of the school's open data (issue #20): API tokens the school administrator makes for
 * other systems (a district's learning-record store, the school's own records), and the read-only JSON
 * API they read with `Authorization: Bearer <token>`. Documented in docs/evaluation.md ("Open data API").
 *
 *   GET    /api/admin/api-tokens                  administrator: the school's tokens (never the secrets)
 *   POST   /api/admin/api-tokens                  administrator: a new token, its secret shown once
 *   DELETE /api/admin/api-tokens/:id              administrator: revoke a token of the school
 *
 *   GET /api/open/v1/classes                      token: the school's classes with their teachers and students
 *   GET /api/open/v1/classes/:id/gradebook        token: a class's gradebook (as the teacher's, without drill-down records)
 *   GET /api/open/v1/classes/:id/records          token: every record behind the class's numbers
 */
import { z } from 'zod';
import type { GradebookView } from './evaluation';

export const CreateApiTokenBody = z.object({
  /** What the token is for, so the administrator knows which one to revoke. */
  name: z.string().trim().min(1, 'must not be empty').max(80, 'at most 80 characters'),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenBody>;

export interface ApiTokenView {
  id: number;
  name: string;
  /** The token's first characters (`spl_` and 8 more), to tell tokens apart. */
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export interface ApiTokenCreated {
  token: ApiTokenView;
  /** The token itself: shown this once, the server keeps only its SHA-256. */
  secret: string;
}

export interface OpenClasses {
  school: { id: number; name: string };
  classes: {
    id: number;
    name: string;
    teacher: { id: number; displayName: string };
    students: { id: number; displayName: string; username: string; studentNumber: string | null }[];
  }[];
}

export type OpenGradebook = GradebookView;

export interface OpenRecords {
  class: { id: number; name: string };
  generatedAt: number;
  records: {
    studentId: number;
    username: string;
    indicator: string;
    /** The indicator's score (0–100), null when it does not apply. */
    score: number | null;
    kind: string;
    /** ISO 8601 (UTC), null when the record has no time. */
    at: string | null;
    details: Record<string, unknown>;
  }[];
}
