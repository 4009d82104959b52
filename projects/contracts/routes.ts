/**
 * Every /api route the server answers, and the contract that defines its request and answer (the
 * projects/contracts/<name>.ts module, whose header lists the route). server/http/route-contracts.test.ts
 * compares this table with the routes the assembled server registers: a route added without an entry
 * here, or an entry left behind by a removed route, fails it; so does a contract module that does not
 * list a route said to be its own.
 *
 * Each route is in exactly one of three lists: ROUTE_CONTRACTS (defined by a contract), EXEMPT_ROUTES
 * (answers no JSON a client reads: files, byte streams, event streams, the health probe; each with its
 * reason) or ROUTES_WITHOUT_CONTRACT (debt of issue #19: the route still checks its own body and the app
 * copies its types; this list may only shrink, the test holds its length).
 */
export type ContractName = 'accounts' | 'assignments' | 'auth' | 'classes' | 'evaluation' | 'inbox' | 'invites' | 'opendata' | 'projects';

export const ROUTE_CONTRACTS: Readonly<Record<string, ContractName>> = {
  'POST /api/auth/register': 'auth',
  'POST /api/auth/login': 'auth',
  'POST /api/auth/logout': 'auth',
  'GET /api/auth/me': 'auth',
  'POST /api/auth/password': 'accounts',
  'GET /api/admin/people': 'accounts',
  'POST /api/admin/users': 'accounts',
  'POST /api/admin/users/:id/password': 'accounts',
  'POST /api/admin/class-list/preview': 'accounts',
  'POST /api/admin/class-list/import': 'accounts',
  'POST /api/classes/:id/passwords': 'accounts',
  'GET /api/admin/api-tokens': 'opendata',
  'POST /api/admin/api-tokens': 'opendata',
  'DELETE /api/admin/api-tokens/:id': 'opendata',
  'GET /api/open/v1/classes': 'opendata',
  'GET /api/open/v1/classes/:id/gradebook': 'opendata',
  'GET /api/open/v1/classes/:id/records': 'opendata',
  'POST /api/classes/:id/assignments': 'assignments',
  'GET /api/classes/:id/assignments': 'assignments',
  'GET /api/classes/:id/progress': 'assignments',
  'GET /api/assignments': 'assignments',
  'GET /api/assignments/:id': 'assignments',
  'POST /api/assignments/:id/open': 'assignments',
  'POST /api/assignments/:id/hand-in': 'assignments',
  'PATCH /api/assignments/:id': 'assignments',
  'PUT /api/assignments/:id/due-dates/:studentId': 'assignments',
  'GET /api/inbox': 'inbox',
  'GET /api/inbox/unread': 'inbox',
  'POST /api/inbox/read': 'inbox',
  'POST /api/invites': 'invites',
  'GET /api/invites': 'invites',
  'POST /api/invites/:id/revoke': 'invites',
  'GET /api/invites/:token': 'invites',
  'POST /api/invites/:token/accept': 'invites',
  'GET /api/admin/evaluation-policy': 'evaluation',
  'PUT /api/admin/evaluation-policy': 'evaluation',
  'GET /api/classes/:id/evaluation': 'evaluation',
  'PUT /api/classes/:id/evaluation/weights': 'evaluation',
  'PUT /api/classes/:id/evaluation/ratings': 'evaluation',
  'GET /api/classes/:id/evaluation/students/:sid': 'evaluation',
  'GET /api/evaluation/mentored': 'evaluation',
  'POST /api/lab-sessions': 'evaluation',
  'GET /api/classes': 'classes',
  'POST /api/classes': 'classes',
  'POST /api/classes/join': 'classes',
  'POST /api/classes/:id/teams': 'classes',
  'PUT /api/teams/:id/members': 'classes',
  'PUT /api/teams/:id/mentor': 'classes',
  'PATCH /api/classes/:id': 'classes',
  'PATCH /api/teams/:id': 'classes',
  'DELETE /api/teams/:id': 'classes',
  'GET /api/mentors': 'classes',
  'GET /api/projects': 'projects',
  'POST /api/projects': 'projects',
  'GET /api/projects/:id': 'projects',
  'POST /api/projects/:id/images': 'projects',
  'POST /api/projects/:id/template-language': 'projects',
};

/** Routes with no JSON contract, and why. */
export const EXEMPT_ROUTES: Readonly<Record<string, string>> = {
  'GET /api/health': 'the load balancer probe (server/app.ts): not called by the app',
  'GET /api/inbox/stream': 'server-sent events of the unread count (server/classroom/inbox-stream.ts), not a JSON answer',
  'GET /api/classes/:id/progress.csv': 'a file download (CSV), saved by the browser',
  'GET /api/classes/:id/progress.xlsx': 'a file download (workbook), saved by the browser',
  'GET /api/classes/:id/evaluation/export.csv': 'a file download (CSV), saved by the browser',
  'GET /api/classes/:id/evaluation/export.xlsx': 'a file download (workbook), saved by the browser',
  'GET /api/classes/:id/evaluation/export.xapi': 'a file download (xAPI statements, JSON lines), saved by the browser',
  'GET /api/projects/:id/doc': 'the project document as Yjs update bytes (the notebook loads it before sync)',
  'GET /api/projects/:id/images/:imageId': 'an image file, shown by <img>',
  'GET /api/submissions/:id/snapshot': 'the submitted document as Yjs update bytes',
};

/** Debt (issue #19): these routes still validate by hand and the app copies their types. Move them to a contract; never add one. */
export const ROUTES_WITHOUT_CONTRACT: readonly string[] = [
  // review (server/review/*-routes.ts; types copied in src/review/review-api.ts)
  'POST /api/projects/:id/submissions',
  'GET /api/projects/:id/submissions',
  'GET /api/reviews/queue',
  'GET /api/submissions/:id',
  'GET /api/submissions/:id/diff',
  'POST /api/submissions/:id/decision',
  'POST /api/submissions/:id/comments',
  'POST /api/comments/:id/replies',
  'POST /api/comments/:id/resolve',
  'GET /api/projects/:id/review-comments',
  'PUT /api/submissions/:id/score',
  'GET /api/schools/:id/rubric',
  'PUT /api/schools/:id/rubric',
  'POST /api/projects/:id/defenses',
  'PUT /api/defenses/:id/record',
  'GET /api/projects/:id/defenses',
  'GET /api/projects/:id/review-history',
  'GET /api/students/:id/portfolio',
  'GET /api/feedback',
];
