/**
 * Who is logged in: loaded from GET /api/auth/me, changed by login() and logout(). The cookie is
 * httpOnly, so the app never sees the token; it only knows the user the server reports.
 *
 * Log-out on a shared classroom PC also clears what the user left in this browser: the notebooks' local
 * copies are sent (what the server lacks) and then deleted (src/notebook/local-copy-logout.ts). Unsent changes stop the log-out and are reported with their count; the user may then discard
 * them. Log-out completes only when the server ended the session (offline, the user stays logged in).
 *
 * Offline (issue #22, item 5) the session check cannot reach the server, but the student is still logged in
 * (the cookie is still there): the user last confirmed by the server is remembered in this browser (who
 * they are only: id, names, role, school; never a token or password) and shown with `offline` set until the
 * server answers again. Log-out forgets it.
 */
import { forgetLocalData, sendLocalChanges } from '../notebook/local-copy-logout';
import type { Role, SessionUser, SignedIn } from '../../projects/contracts/auth';
import { apiCaller } from './json-call';

export type { Role, SessionUser };

type Fetch = typeof fetch;
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const REMEMBERED_KEY = 'sprout.session.user';
const ROLES: readonly Role[] = ['student', 'teacher', 'mentor', 'admin'];

/** The user as remembered in this browser, or null if nothing (or something unreadable) is kept. */
export function readRememberedUser(store: KeyValueStore | null): SessionUser | null {
  let raw: string | null = null;
  try {
    raw = store?.getItem(REMEMBERED_KEY) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const u = JSON.parse(raw) as Partial<SessionUser>;
    if (typeof u.id !== 'number' || typeof u.username !== 'string' || typeof u.displayName !== 'string' || !ROLES.includes(u.role as Role)) return null;
    return { id: u.id, username: u.username, displayName: u.displayName, role: u.role as Role, schoolId: typeof u.schoolId === 'number' ? u.schoolId : null };
  } catch {
    return null;
  }
}

function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Statuses a proxy answers with when the server behind it is down: the session is unknown, not ended. */
const UNREACHABLE = new Set([502, 503, 504]);

/** What this browser keeps for the logged-in user, as log-out sees it. */
export interface LocalUserData {
  /** Sends what the server lacks; says what is still unsent. */
  send(): Promise<{ unsent: number; notebooks: number; offline: boolean }>;
  /** Deletes it all. */
  forget(): Promise<void>;
}

export type LogoutResult =
  | { done: true }
  /** Changes that could not be sent (offline: the server was not reached): nothing was logged out. */
  | { done: false; unsent: number; notebooks: number; offline: boolean }
  /** The server could not be reached to end the session: still logged in. */
  | { done: false; unreachable: true };

// (no Yjs: part of the entry, so an offline log-out can still count what is unsent)
const notebookLocalData = async (): Promise<LocalUserData> => ({ send: sendLocalChanges, forget: forgetLocalData });

export class Session {
  user = $state.raw<SessionUser | null>(null);
  /** True until the first /api/auth/me answer arrived. */
  loading = $state(true);
  /** The server could not be reached: `user` is the one remembered from the last visit online. */
  offline = $state(false);
  private loaded: Promise<void> | null = null;

  constructor(
    private readonly fetchFn: Fetch = (...a) => fetch(...a),
    private readonly localData: () => Promise<LocalUserData> = notebookLocalData,
    private readonly store: KeyValueStore | null = browserStore(),
  ) {}

  /** Loads the current user once (call again with `force` to refresh). */
  load(force = false): Promise<void> {
    if (this.loaded && !force) return this.loaded;
    this.loaded = (async () => {
      try {
        const r = await this.fetchFn('/api/auth/me', { credentials: 'same-origin' });
        if (UNREACHABLE.has(r.status)) this.unreachable();
        else this.confirmed(r.ok ? ((await r.json()) as SignedIn).user : null);
      } catch {
        this.unreachable();
      } finally {
        this.loading = false;
      }
    })();
    return this.loaded;
  }

  /** After the user changed their own password (the server answers with the user as now). */
  passwordChanged(user: SessionUser): void {
    this.confirmed(user);
  }

  /** The server said who is logged in (or that nobody is): shown, and remembered for an offline start. */
  private confirmed(user: SessionUser | null): void {
    this.user = user;
    this.offline = false;
    try {
      if (user) {
        const { id, username, displayName, role, schoolId } = user;
        this.store?.setItem(REMEMBERED_KEY, JSON.stringify({ id, username, displayName, role, schoolId }));
      } else this.store?.removeItem(REMEMBERED_KEY);
    } catch {
      /* storage full or blocked: nothing remembered, the app still works online */
    }
  }

  /** No answer from the server: whoever was logged in here last is still logged in (their cookie is kept). */
  private unreachable(): void {
    this.user = readRememberedUser(this.store);
    this.offline = this.user !== null;
  }

  /** Logs in; a refusal is an ApiError (`invalid_credentials`, `rate_limited` with `details.retryAfterS`, `network`, …). */
  async login(username: string, password: string): Promise<SessionUser> {
    const body = await apiCaller(this.fetchFn)<SignedIn>('/api/auth/login', 'POST', { username, password });
    this.confirmed(body.user);
    this.loading = false;
    return body.user;
  }

  /**
   * Sends the user's unsent local changes, ends the session on the server, then deletes the user's data
   * in this browser. With `discardUnsent`, changes that cannot be sent are deleted too.
   */
  async logout(opts: { discardUnsent?: boolean } = {}): Promise<LogoutResult> {
    const local = await this.localData();
    const left = await local.send();
    if (left.unsent > 0 && !opts.discardUnsent) return { done: false, ...left };
    try {
      await this.fetchFn('/api/auth/logout', { method: 'POST', credentials: 'same-origin' });
    } catch {
      return { done: false, unreachable: true };
    }
    this.confirmed(null);
    await local.forget();
    return { done: true };
  }
}

export const session = new Session();
