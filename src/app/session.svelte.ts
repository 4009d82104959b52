/**
 * Who is logged in: loaded from GET /api/auth/me, changed by login() and logout(). The cookie is
 * httpOnly, so the app never sees the token; it only knows the user the server reports.
 *
 * Log-out on a shared classroom PC also clears what the user left in this browser: the notebooks' local
 * copies are sent (what the server lacks) and then deleted (src/notebook/local-copy-logout.ts). Unsent changes stop the log-out and are reported with their count; the user may then discard
 * them. Log-out completes only when the server ended the session (offline, the user stays logged in).
 */
import { forgetLocalData, sendLocalChanges } from '../notebook/local-copy-logout';

export type Role = 'student' | 'teacher' | 'mentor' | 'admin';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  schoolId: number | null;
  /** Someone else set the password (an import, a reset): the person is asked to choose their own. */
  mustChangePassword?: boolean;
}

/** A failed call: the server's error code (e.g. `invalid_credentials`, `rate_limited`, `network`) and details. */
export class SessionError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly retryAfterS?: number,
  ) {
    super(message);
  }
}

type Fetch = typeof fetch;

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
  private loaded: Promise<void> | null = null;

  constructor(
    private readonly fetchFn: Fetch = (...a) => fetch(...a),
    private readonly localData: () => Promise<LocalUserData> = notebookLocalData,
  ) {}

  /** Loads the current user once (call again with `force` to refresh). */
  load(force = false): Promise<void> {
    if (this.loaded && !force) return this.loaded;
    this.loaded = (async () => {
      try {
        const r = await this.fetchFn('/api/auth/me', { credentials: 'same-origin' });
        this.user = r.ok ? ((await r.json()) as { user: SessionUser }).user : null;
      } catch {
        this.user = null;
      } finally {
        this.loading = false;
      }
    })();
    return this.loaded;
  }

  /** After the user changed their own password (the server answers with the user as now). */
  passwordChanged(user: SessionUser): void {
    this.user = user;
  }

  async login(username: string, password: string): Promise<SessionUser> {
    let r: Response;
    try {
      r = await this.fetchFn('/api/auth/login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    } catch {
      throw new SessionError('network', 'network error');
    }
    const body = (await r.json().catch(() => ({}))) as { user?: SessionUser; error?: { code: string; message: string; field?: string; retryAfterS?: number } };
    if (!r.ok || !body.user) {
      const e = body.error ?? { code: 'server', message: `HTTP ${r.status}` };
      throw new SessionError(e.code, e.message, e.field, e.retryAfterS ?? (Number(r.headers.get('retry-after')) || undefined));
    }
    this.user = body.user;
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
    this.user = null;
    await local.forget();
    return { done: true };
  }
}

export const session = new Session();
