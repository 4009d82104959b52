/**
 * The review history (the hash-chained log, checked on every read) and a student's portfolio.
 *
 *   GET /api/projects/:id/review-history   review readers: every event, oldest first, whether the history holds
 *                                          (review-audit.ts) and the receipt of its newest entry
 *   GET /api/students/:id/portfolio        the student ('me' for oneself) and their teachers; each project with
 *                                          the receipt of its review log's newest entry
 */
import type { History, Portfolio } from '../../projects/contracts/review';
import { can } from '../auth/permissions';
import { parseId } from '../http/class-routes';
import { forbidden, notFound } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import type { StoredChainEntry } from './hash-chain';
import { auditProject } from './review-audit';
import type { ReviewDeps } from './review-deps';
import { commentThreads, defenseView, People, scoreView, submissionView } from './review-views';

/** The API's view of the audit: ok with the head's receipt, or where it first breaks and every problem. */
async function historyCheck(deps: ReviewDeps, projectId: string, status: string, entries: StoredChainEntry[]) {
  const r = deps.store.reviews;
  const [head, legacy, facts] = await Promise.all([r.logHead(projectId), r.legacySeal(projectId), r.factsOfProject(projectId)]);
  const a = auditProject({ projectId, status, entries, head, legacy, facts }, r.key);
  if (a.problems.length === 0) {
    return { ok: true as const, entries: a.entries, legacy: a.legacy, headHash: a.headHash, receipt: a.entries > 0 ? await r.receipt(projectId, a.entries) : null };
  }
  const first = a.problems.find((p) => p.seq !== undefined) ?? a.problems[0];
  return { ok: false as const, entries: a.entries, brokenAt: first.seq ?? null, reason: first.message, problems: a.problems };
}

export function historyRoutes(router: Router, deps: ReviewDeps): void {
  const { store, auth, access } = deps;

  router.get('/api/projects/:id/review-history', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { project } = await access.project(params.id, user, 'review.read');
    const entries = await store.reviews.log(project.id);
    const people = new People(store);
    await people.preload(entries.map((e) => e.actorId)); // one statement for everyone in the log
    sendJson(res, 200, {
      chain: await historyCheck(deps, project.id, project.status, entries),
      entries: await Promise.all(entries.map(async (e) => ({ seq: e.seq, type: e.type, at: e.at, actor: await people.view(e.actorId), payload: e.payload, hash: e.hash, prevHash: e.prevHash }))),
    } satisfies History);
  });

  router.get('/api/students/:id/portfolio', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const studentId = params.id === 'me' ? user.id : parseId(params.id, 'studentId');
    const student = await store.accounts.userById(studentId);
    if (!student || student.role !== 'student') throw notFound('no_such_student');
    const teacherIds = (await store.classes.classesOfStudent(student.id)).map((c) => c.teacherId);
    if (!can(user, 'portfolio.read', { kind: 'student', studentId: student.id, teacherIds })) throw forbidden('portfolio_not_visible');
    // set queries: the same statements for a student with 1 project or 10, however many submissions
    const people = new People(store);
    const candidates = await store.projects.projectsForUser(student);
    const factsOf = await store.projects.accessFactsOf(candidates.map((p) => p.id));
    const shown = candidates.filter((p) => factsOf.get(p.id)?.studentIds.includes(student.id));
    const ids = shown.map((p) => p.id);
    const [teams, subsOf, defensesOf, logsOf, headsOf] = await Promise.all([
      store.classes.teamsWithClass([...new Set(shown.map((p) => factsOf.get(p.id)!.teamId))]),
      store.reviews.submissionsOfProjects(ids),
      store.reviews.defensesOfProjects(ids),
      store.reviews.logsOf(ids),
      store.reviews.logHeadsOf(ids),
    ]);
    const subIds = ids.flatMap((id) => (subsOf.get(id) ?? []).map((s) => s.id));
    const [scoresOf, commentsOf] = await Promise.all([store.reviews.scoresOfSubmissions(subIds), store.reviews.commentsOfSubmissions(subIds)]);
    await people.preload([
      ...[...subsOf.values()].flat().flatMap((s) => [s.submittedBy, s.mentorId, s.decidedBy]),
      ...[...scoresOf.values()].flat().map((x) => x.scorerId),
      ...[...commentsOf.values()].flat().flatMap((c) => [c.authorId, c.resolvedBy]),
      ...[...defensesOf.values()].flat().map((d) => d.createdBy),
    ]);
    // a receipt is the entry's hash signed with the review key (what store.reviews.receipt computes), from the logs read above
    const key = store.reviews.key;
    const receiptOf = (e: StoredChainEntry | undefined) => (e && key ? key.receipt(e.projectId, e.seq, e.hash) : null);
    const projects = [];
    for (const p of shown) {
      const facts = factsOf.get(p.id)!;
      const log = logsOf.get(p.id) ?? [];
      const submissions = [];
      for (const s of subsOf.get(p.id) ?? []) {
        const decision = s.decision ? log.find((e) => e.type === 'decision' && e.payload.submissionId === s.id) : undefined;
        submissions.push({
          ...(await submissionView(s, people)),
          decisionReceipt: decision ? { seq: decision.seq, code: receiptOf(decision) } : null,
          scores: await Promise.all((scoresOf.get(s.id) ?? []).map((x) => scoreView(x, people))),
          comments: await commentThreads(commentsOf.get(s.id) ?? [], people),
        });
      }
      const defenses = await Promise.all((defensesOf.get(p.id) ?? []).map((d) => defenseView(d, people)));
      const head = headsOf.get(p.id);
      const receipt = head ? { seq: head.seq, code: receiptOf(log.find((e) => e.seq === head.seq)) } : null;
      projects.push({ id: p.id, title: p.title, status: p.status, team: { id: facts.teamId, name: teams.get(facts.teamId)?.team.name ?? '' }, createdAt: p.createdAt, submissions, defenses, receipt });
    }
    sendJson(res, 200, { student: { id: student.id, displayName: student.displayName }, generatedAt: deps.now(), projects } satisfies Portfolio);
  });
}
