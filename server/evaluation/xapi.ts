/**
 * The class's evaluation records as xAPI 1.0.3 statements (one JSON object per line), for a school's or
 * district's learning record store. Types from @xapi/xapi (the maintained xAPI client library); the
 * statements are checked against an xAPI 1.0.3 statement schema in xapi.test.ts.
 *
 * Verbs (ADL's registered verbs, docs/evaluation.md lists them with what each statement carries):
 *   attempted   http://adlnet.gov/expapi/verbs/attempted   a lab session (result: runs, recorded rows, duration)
 *   submitted   http://activitystrea.ms/schema/1.0/submit  an assignment handed in (result: checks passed, on time)
 *   responded   http://adlnet.gov/expapi/verbs/responded   a mentor's comment answered by the team
 *   passed / failed  http://adlnet.gov/expapi/verbs/passed|failed   a project defense's recorded outcome
 *                    (outcome "revise": attempted, success false)
 *   scored      http://adlnet.gov/expapi/verbs/scored      a rating of a soft indicator (raw 1–4, the rater as
 *                                                          context.instructor, the remark as an extension), each
 *                                                          hard indicator's score, and the process, result and
 *                                                          total scores of a student in a project (raw 0–100)
 *
 * Actors are accounts on this server (`account.homePage` = the server's address, `account.name` = the user
 * id), so the store can join them with its own records. Every statement id is a name-based UUID (version 5)
 * of its content: exporting the same records again gives the same ids, and a changed score a new statement.
 */
import type { Activity, Agent, Context, LanguageMap, Statement, Verb } from '@xapi/xapi';
import { createHash } from 'node:crypto';
import { INDICATOR_DEFINITIONS, type Bilingual, type IndicatorId } from '../../projects/evaluation/indicators';
import { canonicalJson } from '../review/hash-chain';
import type { IndicatorResult } from '../../projects/evaluation/indicator-result';

export const XAPI_VERSION = '1.0.3';

const verb = (id: string, en: string, zh: string): Verb => ({ id, display: lang({ en, 'zh-CN': zh }) });
export const VERBS = {
  attempted: verb('http://adlnet.gov/expapi/verbs/attempted', 'attempted', '尝试'),
  submitted: verb('http://activitystrea.ms/schema/1.0/submit', 'submitted', '提交'),
  responded: verb('http://adlnet.gov/expapi/verbs/responded', 'responded', '回应'),
  passed: verb('http://adlnet.gov/expapi/verbs/passed', 'passed', '通过'),
  failed: verb('http://adlnet.gov/expapi/verbs/failed', 'failed', '未通过'),
  scored: verb('http://adlnet.gov/expapi/verbs/scored', 'scored', '得分'),
} as const;

/** A bilingual text as an xAPI language map. */
function lang(b: Bilingual): LanguageMap {
  // @xapi/xapi types a language map with every RFC 5646 code required; xAPI requires none of them
  return { 'zh-CN': b['zh-CN'], en: b.en } as LanguageMap;
}

export interface XapiPerson {
  id: number;
  displayName: string;
}

/** What the statements are built from: one class's gradebook rows with the records behind them. */
export interface XapiClassInput {
  /** The server's address, e.g. "https://lab.school.cn/" (actors' homePage and the base of activity ids). */
  homePage: string;
  school: { id: number; name: string };
  class: { id: number; name: string };
  generatedAt: number;
  rows: {
    student: XapiPerson;
    project: { id: string; title: string } | null;
    indicators: IndicatorResult[];
    process: number | null;
    result: number | null;
    total: number | null;
  }[];
  /** Raters by id (for ratings' instructors). */
  people: Map<number, XapiPerson>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** ISO 8601 duration of a span in milliseconds, e.g. PT12M30.5S. */
export function isoDuration(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.round((s % 60) * 100) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec || (!h && !m) ? `${sec}S` : ''}`;
}

/** A name-based UUID, version 5 (RFC 4122 §4.3: SHA-1 of namespace + name, version and variant bits set). */
export function uuidV5(name: string, namespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8' /* the URL namespace */): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export function buildStatements(input: XapiClassInput): Statement[] {
  const base = input.homePage.endsWith('/') ? input.homePage : `${input.homePage}/`;
  const iri = (path: string) => `${base}xapi/${path}`;
  const ext = (name: string) => iri(`extensions/${name}`);
  const agent = (p: XapiPerson): Agent => ({ objectType: 'Agent', name: p.displayName, account: { homePage: base, name: String(p.id) } });
  const classActivity: Activity = { objectType: 'Activity', id: iri(`classes/${input.class.id}`), definition: { type: 'http://adlnet.gov/expapi/activities/course', name: lang({ 'zh-CN': input.class.name, en: input.class.name }) } };
  const schoolActivity: Activity = { objectType: 'Activity', id: iri(`schools/${input.school.id}`), definition: { type: 'http://id.tincanapi.com/activitytype/school', name: lang({ 'zh-CN': input.school.name, en: input.school.name }) } };
  const projectActivity = (p: { id: string; title: string }): Activity => ({
    objectType: 'Activity', id: iri(`projects/${encodeURIComponent(p.id)}`), definition: { type: 'http://adlnet.gov/expapi/activities/project', name: lang({ 'zh-CN': p.title || p.id, en: p.title || p.id }) },
  });
  const indicatorActivity = (id: IndicatorId, project: { id: string; title: string } | null): Activity => ({
    objectType: 'Activity',
    id: project ? iri(`projects/${encodeURIComponent(project.id)}/indicators/${id}`) : iri(`classes/${input.class.id}/indicators/${id}`),
    definition: { type: 'http://adlnet.gov/expapi/activities/objective', name: lang(INDICATOR_DEFINITIONS[id].name), description: lang(INDICATOR_DEFINITIONS[id].definition) },
  });
  const context = (project: { id: string; title: string } | null, extra: Partial<Context> = {}): Context => ({
    platform: 'Sprout Lab',
    language: 'zh-CN',
    contextActivities: { ...(project ? { parent: [projectActivity(project)] } : {}), grouping: [classActivity, schoolActivity] },
    ...extra,
  });
  const score100 = (v: number) => ({ scaled: Math.round(v * 10) / 1000, raw: v, min: 0, max: 100 });

  const out = new Map<string, Statement>();
  const add = (s: Omit<Statement, 'id' | 'version'>) => {
    const id = uuidV5(canonicalJson(s));
    if (!out.has(id)) out.set(id, { id, ...s, version: XAPI_VERSION });
  };

  for (const row of input.rows) {
    const actor = agent(row.student);
    const project = row.project;
    for (const ind of row.indicators) {
      for (const src of ind.sources) {
        switch (src.kind) {
          case 'lab_session':
            add({
              actor, verb: VERBS.attempted, timestamp: iso(src.startedAt),
              object: { objectType: 'Activity', id: iri(`simulations/${encodeURIComponent(src.simulationId)}`), definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: lang({ 'zh-CN': src.simulationId, en: src.simulationId }) } },
              result: { duration: isoDuration(src.lastAt - src.startedAt), extensions: { [ext('runs')]: src.runs, [ext('recorded-rows')]: src.recordedRows } },
              context: context(null),
            });
            break;
          case 'assignment':
            if (src.handedInAt === null) break;
            add({
              actor, verb: VERBS.submitted, timestamp: iso(src.handedInAt),
              object: { objectType: 'Activity', id: iri(`assignments/${encodeURIComponent(src.assignmentId)}`), definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: lang({ 'zh-CN': src.title, en: src.title }) } },
              result: {
                completion: true,
                ...(src.checksTotal > 0 ? { success: src.checksPassed === src.checksTotal, score: { scaled: src.checksPassed / src.checksTotal, raw: src.checksPassed, min: 0, max: src.checksTotal } } : {}),
                extensions: { [ext('late')]: src.late, [ext('due')]: iso(src.dueAt) },
              },
              context: context(null),
            });
            break;
          case 'comment':
            if (!src.answered || !project) break;
            add({
              actor, verb: VERBS.responded, timestamp: iso(src.at),
              object: { objectType: 'Activity', id: iri(`comments/${encodeURIComponent(src.commentId)}`), definition: { type: 'http://adlnet.gov/expapi/activities/interaction', name: lang({ 'zh-CN': `导师评论（第 ${src.submissionNumber} 稿）`, en: `Mentor's comment (submission ${src.submissionNumber})` }) } },
              result: { extensions: { [ext('replies-by-student')]: src.repliesByStudent } },
              context: context(project),
            });
            break;
          case 'defense':
            if (src.outcome === null || !project) break;
            add({
              actor, verb: src.outcome === 'passed' ? VERBS.passed : src.outcome === 'failed' ? VERBS.failed : VERBS.attempted, timestamp: iso(src.at),
              object: { objectType: 'Activity', id: iri(`defenses/${encodeURIComponent(src.defenseId)}`), definition: { type: 'http://adlnet.gov/expapi/activities/performance', name: lang({ 'zh-CN': `项目答辩：${project.title}`, en: `Project defense: ${project.title}` }) } },
              result: { success: src.outcome === 'passed', completion: src.outcome !== 'revise', extensions: { [ext('outcome')]: src.outcome } },
              context: context(project),
            });
            break;
          case 'rating': {
            const rater = input.people.get(src.raterId);
            add({
              actor, verb: VERBS.scored, timestamp: iso(src.at), object: indicatorActivity(ind.id, project),
              result: { score: { scaled: src.level / 4, raw: src.level, min: 1, max: 4 }, ...(src.remark ? { extensions: { [ext('remark')]: src.remark } } : {}) },
              context: context(project, rater ? { instructor: agent(rater) } : {}),
            });
            break;
          }
          default:
            break;
        }
      }
      if (ind.score !== null && INDICATOR_DEFINITIONS[ind.id].kind === 'hard') {
        add({ actor, verb: VERBS.scored, timestamp: iso(input.generatedAt), object: indicatorActivity(ind.id, project), result: { score: score100(ind.score), extensions: { [ext('figures')]: ind.raw } }, context: context(project) });
      }
    }
    if (project) {
      const parts = [['process', row.process], ['result', row.result], ['total', row.total]] as const;
      for (const [part, v] of parts) {
        if (v === null) continue;
        add({
          actor, verb: VERBS.scored, timestamp: iso(input.generatedAt),
          object: { objectType: 'Activity', id: iri(`projects/${encodeURIComponent(project.id)}/evaluation/${part}`), definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: lang(PART_NAMES[part]) } },
          result: { score: score100(v) },
          context: context(project),
        });
      }
    }
  }
  return [...out.values()];
}

const PART_NAMES = {
  process: { 'zh-CN': '过程评价', en: 'Process score' },
  result: { 'zh-CN': '成果评价', en: 'Result score' },
  total: { 'zh-CN': '总评', en: 'Total score' },
} satisfies Record<string, Bilingual>;

/** JSON lines: one statement per line. */
export function statementsAsJsonLines(statements: readonly Statement[]): string {
  return statements.map((s) => JSON.stringify(s)).join('\n') + (statements.length ? '\n' : '');
}
