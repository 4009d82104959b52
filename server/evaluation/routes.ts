/**
 * Process evaluation over HTTP (issue #20). Every route asks server/auth/permissions.ts:
 *
 *   GET /api/classes/:id/evaluation                       teacher of the class: the gradebook (student × indicator,
 *                                                         totals, the records behind every number)
 *   PUT /api/classes/:id/evaluation/weights {processPct, weights}   teacher: the class's scheme; below the school's
 *                                                         floor it is refused (400, field processPct)
 *   PUT /api/classes/:id/evaluation/ratings {studentId, indicator, level, remark}   teacher, or the mentor of the
 *                                                         student's team: a soft indicator's rating
 *   GET /api/classes/:id/evaluation/students/:sid         the student ('me'), the teacher, the team's mentor: one
 *                                                         student's indicators, timeline and the log's receipt
 *   GET /api/classes/:id/evaluation/export.csv[?table=records&lang=en]   teacher: CSV download
 *   GET /api/classes/:id/evaluation/export.xlsx[?lang=en&tz=Asia/Shanghai] teacher: both tables as one workbook
 *   GET /api/classes/:id/evaluation/export.xapi           teacher: xAPI 1.0.3 statements, JSON lines
 *   GET /api/evaluation/mentored                          a mentor: the students of the teams they mentor
 *   GET|PUT /api/admin/evaluation-policy                  the school's administrator: floor and default scheme (policy-routes.ts)
 *   POST /api/lab-sessions                                a student's lab frame (lab-activity-routes.ts)
 *
 * Ratings and weight changes are written with an entry of the class's evaluation log (`class:<id>` in the
 * review log), signed like review events; `npm run verify-reviews` checks them.
 */
import type { ServerResponse } from 'node:http';
import type * as Y from 'yjs';
import { RatingRequestSchema, type GradebookAnswer, type GradebookView, type HeadReceipt, type MentoredTeams, type RatingSaved, type StudentEvaluationView, type WeightsSaved } from '../../projects/contracts/evaluation';
import { checkFloor, WeightSchemeSchema } from '../../projects/evaluation/weights';
import type { Auth } from '../auth/auth';
import { can, type EvaluationAction } from '../auth/permissions';
import { parseId } from '../http/class-routes';
import { forbidden, invalidField, notFound, refuse, type Reason } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { ClassRecord, UserRecord } from '../store/records';
import type { Store } from '../store/store';
import { assignmentWorkForEvaluation } from '../classroom/assignment-routes';
import { labActivityRoutes } from './lab-activity-routes';
import { policyRoutes } from './policy-routes';
import { openDataRoutes } from '../opendata/open-routes';
import { evaluationLogId } from './evaluation-records';
import { gradebookCsv, recordsCsv } from './export-csv';
import { evaluationXlsx } from './export-xlsx';
import { sendXlsx, timeZoneParam } from '../spreadsheet/xlsx-write';
import { classGradebook, schoolPolicy, type ClassGradebook, type GradebookSources } from './gradebook';
import { studentTimeline } from './timeline';
import { buildStatements, statementsAsJsonLines, type XapiPerson } from './xapi';

export interface EvaluationRouteOptions {
  store: Store;
  auth: Auth;
  /** The live project documents (the sync service's). */
  loadDoc: (projectId: string) => Promise<Y.Doc>;
  now?: () => number;
  /** Default: the sessions the lab frame reported (lab-activity-routes.ts). */
  labSessions?: GradebookSources['labSessions'];
  /** Default: the class's assignments in the store (server/classroom/assignment-routes.ts assignmentWorkForEvaluation). */
  assignmentWork?: GradebookSources['assignmentWork'];
}

/** The gradebook as JSON (without the internal records map). */
function gradebookView(g: ClassGradebook): GradebookView {
  const { records: _records, ...rest } = g;
  return rest;
}

export function evaluationRoutes(router: Router, opts: EvaluationRouteOptions): void {
  const { store, auth } = opts;
  const now = opts.now ?? auth.now;
  const sources: GradebookSources = {
    store, loadDoc: opts.loadDoc, now,
    labSessions: opts.labSessions ?? ((studentIds) => store.labSessions.labSessionsOf(studentIds)),
    assignmentWork: opts.assignmentWork ?? ((classId, studentIds) => assignmentWorkForEvaluation(store, classId, studentIds)),
  };

  labActivityRoutes(router, { store, auth, now });
  // the school's floor and default scheme, set by its administrator (policy-routes.ts)
  policyRoutes(router, { store, auth, now });
  // the school's read-only open-data API reads the same gradebooks with an API token (server/opendata)
  openDataRoutes(router, { store, auth, sources });

  async function theClass(idText: string): Promise<ClassRecord> {
    const c = await store.classes.classById(parseId(idText, 'classId'));
    if (!c) throw notFound('no_such_class');
    return c;
  }

  /** The class, once `user` may do `action` with it (or with the student `studentId` in it). */
  async function allowed(user: UserRecord, cls: ClassRecord, action: EvaluationAction, studentId: number | null, refusal: Reason) {
    let mentorIds: number[] = [];
    if (studentId !== null) {
      const inClass = (await store.classes.studentsOfClass(cls.id)).some((s) => s.id === studentId);
      if (!inClass) {
        if (user.role === 'teacher' && user.id === cls.teacherId) throw notFound('not_student_of_class', { field: 'studentId', userId: studentId ?? '' });
        throw forbidden(refusal);
      }
      const teams = await store.classes.teamsOfStudent(studentId);
      mentorIds = teams.filter((t) => t.classId === cls.id && t.mentorId !== null).map((t) => t.mentorId!);
    }
    if (!can(user, action, { kind: 'evaluation', class: cls, studentId, mentorIds })) throw forbidden(refusal);
  }

  // a mentor's students: the members of the teams they mentor, with their class, to open each one's evaluation
  router.get('/api/evaluation/mentored', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    if (user.role !== 'mentor') throw forbidden('mentor_list_mentors_only');
    const teams = await store.classes.teamsOfMentor(user.id);
    const withClass = await store.classes.teamsWithClass(teams.map((t) => t.id));
    const memberIds = new Map(await Promise.all(teams.map(async (t) => [t.id, await store.classes.teamMemberIds(t.id)] as const)));
    const people = await store.accounts.usersByIds([...new Set([...memberIds.values()].flat())]);
    sendJson(res, 200, {
      teams: teams.map((t) => ({
        class: { id: t.classId, name: withClass.get(t.id)?.class.name ?? '' },
        team: { id: t.id, name: t.name },
        students: (memberIds.get(t.id) ?? []).map((id) => people.get(id)).filter((u): u is UserRecord => !!u).map((u) => ({ id: u.id, displayName: u.displayName })),
      })),
    } satisfies MentoredTeams);
  });

  router.get('/api/classes/:id/evaluation', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const cls = await theClass(params.id);
    await allowed(user, cls, 'evaluation.manage', null, 'gradebook_teacher_only');
    sendJson(res, 200, { gradebook: gradebookView(await classGradebook(sources, cls)), raters: await raterNames(store, cls) } satisfies GradebookAnswer);
  });

  router.put('/api/classes/:id/evaluation/weights', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const cls = await theClass(params.id);
    await allowed(user, cls, 'evaluation.manage', null, 'weights_teacher_only');
    const scheme = await readBodyAs(req, WeightSchemeSchema);
    const policy = await schoolPolicy(store, cls.schoolId);
    const problem = checkFloor(scheme, policy.floorPct);
    if (problem) throw refuse(400, 'below_floor', 'below_floor', { field: problem.field, floorPct: problem.floorPct, got: scheme.processPct }, { field: problem.field, details: { floorPct: problem.floorPct } });
    const at = now();
    await store.reviews.saveWeights(
      { classId: cls.id, scheme, floorPct: policy.floorPct, updatedBy: user.id, updatedAt: at },
      { projectId: evaluationLogId(cls.id), type: 'weights', actorId: user.id, at, payload: { classId: cls.id, processPct: scheme.processPct, weights: { ...scheme.weights }, floorPct: policy.floorPct } },
    );
    sendJson(res, 200, { scheme, floorPct: policy.floorPct, receipt: await headReceipt(store, cls.id) } satisfies WeightsSaved);
  });

  router.put('/api/classes/:id/evaluation/ratings', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const cls = await theClass(params.id);
    const body = await readBodyAs(req, RatingRequestSchema);
    await allowed(user, cls, 'evaluation.rate', body.studentId, 'rating_teacher_or_mentor');
    const at = now();
    const rating = { classId: cls.id, studentId: body.studentId, indicator: body.indicator, raterId: user.id, level: body.level, remark: body.remark, ratedAt: at };
    await store.reviews.saveRating(rating, {
      projectId: evaluationLogId(cls.id), type: 'rating', actorId: user.id, at,
      payload: { classId: cls.id, studentId: body.studentId, indicator: body.indicator, level: body.level, remark: body.remark },
    });
    sendJson(res, 200, { rating, receipt: await headReceipt(store, cls.id) } satisfies RatingSaved);
  });

  router.get('/api/classes/:id/evaluation/students/:sid', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const cls = await theClass(params.id);
    const studentId = params.sid === 'me' ? user.id : parseId(params.sid, 'studentId');
    await allowed(user, cls, 'evaluation.read', studentId, 'evaluation_not_visible');
    const g = await classGradebook(sources, cls, studentId);
    const row = g.rows[0];
    if (!row) throw notFound('not_student_of_class', { field: 'studentId', userId: studentId ?? '' });
    const view: StudentEvaluationView = {
      class: g.class, scheme: g.scheme, schemeOf: g.schemeOf, floorPct: g.floorPct, generatedAt: g.generatedAt, log: g.log,
      row, timeline: studentTimeline(row, row.project ? g.records.get(row.project.id) : undefined),
      raters: await raterNames(store, cls),
      canRate: can(user, 'evaluation.rate', { kind: 'evaluation', class: cls, studentId, mentorIds: (await store.classes.teamsOfStudent(studentId)).filter((t) => t.classId === cls.id && t.mentorId !== null).map((t) => t.mentorId!) }),
    };
    sendJson(res, 200, view);
  });

  router.get('/api/classes/:id/evaluation/export.csv', async ({ req, res, params, url }) => {
    const { user } = await auth.requireCaller(req);
    const cls = await theClass(params.id);
    await allowed(user, cls, 'evaluation.manage', null, 'export_teacher_only');
    const locale = url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
    const table = url.searchParams.get('table') ?? 'students';
    if (table !== 'students' && table !== 'records') throw invalidField('table', 'field_not_one_of', { allowed: 'students, records' });
    const g = await classGradebook(sources, cls);
    download(res, 'text/csv; charset=utf-8', `class-${cls.id}-${table}.csv`, table === 'records' ? recordsCsv(g, locale) : gradebookCsv(g, locale));
  });

  router.get('/api/classes/:id/evaluation/export.xlsx', async ({ req, res, params, url }) => {
    const { user } = await auth.requireCaller(req);
    const cls = await theClass(params.id);
    await allowed(user, cls, 'evaluation.manage', null, 'export_teacher_only');
    const locale = url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
    const tz = timeZoneParam(url);
    const g = await classGradebook(sources, cls);
    sendXlsx(res, `class-${cls.id}-evaluation.xlsx`, await evaluationXlsx(g, locale, tz));
  });

  router.get('/api/classes/:id/evaluation/export.xapi', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const cls = await theClass(params.id);
    await allowed(user, cls, 'evaluation.manage', null, 'export_teacher_only');
    const g = await classGradebook(sources, cls);
    const school = (await store.accounts.schools()).find((s) => s.id === cls.schoolId);
    const people = new Map<number, XapiPerson>();
    for (const [id, displayName] of Object.entries(await raterNames(store, cls))) people.set(Number(id), { id: Number(id), displayName });
    const statements = buildStatements({
      homePage: `${req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}/`,
      school: { id: cls.schoolId, name: school?.name ?? '' },
      class: { id: cls.id, name: cls.name },
      generatedAt: g.generatedAt,
      rows: g.rows.map((r) => ({ student: { id: r.student.id, displayName: r.student.displayName }, project: r.project, indicators: r.indicators, process: r.process, result: r.result.score, total: r.total })),
      people,
    });
    download(res, 'application/x-ndjson; charset=utf-8', `class-${cls.id}-xapi.jsonl`, statementsAsJsonLines(statements));
  });
}

async function headReceipt(store: Store, classId: number): Promise<HeadReceipt | null> {
  const head = await store.reviews.logHead(evaluationLogId(classId));
  return head ? { seq: head.seq, code: await store.reviews.receipt(evaluationLogId(classId), head.seq) } : null;
}

/** Names of everyone who rated in the class (the teacher and mentors), by id. */
async function raterNames(store: Store, cls: ClassRecord): Promise<Record<string, string>> {
  const ids = new Set([cls.teacherId, ...(await store.reviews.ratingsOfClass(cls.id)).map((r) => r.raterId)]);
  const users = await store.accounts.usersByIds([...ids]);
  return Object.fromEntries([...users.values()].map((u) => [String(u.id), u.displayName]));
}

function download(res: ServerResponse, type: string, filename: string, body: string): void {
  res.writeHead(200, { 'content-type': type, 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' });
  res.end(body);
}
