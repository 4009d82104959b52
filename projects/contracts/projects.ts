/**
 * The HTTP contract of projects (server/http/project-routes.ts; the template language in
 * server/review/template-language-routes.ts):
 *
 *   GET  /api/projects                       the caller's visible projects, newest first (ProjectSummary[])
 *   POST /api/projects                       a student of the team, or its teacher: a new project (CreateProjectBody)
 *   GET  /api/projects/:id                   meta, the caller's access and the image allowance (ProjectDetail)
 *   POST /api/projects/:id/images            team members: raw image bytes (png, jpeg, gif, webp) with their
 *                                            content-type, within the project's quota (413 body_too_large,
 *                                            415 unsupported_media_type, 413 image_quota_exceeded with usedBytes, quotaBytes)
 *   POST /api/projects/:id/template-language the team's students: a template nobody has written in yet, in the
 *                                            other language (TemplateLanguageBody; 409 project_written otherwise)
 */
import { z } from 'zod';
import { templates } from '../templates/index';

export const PROJECT_LOCALES = ['zh-CN', 'en'] as const;

/** Template ids the server accepts (projects/templates). */
export const TEMPLATE_IDS: readonly string[] = templates.map((t) => t.id);

export const CreateProjectBody = z.object({
  teamId: z.number().int('must be a whole number').positive('must be a positive id'),
  title: z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters'),
  templateId: z.enum(TEMPLATE_IDS as [string, ...string[]]).optional(),
  /** The template's language (the creator's); default: the browser's first language we have. */
  locale: z.enum(PROJECT_LOCALES).optional(),
});
export type CreateProjectInput = z.infer<typeof CreateProjectBody>;

export const TemplateLanguageBody = z.object({ locale: z.enum(PROJECT_LOCALES) });
export type TemplateLanguageInput = z.infer<typeof TemplateLanguageBody>;

/** A project as a list shows it. */
export interface ProjectSummary {
  id: string;
  title: string;
  status: string;
  templateId: string | null;
  team: { id: number; name: string; classId: number; className: string };
  createdAt: number;
  updatedAt: number;
  /** What the caller may do with it (null: nothing; such a project is not listed or answered). */
  access: 'write' | 'read' | null;
}

/** One project (GET /api/projects/:id): the summary and what the editor checks an image against before uploading. */
export interface ProjectDetail extends ProjectSummary {
  imageLimitBytes: number;
  imageQuotaBytes: number;
  imageBytesUsed: number;
}

/** POST /api/projects/:id/images (201). */
export interface UploadedImage {
  id: string;
  url: string;
  mime: string;
  size: number;
}

/** POST /api/projects/:id/template-language. */
export interface TemplateLanguageSwitched {
  switched: boolean;
  locale: string;
  title: string;
}
