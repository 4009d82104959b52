/**
 * Comments anchored to cells of a frozen submission (and to a character range of a text cell), replies,
 * and resolving.
 *
 *   POST /api/submissions/:id/comments {cellId, range?: {start, end}, body}   the mentor
 *   POST /api/comments/:id/replies {body}                 the team's students and the mentor
 *   POST /api/comments/:id/resolve {resolved: boolean}    the team's students and the mentor (recorded)
 *   GET  /api/projects/:id/review-comments                the latest submission (number, status, mentor, decision) and its threads by cell (for the notebook)
 */
import { answerReaders, reviewNotice } from './review-notices';
import { CommentBody, ReplyBody, ResolveBody, type ProjectReview, type Reply } from '../../projects/contracts/review';
import { cellText } from '../../projects/diff';
import { listCells } from '../../projects/schema';
import { invalidField, refuse } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { CommentRecord } from '../store/review-records';
import { newReviewId, type ReviewDeps } from './review-deps';
import { commentThreads, People, submissionView } from './review-views';
import { markInReview, thawSubmission } from './submission-routes';

export function commentRoutes(router: Router, deps: ReviewDeps): void {
  const { store, auth, access } = deps;

  router.post('/api/submissions/:id/comments', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { submission, project, facts } = await access.submission(params.id, user, 'review.write');
    const body = await readBodyAs(req, CommentBody);
    const doc = await thawSubmission(deps, submission);
    let range: CommentRecord['range'] = null;
    try {
      const cell = listCells(doc).find((c) => c.id === body.cellId);
      if (!cell) throw invalidField('cellId', 'no_such_cell', { submission: submission.number, value: body.cellId });
      if (body.range) {
        if (cell.kind !== 'text') throw invalidField('range', 'range_text_cells_only', { value: body.cellId, kind: cell.kind });
        const text = cellText(doc, cell.id, 'text').text;
        if (body.range.end > text.length) throw invalidField('range.end', 'range_past_end', { max: text.length, got: body.range.end });
        range = { ...body.range, quote: text.slice(body.range.start, body.range.end) };
      }
    } finally {
      doc.destroy();
    }
    const now = deps.now();
    const c: CommentRecord = {
      id: newReviewId(), submissionId: submission.id, projectId: submission.projectId, cellId: body.cellId, range, parentId: null,
      authorId: user.id, body: body.body, createdAt: now, resolvedAt: null, resolvedBy: null,
    };
    await store.reviews.addComment(c, {
      projectId: c.projectId, type: 'comment', actorId: user.id, at: now,
      payload: { commentId: c.id, submissionId: submission.id, cellId: c.cellId, range: range ? { ...range } : null, body: c.body },
    });
    await markInReview(deps, submission);
    await reviewNotice(store, user, facts.studentIds, { kind: 'feedback_arrived', projectId: project.id, submissionId: submission.id, title: project.title, mentorName: user.displayName }, now);
    sendJson(res, 201, { comment: (await commentThreads([c], new People(store)))[0] });
  });

  router.post('/api/comments/:id/replies', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { comment, facts } = await access.comment(params.id, user, 'review.reply');
    const body = await readBodyAs(req, ReplyBody);
    const parentId = comment.parentId ?? comment.id;
    const now = deps.now();
    const reply: CommentRecord = {
      id: newReviewId(), submissionId: comment.submissionId, projectId: comment.projectId, cellId: null, range: null, parentId,
      authorId: user.id, body: body.body, createdAt: now, resolvedAt: null, resolvedBy: null,
    };
    await store.reviews.addComment(reply, {
      projectId: reply.projectId, type: 'reply', actorId: user.id, at: now, payload: { commentId: reply.id, parentId, body: reply.body },
    });
    const project = await store.projects.projectById(comment.projectId);
    await reviewNotice(store, user, answerReaders(user, comment.authorId, facts), {
      kind: 'comment_answered', projectId: comment.projectId, submissionId: comment.submissionId, title: project?.title ?? '', byName: user.displayName,
    }, now);
    const people = new People(store);
    sendJson(res, 201, { reply: { id: reply.id, body: reply.body, author: await people.view(user.id), createdAt: now, parentId } satisfies Reply & { parentId: string } });
  });

  router.post('/api/comments/:id/resolve', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { comment, facts } = await access.comment(params.id, user, 'review.reply');
    const body = await readBodyAs(req, ResolveBody);
    if (comment.parentId !== null) throw refuse(409, 'not_a_thread', 'not_a_thread');
    if ((comment.resolvedAt !== null) === body.resolved) {
      throw refuse(409, 'unchanged', body.resolved ? 'comment_already_resolved' : 'comment_already_open');
    }
    const now = deps.now();
    await store.reviews.setResolved(comment.id, body.resolved ? { by: user.id, at: now } : null, {
      projectId: comment.projectId, type: body.resolved ? 'resolve' : 'reopen', actorId: user.id, at: now, payload: { commentId: comment.id },
    });
    const people = new People(store);
    sendJson(res, 200, { resolved: body.resolved ? { at: now, by: await people.view(user.id) } : null });
  });

  router.get('/api/projects/:id/review-comments', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { project } = await access.project(params.id, user, 'review.read');
    const subs = await store.reviews.submissionsOfProject(project.id);
    const latest = subs[subs.length - 1];
    if (!latest) {
      sendJson(res, 200, { submission: null, byCell: {} } satisfies ProjectReview);
      return;
    }
    const threads = await commentThreads(await store.reviews.commentsOfSubmission(latest.id), new People(store));
    const byCell: Record<string, typeof threads> = {};
    for (const t of threads) (byCell[t.cellId ?? ''] ??= []).push(t);
    const people = new People(store);
    const view = await submissionView(latest, people);
    sendJson(res, 200, { submission: { id: latest.id, number: latest.number, status: latest.status, mentor: view.mentor, decision: view.decision }, byCell } satisfies ProjectReview);
  });
}
