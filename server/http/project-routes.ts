/**
 * Projects, visible only as `can` allows (contract: projects/contracts/projects.ts).
 *
 *   GET  /api/projects                      the caller's visible projects, newest first
 *   POST /api/projects {teamId, title, templateId?, locale?}   a student of the team, or its teacher
 *   GET  /api/projects/:id                  meta + the caller's access ('write' | 'read')
 *   GET  /api/projects/:id/doc              the document's current state, one Yjs update (gzipped when accepted):
 *                                           a first visit's notebook opens from it instead of waiting for the websocket
 *   POST /api/projects/:id/images           raw image body (png, jpeg, gif, webp), size-limited, within the project's
 *                                           image quota; team members
 *   GET  /api/projects/:id/images/:imageId  the image, for whoever may read the project
 */
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { CreateProjectBody, type ProjectDetail, type ProjectSummary, type UploadedImage } from '../../projects/contracts/projects';
import { can, projectAccess } from '../auth/permissions';
import { IMAGE_TYPES, imageTooBig, type ImageType } from '../../projects/cells/image';
import { initialProjectState } from '../projects/initial-doc';
import type { ProjectAccessFacts, ProjectRecord, UserRecord } from '../store/records';
import type { TeamWithClass } from '../store/store';
import type { ApiDeps } from './api-deps';
import { parseId } from './class-routes';
import { ApiError, badRequest, forbidden, notFound, refuse } from './errors';
import { readBody, sendJson } from './json';
import type { Router } from './router';
import { readBodyAs } from './validate';

export const PROJECT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
export const newProjectId = () => randomBytes(12).toString('base64url');
const gzipAsync = promisify(gzip);

/** How each accepted type begins (the declared content-type must match the bytes). */
const IMAGE_SIGNATURES: Record<ImageType, (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => b.subarray(0, 6).toString('latin1') === 'GIF87a' || b.subarray(0, 6).toString('latin1') === 'GIF89a',
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

export function projectRoutes(router: Router, deps: ApiDeps): void {
  const { store, auth } = deps;
  function viewOf(p: ProjectRecord, user: UserRecord, facts: ProjectAccessFacts, { team, class: cls }: TeamWithClass): ProjectSummary {
    return {
      id: p.id,
      title: p.title,
      status: p.status,
      templateId: p.templateId,
      team: { id: team.id, name: team.name, classId: cls.id, className: cls.name },
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      access: projectAccess(user, facts),
    };
  }

  async function view(p: ProjectRecord, user: UserRecord) {
    const [facts, teams] = await Promise.all([store.projects.accessFacts(p.id), store.classes.teamsWithClass([p.teamId])]);
    return viewOf(p, user, facts!, teams.get(p.teamId)!);
  }

  /** The project and its facts if the caller may `action` it; 404 for ids nobody could see, 403 otherwise. */
  async function projectFor(idText: string, user: UserRecord, action: 'project.read' | 'image.upload') {
    if (!PROJECT_ID_PATTERN.test(idText)) throw notFound('no_such_project');
    const [project, facts] = await Promise.all([store.projects.projectById(idText), store.projects.accessFacts(idText)]);
    if (!project || !facts) throw notFound('no_such_project');
    if (!can(user, action, { kind: 'project', facts })) throw forbidden(action === 'project.read' ? 'project_not_visible' : 'images_team_only');
    return project;
  }

  router.get('/api/projects', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    // set queries: the same few statements for 1 project or 100 (a networked database charges per round trip)
    const candidates = await store.projects.projectsForUser(user);
    const [facts, teams] = await Promise.all([store.projects.accessFactsOf(candidates.map((p) => p.id)), store.classes.teamsWithClass(candidates.map((p) => p.teamId))]);
    const projects = [];
    for (const p of candidates) {
      const f = facts.get(p.id);
      const team = teams.get(p.teamId);
      if (f && team && can(user, 'project.read', { kind: 'project', facts: f })) projects.push(viewOf(p, user, f, team));
    }
    sendJson(res, 200, { projects } satisfies { projects: ProjectSummary[] });
  });

  router.post('/api/projects', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    const body = await readBodyAs(req, CreateProjectBody);
    const team = await store.classes.teamById(body.teamId);
    if (!team) throw notFound('no_team', { field: 'teamId', teamId: body.teamId }, 'teamId');
    const cls = (await store.classes.classById(team.classId))!;
    const memberIds = await store.classes.teamMemberIds(team.id);
    if (!can(user, 'project.create', { kind: 'team', team, class: cls, memberIds })) throw forbidden('project_create_team_only');
    const now = Date.now();
    const templateId = body.templateId ?? 'blank';
    const project: ProjectRecord = { id: newProjectId(), teamId: team.id, title: body.title, templateId, status: 'draft', createdBy: user.id, createdAt: now, updatedAt: now };
    // the template follows its creator's language: the app sends it; else the browser's first language we have
    const locale = body.locale ?? (/^\s*zh/i.test(String(req.headers['accept-language'] ?? 'zh')) ? 'zh-CN' : 'en');
    await store.projects.createProject(project, initialProjectState({ title: body.title, templateId, locale, now, createdBy: user.id }));
    sendJson(res, 201, { project: await view(project, user) } satisfies { project: ProjectSummary });
  });

  router.get('/api/projects/:id', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const p = await projectFor(params.id, user, 'project.read');
    // the image limit comes with the project: the editor checks a file against it before uploading
    const imageBytesUsed = await store.projects.imageBytes(p.id);
    sendJson(res, 200, { project: { ...(await view(p, user)), imageLimitBytes: deps.maxImageBytes, imageQuotaBytes: deps.imageQuotaBytes, imageBytesUsed } satisfies ProjectDetail });
  });

  router.get('/api/projects/:id/doc', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const p = await projectFor(params.id, user, 'project.read');
    const state = Buffer.from(await deps.docState(p.id));
    const gzipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    // level 1: most of the gain (table numbers, repeated keys) at a fraction of level 6's time, off the event loop
    const body = gzipped ? await gzipAsync(state, { level: 1 }) : state;
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(body.length),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      ...(gzipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  function quotaExceeded(usedBytes: number, sizeBytes: number): ApiError {
    const mb = (n: number) => Number((n / 1048576).toFixed(1));
    return refuse(
      413,
      'image_quota_exceeded',
      'image_quota_exceeded',
      { usedMb: mb(usedBytes), quotaMb: mb(deps.imageQuotaBytes), imageMb: mb(sizeBytes) },
      { field: 'body', details: { usedBytes, quotaBytes: deps.imageQuotaBytes } },
    );
  }

  router.post('/api/projects/:id/images', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const p = await projectFor(params.id, user, 'image.upload');
    const mime = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const check = (IMAGE_SIGNATURES as Record<string, ((b: Buffer) => boolean) | undefined>)[mime];
    if (!check) throw refuse(415, 'unsupported_media_type', 'image_type_not_allowed', { allowed: IMAGE_TYPES.join(', '), got: mime }, { field: 'content-type' });
    const declared = Number(req.headers['content-length'] ?? NaN);
    const tooBig = imageTooBig(declared, deps.maxImageBytes);
    if (tooBig) throw refuse(413, 'body_too_large', 'image_too_big', { sizeMb: (declared / 1048576).toFixed(1), maxMb: Number((deps.maxImageBytes / 1048576).toFixed(1)) }, { field: 'content-length' });
    // the quota is checked again, with the real size, in the transaction that stores the image
    const used = await store.projects.imageBytes(p.id);
    if (Number.isFinite(declared) && used + declared > deps.imageQuotaBytes) throw quotaExceeded(used, declared);
    const body = await readBody(req, deps.maxImageBytes);
    if (body.length === 0) throw badRequest('empty_body', {}, 'body');
    if (!check(body)) throw badRequest('invalid_image', { type: mime }, 'body');
    const id = randomBytes(9).toString('base64url');
    const r = await store.projects.addImage({ id, projectId: p.id, mime, size: body.length, uploadedBy: user.id, createdAt: Date.now() }, body, deps.imageQuotaBytes);
    if (!r.stored) throw quotaExceeded(r.usedBytes, body.length);
    sendJson(res, 201, { image: { id, url: `/api/projects/${p.id}/images/${id}`, mime, size: body.length } satisfies UploadedImage });
  });

  router.get('/api/projects/:id/images/:imageId', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const p = await projectFor(params.id, user, 'project.read');
    const img = /^[A-Za-z0-9_-]{1,32}$/.test(params.imageId) ? await store.projects.image(p.id, params.imageId) : undefined;
    if (!img) throw notFound('no_such_image');
    res.writeHead(200, {
      'content-type': img.mime,
      'content-length': String(img.data.length),
      'cache-control': 'private, max-age=86400, immutable',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
    });
    res.end(req.method === 'HEAD' ? undefined : img.data);
  });
}

