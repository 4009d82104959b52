/**
 * The xAPI export against the xAPI 1.0.3 statement schema (test/support/xapi-1.0.3-statement.schema.json,
 * written from the specification, Part Two §2.4), validated with Ajv: every statement a class's records
 * produce passes; statements broken the ways the specification forbids do not.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HARD_INDICATORS } from '../../projects/evaluation/indicators';
import type { IndicatorResult } from '../../projects/evaluation/indicator-result';
import { buildStatements, isoDuration, statementsAsJsonLines, uuidV5, VERBS, type XapiClassInput } from './xapi';

// ajv-formats is CommonJS with a default export
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let validate: ValidateFunction;
beforeAll(() => {
  const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../test/support/xapi-1.0.3-statement.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('iri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/);
  validate = ajv.compile(schema);
});

const t0 = Date.UTC(2026, 4, 11, 2, 30);

function input(): XapiClassInput {
  const ind = (id: IndicatorResult['id'], score: number | null, sources: IndicatorResult['sources'] = [], raw: IndicatorResult['raw'] = {}): IndicatorResult => ({ id, score, raw, sources, notes: [] });
  const student = { id: 7, displayName: '张明 (Zhang Ming)' };
  const lab = ind('lab_activity', 58.3, [{ kind: 'lab_session', simulationId: 'pendulum', startedAt: t0, lastAt: t0 + 750_500, runs: 5, recordedRows: 8 }], { sessions: 1, runs: 5, recordedRows: 8 });
  const work = ind('assignments', 75, [
    { kind: 'assignment', assignmentId: 'a1', title: 'Mystery resistor', dueAt: t0, handedInAt: t0 + 60_000, late: true, checksPassed: 1, checksTotal: 2 },
    { kind: 'assignment', assignmentId: 'a2', title: 'Missing', dueAt: t0, handedInAt: null, late: false, checksPassed: 0, checksTotal: 0 },
  ]);
  return {
    homePage: 'http://127.0.0.1:5173/',
    school: { id: 1, name: '萌芽示范学校 · Sprout Demo School' },
    class: { id: 3, name: '八年级一班' },
    generatedAt: t0 + 86_400_000,
    people: new Map([[2, { id: 2, displayName: '王老师 (Ms Wang)' }]]),
    rows: [
      {
        student, project: { id: 'p_pendulum_1', title: '单摆的周期' }, process: 70.5, result: 82, total: 76.3,
        indicators: [
          lab, work,
          ind('comments_answered', 100, [{ kind: 'comment', commentId: 'c1', submissionNumber: 1, at: t0, answered: true, repliesByStudent: 1 }]),
          ind('defense', 60, [{ kind: 'defense', defenseId: 'd1', at: t0, outcome: 'revise' }]),
          ind('inquiry', 75, [{ kind: 'rating', raterId: 2, level: 3, remark: '问题提得好 — good questions', at: t0 }]),
          ind('persistence', null),
        ],
      },
      // the same student's second project repeats the student's lab sessions and hand-ins: exported once
      { student, project: { id: 'p_projectile_2', title: 'Projectile' }, process: null, result: null, total: null, indicators: [lab, work, ind('defense', 100, [{ kind: 'defense', defenseId: 'd2', at: t0, outcome: 'passed' }])] },
      { student: { id: 8, displayName: 'Liu Yang' }, project: null, process: null, result: null, total: null, indicators: [ind('lab_activity', 0, [], { sessions: 0 })] },
    ],
  };
}

describe('xAPI statements', () => {
  it('every statement of a class export is valid xAPI 1.0.3', () => {
    const statements = buildStatements(input());
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) {
      const ok = validate(s);
      expect(ok, `${JSON.stringify(s)}\n${JSON.stringify(validate.errors)}`).toBe(true);
      const score = s.result?.score;
      if (score?.raw !== undefined) expect(score.min! <= score.raw && score.raw <= score.max!, 'score.raw lies between min and max').toBe(true);
      expect(s.timestamp).toMatch(/Z$/);
    }
  });

  it('uses the documented verbs for each kind of record, and exports shared records once', () => {
    const statements = buildStatements(input());
    const byVerb = (v: keyof typeof VERBS) => statements.filter((s) => s.verb.id === VERBS[v].id);
    expect(byVerb('attempted').filter((s) => s.object.objectType === 'Activity' && s.object.id.endsWith('simulations/pendulum'))).toHaveLength(1);
    const lab = byVerb('attempted').find((s) => s.result?.duration)!;
    expect(lab.result!.duration).toBe('PT12M30.5S');
    expect(lab.result!.extensions).toEqual({ 'http://127.0.0.1:5173/xapi/extensions/runs': 5, 'http://127.0.0.1:5173/xapi/extensions/recorded-rows': 8 });
    // the missing assignment is no "submitted" statement
    expect(byVerb('submitted').map((s) => s.result)).toEqual([
      { completion: true, success: false, score: { scaled: 0.5, raw: 1, min: 0, max: 2 }, extensions: { 'http://127.0.0.1:5173/xapi/extensions/late': true, 'http://127.0.0.1:5173/xapi/extensions/due': new Date(t0).toISOString() } },
    ]);
    expect(byVerb('responded')).toHaveLength(1);
    expect(byVerb('passed')).toHaveLength(1);
    expect(byVerb('attempted').filter((s) => s.result?.success === false)).toHaveLength(1); // the defense to revise
    const rating = byVerb('scored').find((s) => s.context?.instructor)!;
    expect(rating.result!.score).toEqual({ scaled: 0.75, raw: 3, min: 1, max: 4 });
    expect(rating.context!.instructor).toEqual({ objectType: 'Agent', name: '王老师 (Ms Wang)', account: { homePage: 'http://127.0.0.1:5173/', name: '2' } });
    const totals = byVerb('scored').filter((s) => s.object.objectType === 'Activity' && s.object.id.includes('/evaluation/'));
    expect(totals.map((s) => [s.object.objectType === 'Activity' && s.object.id.split('/').pop(), s.result!.score!.raw])).toEqual([['process', 70.5], ['result', 82], ['total', 76.3]]);
    expect(totals[2].result!.score!.scaled).toBe(0.763);
    // hard indicator scores: one per scored hard indicator and project; soft ones only as ratings
    const hard = byVerb('scored').filter((s) => s.object.objectType === 'Activity' && /indicators\/(\w+)$/.test(s.object.id) && HARD_INDICATORS.some((h) => s.object.objectType === 'Activity' && s.object.id.endsWith(h)));
    expect(hard.length).toBe(4 + 3 + 1);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });

  it('gives the same ids for the same records, and a new id when a score changes', () => {
    const a = buildStatements(input()).map((s) => s.id);
    expect(buildStatements(input()).map((s) => s.id)).toEqual(a);
    const changed = input();
    changed.rows[0].total = 80;
    const b = buildStatements(changed).map((s) => s.id);
    expect(b.filter((id) => !a.includes(id))).toHaveLength(1);
  });

  it('writes JSON lines that parse back', () => {
    const statements = buildStatements(input());
    const text = statementsAsJsonLines(statements);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trim().split('\n').map((l) => JSON.parse(l))).toEqual(statements);
  });

  it('the schema refuses what the specification forbids (so passing means something)', () => {
    const good = buildStatements(input())[0];
    const broken: [string, unknown][] = [
      ['no verb', { ...good, verb: undefined }],
      ['two identifiers on one agent', { ...good, actor: { ...good.actor, mbox: 'mailto:a@b.cn' } }],
      ['an agent without an identifier', { ...good, actor: { objectType: 'Agent', name: 'x' } }],
      ['a verb id that is not an IRI', { ...good, verb: { id: 'attempted' } }],
      ['a timestamp that is not ISO 8601', { ...good, timestamp: '11/05/2026' }],
      ['scaled score above 1', { ...good, result: { score: { scaled: 1.5 } } }],
      ['an extension key that is not an IRI', { ...good, result: { extensions: { runs: 5 } } }],
      ['a property xAPI does not have', { ...good, grade: 'A' }],
      ['a language map key that is not a language tag', { ...good, verb: { id: VERBS.scored.id, display: { 'english!': 'x' } } }],
      ['an id that is not a UUID', { ...good, id: 'abc' }],
      ['a duration that is not ISO 8601', { ...good, result: { duration: '12 minutes' } }],
    ];
    for (const [what, s] of broken) expect(validate(s), what).toBe(false);
  });

  it('durations and name-based UUIDs follow their standards', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_000)).toBe('PT1H2M3S');
    expect(isoDuration(3_600_000)).toBe('PT1H');
    // RFC 4122 Appendix B's example is wrong (an erratum); this is Python's uuid.uuid5(NAMESPACE_URL, 'http://python.org/')
    expect(uuidV5('http://python.org/')).toBe('4c565f0d-3f5a-5890-b41b-20cf47701c5e');
  });
});
