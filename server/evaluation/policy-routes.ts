/**
 * A school's evaluation policy over HTTP (issue #20; contract in projects/contracts/evaluation.ts): its
 * administrator sets the floor of every class's process share (40–100 %: the policy asks for at least 40 %)
 * and the default scheme of classes without their own. Every change is appended to the school's log in the
 * review log (`school:<id>`), signed like review events, so `npm run verify-reviews` names a floor edited
 * behind the server's back. A class scheme below a raised floor stays as it was, flagged on the gradebook
 * and listed here; the teacher's next save of it is refused (routes.ts).
 */
import { SchoolPolicySchema, type SchoolPolicyView } from '../../projects/contracts/evaluation';
import type { Auth } from '../auth/auth';
import { can } from '../auth/permissions';
import { forbidden } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { UserRecord } from '../store/records';
import type { Store } from '../store/store';
import { schoolPolicyLogId } from './evaluation-records';
import { schoolPolicy } from './gradebook';

export function policyRoutes(router: Router, { store, auth, now }: { store: Store; auth: Auth; now: () => number }): void {
  async function schoolAdmin(user: UserRecord): Promise<number> {
    if (user.schoolId === null || !can(user, 'school.evaluationPolicy', { kind: 'school', schoolId: user.schoolId, mentorSchoolIds: [] })) {
      throw forbidden('policy_admin_only');
    }
    return user.schoolId;
  }

  async function view(schoolId: number): Promise<SchoolPolicyView> {
    const logId = schoolPolicyLogId(schoolId);
    const [stored, policy, classes, schemes, head] = await Promise.all([
      store.reviews.policyOfSchool(schoolId),
      schoolPolicy(store, schoolId),
      store.classes.classesOfSchool(schoolId),
      store.reviews.weightsOfSchool(schoolId),
      store.reviews.logHead(logId),
    ]);
    const by = stored ? await store.accounts.userById(stored.updatedBy) : undefined;
    return {
      policy,
      stored: !!stored,
      updatedAt: stored?.updatedAt ?? null,
      updatedBy: by ? { id: by.id, displayName: by.displayName } : null,
      receipt: head ? { seq: head.seq, receipt: await store.reviews.receipt(logId, head.seq) } : null,
      classesBelowFloor: classes
        .map((c) => ({ id: c.id, name: c.name, processPct: schemes.get(c.id)?.scheme.processPct ?? policy.scheme.processPct }))
        .filter((c) => c.processPct < policy.floorPct)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id),
    };
  }

  router.get('/api/admin/evaluation-policy', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    sendJson(res, 200, await view(await schoolAdmin(user)));
  });

  router.put('/api/admin/evaluation-policy', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    const schoolId = await schoolAdmin(user);
    const policy = await readBodyAs(req, SchoolPolicySchema);
    const at = now();
    await store.reviews.saveSchoolPolicy(
      { schoolId, floorPct: policy.floorPct, scheme: policy.scheme, updatedBy: user.id, updatedAt: at },
      { projectId: schoolPolicyLogId(schoolId), type: 'policy', actorId: user.id, at, payload: { schoolId, floorPct: policy.floorPct, processPct: policy.scheme.processPct, weights: { ...policy.scheme.weights } } },
    );
    sendJson(res, 200, await view(schoolId));
  });
}
