/**
 * What reached a student's team from its mentors and teachers, for the notices on Home, Projects and
 * the notebook (a later inbox can take these over): per project of the caller's teams, the latest
 * submission with its decision, its comment threads (open and total), and the time of the newest
 * feedback event in the review log (a comment, reply, score, decision or defense by anyone who is not
 * a student of the team). The app keeps "when did I last look" and shows what is newer.
 *
 *   GET /api/feedback    a student: their teams' projects; anyone else: an empty list
 */
import type { ProjectFeedback } from '../../projects/contracts/review';
import { can } from '../auth/permissions';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import type { ReviewEventType } from './hash-chain';
import type { ReviewDeps } from './review-deps';
import { People, submissionView } from './review-views';

/** Events that are feedback when someone outside the team's students wrote them. */
const FEEDBACK_EVENTS: ReadonlySet<ReviewEventType> = new Set(['comment', 'reply', 'score', 'decision', 'defense_scheduled', 'defense_recorded']);

export function feedbackRoutes(router: Router, deps: ReviewDeps): void {
  const { store, auth } = deps;

  router.get('/api/feedback', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    if (user.role !== 'student') {
      sendJson(res, 200, { projects: [] });
      return;
    }
    const people = new People(store);
    const out = [];
    // set queries: the same statements for a student in 1 project or 10
    const mine = await store.projects.projectsForUser(user);
    const ids = mine.map((p) => p.id);
    const [factsOf, subsOf, logsOf] = await Promise.all([store.projects.accessFactsOf(ids), store.reviews.submissionsOfProjects(ids), store.reviews.logsOf(ids)]);
    const shown = mine.filter((p) => {
      const facts = factsOf.get(p.id);
      return facts && facts.studentIds.includes(user.id) && can(user, 'review.read', { kind: 'project', facts });
    });
    const latestOf = new Map(shown.flatMap((p) => (subsOf.get(p.id) ?? []).slice(-1).map((s) => [p.id, s] as const)));
    const [commentsOf] = await Promise.all([
      store.reviews.commentsOfSubmissions([...latestOf.values()].map((s) => s.id)),
      people.preload([...latestOf.values()].flatMap((s) => [s.submittedBy, s.mentorId, s.decidedBy])),
    ]);
    for (const p of shown) {
      const facts = factsOf.get(p.id)!;
      const latest = latestOf.get(p.id);
      let latestFeedbackAt: number | null = null;
      for (const e of logsOf.get(p.id) ?? []) if (FEEDBACK_EVENTS.has(e.type) && !facts.studentIds.includes(e.actorId)) latestFeedbackAt = Math.max(latestFeedbackAt ?? 0, e.at);
      let comments = { total: 0, open: 0 };
      if (latest) {
        const threads = (commentsOf.get(latest.id) ?? []).filter((c) => c.parentId === null);
        comments = { total: threads.length, open: threads.filter((c) => c.resolvedAt === null).length };
      }
      out.push({
        project: { id: p.id, title: p.title, status: p.status },
        submission: latest ? await submissionView(latest, people) : null,
        comments,
        latestFeedbackAt,
      });
    }
    sendJson(res, 200, { projects: out satisfies ProjectFeedback[] });
  });
}
