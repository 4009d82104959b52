/**
 * Who is logged in: loaded from GET /api/auth/me, changed by login() and logout(). The cookie is
 * httpOnly, so the app never sees the token; it only knows the user the server reports.
 */
export type Role = 'student' | 'teacher' | 'mentor';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  schoolId: number | null;
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

export class Session {
  user = $state.raw<SessionUser | null>(null);
  /** True until the first /api/auth/me answer arrived. */
  loading = $state(true);
  private loaded: Promise<void> | null = null;

  constructor(private readonly fetchFn: Fetch = (...a) => fetch(...a)) {}

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

  async logout(): Promise<void> {
    try {
      await this.fetchFn('/api/auth/logout', { method: 'POST', credentials: 'same-origin' });
    } finally {
      this.user = null;
    }
  }
}

export const session = new Session();
