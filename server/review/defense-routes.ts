/**
 * Project defenses: scheduled by the mentor (time, place or video link), then recorded (questions, the
 * team's answers, outcome). Both steps join the project's review log.
 *
 *   POST /api/projects/:id/defenses {scheduledAt, durationMin?, place?, videoUrl?, submissionId?}   the mentor
 *   PUT  /api/defenses/:id/record {questions: [{question, answer}], outcome, notes?}            the mentor
 *   GET  /api/projects/:id/defenses                                                              review readers
 */
import { RecordDefenseBody, ScheduleDefenseBody } from '../../projects/contracts/review';
import { invalidField, refuse } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { DefenseRecord } from '../store/review-records';
import { newReviewId, type ReviewDeps } from './review-deps';
import { defenseView, People } from './review-views';

export function defenseRoutes(router: Router, deps: ReviewDeps): void {
  const { store, auth, access } = deps;

  router.post('/api/projects/:id/defenses', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { project } = await access.project(params.id, user, 'review.write');
    const body = await readBodyAs(req, ScheduleDefenseBody);
    if (body.submissionId !== undefined) {
      const s = await store.reviews.submission(body.submissionId);
      if (!s || s.projectId !== project.id) throw invalidField('submissionId', 'no_such_submission_here', { value: body.submissionId });
    }
    const now = deps.now();
    const d: DefenseRecord = {
      id: newReviewId(), projectId: project.id, submissionId: body.submissionId ?? null, scheduledAt: body.scheduledAt, durationMin: body.durationMin ?? 30,
      place: body.place ?? '', videoUrl: body.videoUrl ?? '', createdBy: user.id, createdAt: now, questions: [], outcome: null, notes: '', recordedAt: null,
    };
    await store.reviews.addDefense(d, {
      projectId: project.id, type: 'defense_scheduled', actorId: user.id, at: now,
      payload: { defenseId: d.id, submissionId: d.submissionId, scheduledAt: d.scheduledAt, durationMin: d.durationMin, place: d.place, videoUrl: d.videoUrl },
    });
    sendJson(res, 201, { defense: await defenseView(d, new People(store)) });
  });

  router.put('/api/defenses/:id/record', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { defense } = await access.defense(params.id, user, 'review.write');
    const body = await readBodyAs(req, RecordDefenseBody);
    if (defense.recordedAt !== null) throw refuse(409, 'already_recorded', 'already_recorded');
    const now = deps.now();
    const r = { questions: body.questions, outcome: body.outcome, notes: body.notes ?? '', recordedAt: now };
    await store.reviews.recordDefense(defense.id, r, {
      projectId: defense.projectId, type: 'defense_recorded', actorId: user.id, at: now,
      payload: { defenseId: defense.id, questions: r.questions, outcome: r.outcome, notes: r.notes },
    });
    sendJson(res, 200, { defense: await defenseView({ ...defense, ...r }, new People(store)) });
  });

  router.get('/api/projects/:id/defenses', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { project } = await access.project(params.id, user, 'review.read');
    const people = new People(store);
    const list = await store.reviews.defensesOfProject(project.id);
    sendJson(res, 200, { defenses: await Promise.all(list.map((d) => defenseView(d, people))) });
  });
}
