/** What the review routes are built from (one per server, no singletons). */
import { randomBytes } from 'node:crypto';
import type { Auth } from '../auth/auth';
import type { Store } from '../store/store';
import type { LiveDocs } from './live-doc';
import { ReviewAccess } from './review-access';

export interface ReviewDeps {
  store: Store;
  auth: Auth;
  live: LiveDocs;
  access: ReviewAccess;
  now: () => number;
}

export const newReviewId = () => randomBytes(12).toString('base64url');
