/**
 * The inbox (issue #19): everyone reads their own notices and marks them read; nobody reads another's.
 * Notices are written where things happen (assignment-routes.ts: set, extended, handed in); "due soon"
 * is written when the student next asks, once per assignment, for work due within DUE_SOON_MS and not
 * handed in. Contract: projects/contracts/inbox.ts.
 */
import { assignmentStatus } from '../../projects/contracts/assignments';
import { DUE_SOON_MS, MarkReadBody, type Inbox, type InboxNotice, type Notice } from '../../projects/contracts/inbox';
import type { ApiDeps } from '../http/api-deps';
import { sendJson } from '../http/json';
import { audiences, setFor } from './assignment-spec';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { NoticeRecord, UserRecord } from '../store/records';
import type { Store } from '../store/store';

const SHOWN = 100;

/** Writes notices for many readers in one statement. */
export function notify(store: Store, readers: readonly number[], notice: Notice, at: number): Promise<void> {
  const payload = JSON.stringify(notice);
  return store.notices.addNotices(readers.map((userId) => ({ userId, kind: notice.kind, payload, createdAt: at })));
}

function view(r: NoticeRecord): InboxNotice | null {
  try {
    return { ...(JSON.parse(r.payload) as Notice), id: r.id, createdAt: r.createdAt, readAt: r.readAt };
  } catch {
    return null;
  }
}

/** Writes "due soon" notices the student has not had yet; returns whether any were written. */
async function dueSoon(store: Store, user: UserRecord, now: number, recent: readonly NoticeRecord[]): Promise<boolean> {
  if (user.role !== 'student') return false;
  const classes = await store.classes.classesOfStudent(user.id);
  const assignments = await store.assignments.assignmentsOfClasses(classes.map((c) => c.id));
  const recentEnough = assignments.filter((a) => a.dueAt > now - 30 * DUE_SOON_MS); // recent enough to matter
  const audience = await audiences(store, recentEnough);
  const soon = recentEnough.filter((a) => setFor(audience, a.id, user.id)); // not those set for other students
  if (!soon.length) return false;
  const ids = soon.map((a) => a.id);
  const [work, extensions] = await Promise.all([store.assignments.workOf(ids), store.assignments.extensionsOf(ids)]);
  const told = new Set(recent.filter((n) => n.kind === 'assignment_due_soon').map((n) => (JSON.parse(n.payload) as { assignmentId: number }).assignmentId));
  const fresh: Notice[] = [];
  for (const a of soon) {
    const due = extensions.find((e) => e.assignmentId === a.id && e.studentId === user.id)?.dueAt ?? a.dueAt;
    const w = work.find((x) => x.assignmentId === a.id && x.studentId === user.id);
    const status = assignmentStatus(w, due, now);
    if ((status === 'not_opened' || status === 'working') && due - now <= DUE_SOON_MS && !told.has(a.id)) {
      fresh.push({ kind: 'assignment_due_soon', assignmentId: a.id, title: a.title, dueAt: due });
    }
  }
  for (const n of fresh) await notify(store, [user.id], n, now);
  return fresh.length > 0;
}

export function inboxRoutes(router: Router, { store, auth }: ApiDeps, opts: { now?: () => number } = {}): void {
  const now = opts.now ?? Date.now;

  async function inboxOf(user: UserRecord): Promise<Inbox> {
    let recent = await store.notices.noticesOf(user.id, SHOWN);
    if (await dueSoon(store, user, now(), recent)) recent = await store.notices.noticesOf(user.id, SHOWN);
    return { unread: await store.notices.unreadCount(user.id), notices: recent.map(view).filter((n): n is InboxNotice => n !== null) };
  }

  router.get('/api/inbox', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    sendJson(res, 200, await inboxOf(user));
  });

  router.get('/api/inbox/unread', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    if (user.role === 'student') await dueSoon(store, user, now(), await store.notices.noticesOf(user.id, SHOWN));
    sendJson(res, 200, { unread: await store.notices.unreadCount(user.id) });
  });

  router.post('/api/inbox/read', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    const body = await readBodyAs(req, MarkReadBody, 16 * 1024);
    const changed = await store.notices.markRead(user.id, body.ids ?? null, now());
    sendJson(res, 200, { changed, unread: await store.notices.unreadCount(user.id) });
  });
}
