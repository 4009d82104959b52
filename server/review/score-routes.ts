/**
 * Rubric scores and the school's rubric.
 *
 *   PUT /api/submissions/:id/score {levels: {criterionId: level}, remarks?: {criterionId: text}}   the mentor
 *   GET /api/schools/:id/rubric     the school's people and the mentors serving it
 *   PUT /api/schools/:id/rubric {criteria: [...]}   the school's teachers (weights, level texts)
 */
import { ScoreBody } from '../../projects/contracts/review';
import { can } from '../auth/permissions';
import { parseId } from '../http/class-routes';
import { forbidden, invalidField } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { UserRecord } from '../store/records';
import type { ReviewDeps } from './review-deps';
import { People, scoreView } from './review-views';
import { RubricSchema, RubricScoreError, scoreRubric } from './rubric';
import { markInReview, rubricForSchool } from './submission-routes';

export function scoreRoutes(router: Router, deps: ReviewDeps): void {
  const { store, auth, access } = deps;

  async function schoolResource(idText: string, user: UserRecord) {
    const schoolId = parseId(idText, 'schoolId');
    const mentorSchoolIds = user.role === 'mentor' ? await store.accounts.mentorSchoolIds(user.id) : [];
    return { kind: 'school' as const, schoolId, mentorSchoolIds };
  }

  router.put('/api/submissions/:id/score', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { submission, facts } = await access.submission(params.id, user, 'review.write');
    const body = await readBodyAs(req, ScoreBody);
    const { rubric } = await rubricForSchool(deps, facts.schoolId);
    let scored;
    try {
      scored = scoreRubric(rubric, body.levels);
    } catch (e) {
      if (e instanceof RubricScoreError) throw invalidField(e.field, e.reason, e.params);
      throw e;
    }
    const known = new Set(rubric.criteria.map((c) => c.id));
    for (const id of Object.keys(body.remarks ?? {})) {
      if (!known.has(id)) throw invalidField(`remarks.${id}`, 'rubric_unknown_criterion', { allowed: [...known].join(', ') });
    }
    const remarks = Object.fromEntries(Object.entries(body.remarks ?? {}).filter(([, v]) => v));
    const now = deps.now();
    const record = { submissionId: submission.id, scorerId: user.id, levels: scored.levels, remarks, total: scored.total, rubric, scoredAt: now };
    await store.reviews.saveScore(record, {
      projectId: submission.projectId, type: 'score', actorId: user.id, at: now,
      payload: { submissionId: submission.id, levels: scored.levels, remarks, total: scored.total },
    });
    await markInReview(deps, submission);
    sendJson(res, 200, { score: await scoreView(record, new People(store)) });
  });

  router.get('/api/schools/:id/rubric', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const resource = await schoolResource(params.id, user);
    if (!can(user, 'rubric.read', resource)) throw forbidden('rubric_not_visible');
    sendJson(res, 200, await rubricForSchool(deps, resource.schoolId));
  });

  router.put('/api/schools/:id/rubric', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const resource = await schoolResource(params.id, user);
    if (!can(user, 'rubric.manage', resource)) throw forbidden('rubric_teachers_only');
    const rubric = await readBodyAs(req, RubricSchema);
    await store.reviews.setRubricOfSchool(resource.schoolId, rubric, user.id, deps.now());
    sendJson(res, 200, { rubric, custom: true });
  });
}
