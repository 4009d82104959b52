/** Registers every review route (submissions, comments, scores, decisions, defenses, history, portfolio, feedback notices). */
import type { Auth } from '../auth/auth';
import type { Router } from '../http/router';
import type { Store } from '../store/store';
import { commentRoutes } from './comment-routes';
import { defenseRoutes } from './defense-routes';
import { feedbackRoutes } from './feedback-routes';
import { templateLanguageRoutes } from './template-language-routes';
import { historyRoutes } from './history-routes';
import { storeLiveDocs, type LiveDocs } from './live-doc';
import { ReviewAccess } from './review-access';
import type { ReviewDeps } from './review-deps';
import { scoreRoutes } from './score-routes';
import { submissionRoutes } from './submission-routes';

export interface ReviewRouteOptions {
  store: Store;
  auth: Auth;
  /** The live project documents; default: straight from the store (see live-doc.ts). */
  live?: LiveDocs;
  now?: () => number;
}

export function reviewRoutes(router: Router, opts: ReviewRouteOptions): void {
  const deps: ReviewDeps = {
    store: opts.store,
    auth: opts.auth,
    live: opts.live ?? storeLiveDocs(opts.store),
    access: new ReviewAccess(opts.store),
    now: opts.now ?? opts.auth.now,
  };
  submissionRoutes(router, deps);
  commentRoutes(router, deps);
  scoreRoutes(router, deps);
  defenseRoutes(router, deps);
  historyRoutes(router, deps);
  feedbackRoutes(router, deps);
  templateLanguageRoutes(router, deps);
}
