/**
 * The feature routes the server adds to the assembled core (server/assemble.ts): review and process
 * evaluation. main.ts starts the server with them; the route-contract test (server/http/route-contracts.test.ts)
 * registers the same, so every route the server answers is checked against projects/contracts/routes.ts.
 */
import type { AssembleOptions } from './assemble';
import { assignmentWorkForEvaluation } from './classroom/assignment-routes';
import { evaluationRoutes } from './evaluation/routes';
import { reviewRoutes } from './review/routes';

export const featureRoutes: NonNullable<AssembleOptions['extraRoutes']> = (router, ctx) => {
  reviewRoutes(router, ctx);
  evaluationRoutes(router, {
    store: ctx.store,
    auth: ctx.auth,
    loadDoc: (id) => ctx.live.load(id),
    assignmentWork: (classId, studentIds) => assignmentWorkForEvaluation(ctx.store, classId, studentIds),
  });
};
