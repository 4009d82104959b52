/**
 * The HTTP contract of the inbox (issue #19): notices kept until read, each about something that
 * happened for its reader. The payload carries ids and names, not sentences, so the app writes each
 * notice in the reader's language.
 *
 *   GET  /api/inbox            own notices, newest first, and the unread count
 *   GET  /api/inbox/unread     the unread count alone (the header asks it often)
 *   POST /api/inbox/read       {ids?}: those (or all) marked read
 */
import { z } from 'zod';
import type { AssignmentChange } from './assignments';

export type Notice =
  | { kind: 'assignment_set'; assignmentId: number; title: string; className: string; dueAt: number }
  | { kind: 'assignment_due_soon'; assignmentId: number; title: string; dueAt: number }
  | { kind: 'due_extended'; assignmentId: number; title: string; dueAt: number }
  /** To the students it is set for: the teacher edited it (what changed, and the class's due date now). */
  | { kind: 'assignment_changed'; assignmentId: number; title: string; changed: AssignmentChange[]; dueAt: number }
  | { kind: 'assignment_handed_in'; assignmentId: number; title: string; studentName: string; late: boolean }
  /** To the team's mentor and the class teacher. */
  | { kind: 'project_submitted'; projectId: string; submissionId: string; title: string; number: number; studentName: string }
  /** To the team's students: the mentor commented on their submission. */
  | { kind: 'feedback_arrived'; projectId: string; submissionId: string; title: string; mentorName: string }
  /** To the team's students and the class teacher. */
  | { kind: 'decision_arrived'; projectId: string; submissionId: string; title: string; decision: 'approve' | 'revise' }
  /** To the comment's author (and, when the mentor answers, the team's students). */
  | { kind: 'comment_answered'; projectId: string; submissionId: string; title: string; byName: string };

export type NoticeKind = Notice['kind'];

export type InboxNotice = Notice & { id: number; createdAt: number; readAt: number | null };

export interface Inbox {
  unread: number;
  notices: InboxNotice[];
}

export const MarkReadBody = z.object({
  ids: z.array(z.number().int('must be a whole number').positive('must be a positive id')).max(500, 'at most 500 at once').optional(),
});

/** How long before its due date a student is told an assignment is due soon. */
export const DUE_SOON_MS = 24 * 3600_000;
