/**
 * Loading review objects for a caller: 404 for ids nobody could see, 403 when `can` (server/auth/permissions,
 * the one place that decides) says no. Every review route goes through here.
 */
import { can, type ProjectAction } from '../auth/permissions';
import { notFound, forbidden, type Reason } from '../http/errors';
import { PROJECT_ID_PATTERN } from '../http/project-routes';
import type { ProjectAccessFacts, ProjectRecord, UserRecord } from '../store/records';
import type { CommentRecord, DefenseRecord, SubmissionRecord } from '../store/review-records';
import type { Store } from '../store/store';

export const REVIEW_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

const REFUSALS: Partial<Record<ProjectAction, Reason>> = {
  'review.read': 'reviews_not_visible',
  'review.write': 'review_mentor_only',
  'review.reply': 'reply_team_or_mentor',
  'project.submit': 'submit_team_only',
};

export class ReviewAccess {
  constructor(private readonly store: Store) {}

  private check(user: UserRecord, action: ProjectAction, facts: ProjectAccessFacts): void {
    if (!can(user, action, { kind: 'project', facts })) throw forbidden(REFUSALS[action] ?? 'forbidden');
  }

  async project(idText: string, user: UserRecord, action: ProjectAction): Promise<{ project: ProjectRecord; facts: ProjectAccessFacts }> {
    if (!PROJECT_ID_PATTERN.test(idText)) throw notFound('no_such_project');
    const [project, facts] = await Promise.all([this.store.projects.projectById(idText), this.store.projects.accessFacts(idText)]);
    if (!project || !facts) throw notFound('no_such_project');
    this.check(user, action, facts);
    return { project, facts };
  }

  async submission(idText: string, user: UserRecord, action: ProjectAction): Promise<{ submission: SubmissionRecord; project: ProjectRecord; facts: ProjectAccessFacts }> {
    const submission = REVIEW_ID_PATTERN.test(idText) ? await this.store.reviews.submission(idText) : undefined;
    if (!submission) throw notFound('no_such_submission');
    const { project, facts } = await this.project(submission.projectId, user, action);
    return { submission, project, facts };
  }

  async comment(idText: string, user: UserRecord, action: ProjectAction): Promise<{ comment: CommentRecord; submission: SubmissionRecord; facts: ProjectAccessFacts }> {
    const comment = REVIEW_ID_PATTERN.test(idText) ? await this.store.reviews.comment(idText) : undefined;
    if (!comment) throw notFound('no_such_comment');
    const { submission, facts } = await this.submission(comment.submissionId, user, action);
    return { comment, submission, facts };
  }

  async defense(idText: string, user: UserRecord, action: ProjectAction): Promise<{ defense: DefenseRecord; facts: ProjectAccessFacts }> {
    const defense = REVIEW_ID_PATTERN.test(idText) ? await this.store.reviews.defense(idText) : undefined;
    if (!defense) throw notFound('no_such_defense');
    const { facts } = await this.project(defense.projectId, user, action);
    return { defense, facts };
  }

  may(user: UserRecord, action: ProjectAction, facts: ProjectAccessFacts): boolean {
    return can(user, action, { kind: 'project', facts });
  }
}
