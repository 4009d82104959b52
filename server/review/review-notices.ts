/**
 * Inbox notices about reviews (issue #19): a team submitted (its mentor and teacher), the mentor's
 * feedback or decision arrived (the team's students; the decision also the teacher), a comment was
 * answered (its author; the team's students when the mentor answers). Never to the person who acted.
 * Written through the routes' store, so the live inbox stream pushes them (server/classroom/inbox-stream.ts).
 */
import type { Notice } from '../../projects/contracts/inbox';
import { notify } from '../classroom/inbox-routes';
import type { ProjectAccessFacts, UserRecord } from '../store/records';
import type { Store } from '../store/store';

export async function reviewNotice(store: Store, actor: UserRecord, readers: readonly (number | null)[], notice: Notice, at: number): Promise<void> {
  const to = [...new Set(readers.filter((id): id is number => id !== null && id !== actor.id))];
  if (to.length) await notify(store, to, notice, at);
}

/** Who hears that a comment was answered: its author, and the team when the mentor answers. */
export const answerReaders = (actor: UserRecord, answeredAuthorId: number, facts: ProjectAccessFacts): number[] =>
  [answeredAuthorId, ...(actor.role === 'mentor' ? facts.studentIds : [])];
