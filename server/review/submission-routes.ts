/**
 * Submissions: a team freezes its project for review; mentors and teachers see them in a queue.
 *
 *   POST /api/projects/:id/submissions {note?}     students of the team: freeze the live doc (state + SHA-256)
 *   GET  /api/projects/:id/submissions             whoever may read the reviews: every submission, oldest first
 *   GET  /api/reviews/queue?status&schoolId&classId&limit   mentor: handed to them; teacher: their classes; newest first
 *   GET  /api/submissions/:id                      submission, project, rubric, scores, comment threads, what the caller may do
 *   GET  /api/submissions/:id/snapshot             the frozen bytes (application/octet-stream, x-content-sha256)
 *   GET  /api/submissions/:id/diff                 what changed since the previous submission (projects/diff.ts)
 *   POST /api/submissions/:id/decision {decision: approve|revise, summary}   the mentor, once per submission
 */
import { reviewNotice } from './review-notices';
import { DecisionBody, SubmitBody, type DiffResult, type Queue, type SubmissionDetail } from '../../projects/contracts/review';
import * as Y from 'yjs';
import { diffProjects } from '../../projects/diff';
import { freezeProject, thawProject } from '../../projects/snapshot';
import { can } from '../auth/permissions';
import { forbidden, invalidField, refuse } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import { SUBMISSION_STATUSES, type SubmissionRecord, type SubmissionStatus } from '../store/review-records';
import { setProjectStatus } from './live-doc';
import { newReviewId, type ReviewDeps } from './review-deps';
import { commentThreads, People, scoreView, submissionView } from './review-views';
import { DEFAULT_RUBRIC, type Rubric } from './rubric';


function queryId(url: URL, name: string): number | undefined {
  const v = url.searchParams.get(name);
  if (v === null || v === '') return undefined;
  if (!/^\d{1,12}$/.test(v)) throw invalidField(name, 'field_not_whole_number', { value: v });
  return Number(v);
}

export async function rubricForSchool(deps: ReviewDeps, schoolId: number): Promise<{ rubric: Rubric; custom: boolean }> {
  const custom = await deps.store.reviews.rubricOfSchool(schoolId);
  return { rubric: custom ?? DEFAULT_RUBRIC, custom: !!custom };
}

/** Loads a frozen submission as a document, checking its hash. */
export async function thawSubmission(deps: ReviewDeps, s: SubmissionRecord): Promise<Y.Doc> {
  const state = await deps.store.reviews.submissionState(s.id);
  if (!state) throw refuse(500, 'internal', 'submission_snapshot_missing');
  return thawProject(state, s.sha256);
}

/** The receipt of the log entry that recorded the submission's decision (server/review/review-key.ts); null before it. */
export async function decisionReceipt(deps: ReviewDeps, s: SubmissionRecord): Promise<{ seq: number; code: string | null } | null> {
  if (!s.decision) return null;
  const entry = (await deps.store.reviews.log(s.projectId)).find((e) => e.type === 'decision' && e.payload.submissionId === s.id);
  return entry ? { seq: entry.seq, code: await deps.store.reviews.receipt(s.projectId, entry.seq) } : null;
}

/** First mentor activity on a fresh submission moves it (and the project) to in_review. */
export async function markInReview(deps: ReviewDeps, s: SubmissionRecord): Promise<void> {
  if (s.status !== 'submitted') return;
  await deps.store.reviews.setSubmissionStatus(s.id, 'in_review');
  await setProjectStatus(deps.store, deps.live, s.projectId, 'in_review');
}

export function submissionRoutes(router: Router, deps: ReviewDeps): void {
  const { store, auth, access } = deps;

  router.post('/api/projects/:id/submissions', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { project, facts } = await access.project(params.id, user, 'project.submit');
    const body = await readBodyAs(req, SubmitBody);
    const previous = await store.reviews.submissionsOfProject(project.id);
    const last = previous[previous.length - 1];
    if (last && (last.status === 'submitted' || last.status === 'in_review')) {
      throw refuse(409, 'already_submitted', 'already_submitted', { number: last.number });
    }
    if (last && last.status === 'approved') throw refuse(409, 'already_approved', 'already_approved');
    const team = (await store.classes.teamById(facts.teamId))!;
    if (team.mentorId === null) throw refuse(409, 'no_mentor', 'no_mentor');
    const doc = await deps.live.load(project.id);
    let frozen;
    try {
      frozen = await freezeProject(doc);
    } finally {
      doc.destroy();
    }
    const now = deps.now();
    const submission: SubmissionRecord = {
      id: newReviewId(), projectId: project.id, number: (last?.number ?? 0) + 1, sha256: frozen.sha256, bytes: frozen.bytes, submittedBy: user.id, submittedAt: now,
      note: body.note ?? '', mentorId: team.mentorId, status: 'submitted', decision: null, decisionSummary: null, decidedBy: null, decidedAt: null,
    };
    await store.reviews.addSubmission(submission, frozen.state, {
      projectId: project.id, type: 'submit', actorId: user.id, at: now,
      payload: { submissionId: submission.id, number: submission.number, sha256: submission.sha256, bytes: submission.bytes, note: submission.note, mentorId: team.mentorId },
    });
    await store.projects.handToMentor(project.id, team.mentorId);
    await setProjectStatus(store, deps.live, project.id, 'submitted');
    await reviewNotice(store, user, [team.mentorId, facts.teacherId], {
      kind: 'project_submitted', projectId: project.id, submissionId: submission.id, title: project.title, number: submission.number, studentName: user.displayName,
    }, now);
    sendJson(res, 201, { submission: await submissionView(submission, new People(store)) });
  });

  router.get('/api/projects/:id/submissions', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { project } = await access.project(params.id, user, 'review.read');
    const people = new People(store);
    const list = await store.reviews.submissionsOfProject(project.id);
    sendJson(res, 200, { project: { id: project.id, title: project.title, status: project.status }, submissions: await Promise.all(list.map((s) => submissionView(s, people))) });
  });

  router.get('/api/reviews/queue', async ({ req, res, url }) => {
    const { user } = await auth.requireCaller(req);
    if (!can(user, 'review.queue', { kind: 'none' })) throw forbidden('review_queue_staff_only');
    const statusText = url.searchParams.get('status') || undefined;
    if (statusText !== undefined && !(SUBMISSION_STATUSES as readonly string[]).includes(statusText)) {
      throw invalidField('status', 'field_not_one_of', { allowed: SUBMISSION_STATUSES.join(', ') });
    }
    const limitText = url.searchParams.get('limit');
    const limit = limitText === null ? 200 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw invalidField('limit', 'field_whole_number_range', { min: 1, max: 500, value: String(limitText) });
    const who = user.role === 'mentor' ? { mentorId: user.id } : { teacherId: user.id };
    const rows = await store.reviews.queue({ ...who, status: statusText as SubmissionStatus | undefined, schoolId: queryId(url, 'schoolId'), classId: queryId(url, 'classId'), limit });
    const all = await store.reviews.queue({ ...who, limit: 1000 });
    const people = new People(store);
    // set queries: the statements are the same for 1 row or 200
    const [factsOf] = await Promise.all([
      store.projects.accessFactsOf(rows.map((r) => r.submission.projectId)),
      people.preload(rows.flatMap((r) => [r.submission.submittedBy, r.submission.mentorId, r.submission.decidedBy])),
    ]);
    const items = [];
    for (const r of rows) {
      const facts = factsOf.get(r.submission.projectId);
      if (!facts || !can(user, 'review.read', { kind: 'project', facts })) continue;
      items.push({
        submission: await submissionView(r.submission, people),
        project: { id: r.submission.projectId, title: r.projectTitle, status: r.projectStatus },
        team: { id: r.teamId, name: r.teamName },
        class: { id: r.classId, name: r.className },
        school: { id: r.schoolId, name: r.schoolName },
      });
    }
    const schools = new Map(all.map((r) => [r.schoolId, { id: r.schoolId, name: r.schoolName }]));
    const classes = new Map(all.map((r) => [r.classId, { id: r.classId, name: r.className, schoolId: r.schoolId }]));
    sendJson(res, 200, { items, total: all.length, facets: { schools: [...schools.values()], classes: [...classes.values()] } } satisfies Queue);
  });

  router.get('/api/submissions/:id', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { submission, project, facts } = await access.submission(params.id, user, 'review.read');
    const people = new People(store);
    const [all, comments, scores, team] = await Promise.all([
      store.reviews.submissionsOfProject(project.id),
      store.reviews.commentsOfSubmission(submission.id),
      store.reviews.scoresOfSubmission(submission.id),
      store.classes.teamById(facts.teamId),
    ]);
    const previous = all.filter((s) => s.number < submission.number).pop() ?? null;
    const latest = all[all.length - 1];
    const { rubric, custom } = await rubricForSchool(deps, facts.schoolId);
    sendJson(res, 200, {
      submission: { ...(await submissionView(submission, people)), decisionReceipt: await decisionReceipt(deps, submission) },
      project: { id: project.id, title: project.title, status: project.status, team: { id: facts.teamId, name: team?.name ?? '' } },
      previous: previous ? { id: previous.id, number: previous.number, sha256: previous.sha256 } : null,
      latestId: latest.id,
      rubric,
      rubricCustom: custom,
      scores: await Promise.all(scores.map((s) => scoreView(s, people))),
      comments: await commentThreads(comments, people),
      may: {
        write: access.may(user, 'review.write', facts),
        reply: access.may(user, 'review.reply', facts),
        submit: access.may(user, 'project.submit', facts),
      },
    } satisfies SubmissionDetail);
  });

  router.get('/api/submissions/:id/snapshot', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { submission } = await access.submission(params.id, user, 'review.read');
    const state = (await store.reviews.submissionState(submission.id))!;
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(state.length),
      'x-content-sha256': submission.sha256,
      'cache-control': 'private, max-age=31536000, immutable',
    });
    res.end(Buffer.from(state));
  });

  router.get('/api/submissions/:id/diff', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { submission } = await access.submission(params.id, user, 'review.read');
    const previous = (await store.reviews.submissionsOfProject(submission.projectId)).filter((s) => s.number < submission.number).pop();
    if (!previous) {
      sendJson(res, 200, { previous: null, diff: null });
      return;
    }
    const [before, after] = await Promise.all([thawSubmission(deps, previous), thawSubmission(deps, submission)]);
    try {
      sendJson(res, 200, { previous: { id: previous.id, number: previous.number, submittedAt: previous.submittedAt }, diff: diffProjects(before, after) } satisfies DiffResult);
    } finally {
      before.destroy();
      after.destroy();
    }
  });

  router.post('/api/submissions/:id/decision', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { submission, project, facts } = await access.submission(params.id, user, 'review.write');
    const body = await readBodyAs(req, DecisionBody);
    if (submission.decision) throw refuse(409, 'already_decided', 'already_decided', { number: submission.number, decision: submission.decision });
    const now = deps.now();
    await store.reviews.decide(submission.id, { decision: body.decision, summary: body.summary, by: user.id, at: now }, {
      projectId: submission.projectId, type: 'decision', actorId: user.id, at: now,
      payload: { submissionId: submission.id, decision: body.decision, summary: body.summary },
    });
    await setProjectStatus(store, deps.live, submission.projectId, body.decision === 'approve' ? 'approved' : 'revising');
    await reviewNotice(store, user, [...facts.studentIds, facts.teacherId], {
      kind: 'decision_arrived', projectId: project.id, submissionId: submission.id, title: project.title, decision: body.decision,
    }, now);
    const decided = (await store.reviews.submission(submission.id))!;
    sendJson(res, 200, { submission: { ...(await submissionView(decided, new People(store))), decisionReceipt: await decisionReceipt(deps, decided) } });
  });
}
