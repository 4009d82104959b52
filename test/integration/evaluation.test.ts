/**
 * Process evaluation on the real server (issue #20), on whichever store the suite runs (SQLite or
 * PostgreSQL): the permission matrix, weights refused below the school's floor (naming processPct), ratings,
 * every student's indicators computed from the records in the store (notebook, submissions, comments,
 * decisions, defense, rubric scores), the CSV and xAPI exports, and the class's evaluation log checked by
 * verify-reviews — which names a rating edited behind the server's back and finds the report's receipt.
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addChartCell } from '../../projects/cells/chart';
import { addTableCell } from '../../projects/cells/table';
import { addTextCell } from '../../projects/cells/text';
import { trackContributions } from '../../projects/contributions';
import { DEFAULT_SCHEME } from '../../projects/evaluation/weights';
import { evaluationRoutes } from '../../server/evaluation/routes';
import { reviewRoutes } from '../../server/review/routes';
import { verifyAll, verifyReceipt } from '../../server/review/verify';
import { startFixture, type Fixture } from './sprout-fixture';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
let fx: Fixture;
let pA: string;
let classId: number;
const id: Record<string, number> = {};
const cookie: Record<string, string> = {};

const ok = (r: { status: number; body: unknown }, status = 200) => {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body as any; // JSON answers read field by field
};

beforeAll(async () => {
  fx = await startFixture();
  const sync = fx.server.sync;
  const live = { load: (p: string) => sync.loadDoc(p), edit: (p: string, change: (doc: Y.Doc) => void) => sync.editDoc(p, change) };
  reviewRoutes(fx.server.router, { store: fx.store, auth: fx.server.auth, live });
  evaluationRoutes(fx.server.router, { store: fx.store, auth: fx.server.auth, loadDoc: live.load });
  pA = fx.demo.projectIds[0];
  classId = fx.demo.classId;
  for (const u of ['teacher', 'mentor', 'student1', 'student2', 'student4']) {
    id[u] = (await fx.store.accounts.userByUsername(u))!.id;
    cookie[u] = await fx.login(u);
  }
  // student1 writes the notebook: a text and a table of 6 rows with units, fitted (R² = 1)
  await sync.editDoc(pA, (doc) => {
    const server = doc;
    doc = new Y.Doc(); // student1's replica, counting its own edits as the notebook does
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    const tracker = trackContributions(doc, String(id.student1));
    addTextCell(doc, [{ paragraph: 'The period grows with the square root of the length.' }]);
    const table = addTableCell(doc, { name: 'L–T²', columns: [{ name: 'L', unit: 'm' }, { name: 'T²', unit: 's²' }], rows: [1, 2, 3, 4, 5, 6].map((x) => [x / 10, 0.4 * x]) });
    const cols = (doc.getArray<Y.Map<unknown>>('cells').toArray().find((m) => m.get('id') === table)!.get('columns') as Y.Array<Y.Map<string>>).toArray().map((m) => m.get('id')!);
    addChartCell(doc, { title: 'fit', tableId: table, x: { columnId: cols[0], transform: 'none' }, y: { columnId: cols[1], transform: 'none' }, style: 'scatter', fit: 'linear' });
    tracker.stop();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(server)));
  });
  // the review: submission 1, a mentor comment answered, scores, a revise decision, submission 2, a defense passed
  const s1 = ok(await fx.api(`/api/projects/${pA}/submissions`, { method: 'POST', cookie: cookie.student1, body: { note: 'v1' } }), 201).submission.id;
  const cells = (await sync.loadDoc(pA)).getArray<Y.Map<unknown>>('cells').toArray();
  const comment = ok(await fx.api(`/api/submissions/${s1}/comments`, { method: 'POST', cookie: cookie.mentor, body: { cellId: cells[cells.length - 1].get('id'), body: 'Why a straight line?' } }), 201).comment.id;
  ok(await fx.api(`/api/comments/${comment}/replies`, { method: 'POST', cookie: cookie.student1, body: { body: 'T² is proportional to L.' } }), 201);
  // product criteria 4, 3, 3, 2, 4 of 4 levels, equal weights (rubric.ts DEFAULT_RUBRIC): 16/20 = 80
  const levels = { research_question: 4, method_variables: 3, data_quality: 3, analysis: 2, conclusion: 4, teamwork: 1, communication: 1, self_management: 1 };
  ok(await fx.api(`/api/submissions/${s1}/score`, { method: 'PUT', cookie: cookie.mentor, body: { levels } }));
  ok(await fx.api(`/api/submissions/${s1}/decision`, { method: 'POST', cookie: cookie.mentor, body: { decision: 'revise', summary: 'Add the error bars.' } }));
  ok(await fx.api(`/api/projects/${pA}/submissions`, { method: 'POST', cookie: cookie.student1, body: { note: 'v2' } }), 201);
  const d = ok(await fx.api(`/api/projects/${pA}/defenses`, { method: 'POST', cookie: cookie.mentor, body: { scheduledAt: Date.UTC(2030, 4, 20), place: 'Lab 2' } }), 201).defense.id;
  ok(await fx.api(`/api/defenses/${d}/record`, { method: 'PUT', cookie: cookie.mentor, body: { questions: [{ question: 'Why ten swings?', answer: 'Less timing error.' }], outcome: 'passed' } }));
}, 120_000);
afterAll(async () => fx?.close());

const gradebookPath = () => `/api/classes/${classId}/evaluation`;

describe('permissions', () => {
  it('the gradebook and exports are for the class teacher only', async () => {
    expect((await fx.api(gradebookPath())).status).toBe(401);
    for (const u of ['mentor', 'student1']) {
      expect((await fx.api(gradebookPath(), { cookie: cookie[u] })).status).toBe(403);
      expect((await fx.api(`${gradebookPath()}/export.csv`, { cookie: cookie[u] })).status).toBe(403);
      expect((await fx.api(`${gradebookPath()}/export.xapi`, { cookie: cookie[u] })).status).toBe(403);
      expect((await fx.api(`${gradebookPath()}/export.xlsx`, { cookie: cookie[u] })).status).toBe(403);
      expect((await fx.api(`${gradebookPath()}/weights`, { method: 'PUT', cookie: cookie[u], body: DEFAULT_SCHEME })).status).toBe(403);
    }
    expect((await fx.api(`/api/classes/999999/evaluation`, { cookie: cookie.teacher })).status).toBe(404);
    ok(await fx.api(gradebookPath(), { cookie: cookie.teacher }));
  });

  it('a mentor lists the students of the teams they mentor; nobody else', async () => {
    const { teams } = ok(await fx.api('/api/evaluation/mentored', { cookie: cookie.mentor }));
    expect(teams).toHaveLength(1); // team A (team B has no mentor)
    expect(teams[0].class.id).toBe(classId);
    expect(teams[0].students.map((s: any) => s.id).sort()).toEqual([id.student1, id.student2, (await fx.store.accounts.userByUsername('student3'))!.id].sort());
    expect((await fx.api('/api/evaluation/mentored', { cookie: cookie.teacher })).status).toBe(403);
    expect((await fx.api('/api/evaluation/mentored', { cookie: cookie.student1 })).status).toBe(403);
  });

  it('a student reads only their own evaluation; the mentor reads and rates only their team’s students', async () => {
    const own = ok(await fx.api(`${gradebookPath()}/students/me`, { cookie: cookie.student1 }));
    expect(own.row.student.id).toBe(id.student1);
    expect(own.canRate).toBe(false);
    expect((await fx.api(`${gradebookPath()}/students/${id.student2}`, { cookie: cookie.student1 })).status).toBe(403);
    ok(await fx.api(`${gradebookPath()}/students/${id.student1}`, { cookie: cookie.mentor })); // team A's mentor
    expect((await fx.api(`${gradebookPath()}/students/${id.student4}`, { cookie: cookie.mentor })).status).toBe(403); // team B has none
    const rate = (who: string, studentId: number) => fx.api(`${gradebookPath()}/ratings`, { method: 'PUT', cookie: cookie[who], body: { studentId, indicator: 'inquiry', level: 2 } });
    expect((await rate('mentor', id.student4)).status).toBe(403);
    expect((await rate('student1', id.student1)).status).toBe(403);
    expect((await rate('teacher', id.mentor)).status).toBe(404); // not a student of the class
  });
});

describe('weights and ratings', () => {
  it('refuses a scheme below the school’s floor naming processPct, and bad fields by name', async () => {
    const low = await fx.api(`${gradebookPath()}/weights`, { method: 'PUT', cookie: cookie.teacher, body: { ...DEFAULT_SCHEME, processPct: 30 } });
    expect(low.status).toBe(400);
    expect(low.body.error).toMatchObject({ code: 'below_floor', field: 'processPct', floorPct: 40 });
    const bad = await fx.api(`${gradebookPath()}/weights`, { method: 'PUT', cookie: cookie.teacher, body: { ...DEFAULT_SCHEME, weights: { ...DEFAULT_SCHEME.weights, defense: 11 } } });
    expect(bad.body.error).toMatchObject({ code: 'invalid_field', field: 'weights.defense' });
    const rating = await fx.api(`${gradebookPath()}/ratings`, { method: 'PUT', cookie: cookie.teacher, body: { studentId: id.student1, indicator: 'curiosity', level: 3 } });
    expect(rating.body.error.field).toBe('indicator');
    const level = await fx.api(`${gradebookPath()}/ratings`, { method: 'PUT', cookie: cookie.teacher, body: { studentId: id.student1, indicator: 'inquiry', level: 5 } });
    expect(level.body.error.field).toBe('level');
  });

  it('saves the scheme and the ratings, each with an entry of the class’s evaluation log', async () => {
    const scheme = { processPct: 60, weights: { ...DEFAULT_SCHEME.weights, lab_activity: 0, assignments: 0 } };
    const w = ok(await fx.api(`${gradebookPath()}/weights`, { method: 'PUT', cookie: cookie.teacher, body: scheme }));
    expect(w.receipt.seq).toBe(1);
    ok(await fx.api(`${gradebookPath()}/ratings`, { method: 'PUT', cookie: cookie.teacher, body: { studentId: id.student1, indicator: 'inquiry', level: 3, remark: 'Asked why the amplitude does not matter.' } }));
    ok(await fx.api(`${gradebookPath()}/ratings`, { method: 'PUT', cookie: cookie.mentor, body: { studentId: id.student1, indicator: 'inquiry', level: 4 } }));
    const last = ok(await fx.api(`${gradebookPath()}/ratings`, { method: 'PUT', cookie: cookie.teacher, body: { studentId: id.student1, indicator: 'persistence', level: 2 } }));
    expect(last.receipt.seq).toBe(4);
    const log = await fx.store.reviews.log(`class:${classId}`);
    expect(log.map((e) => e.type)).toEqual(['weights', 'rating', 'rating', 'rating']);
    expect(log[1].payload).toMatchObject({ studentId: id.student1, indicator: 'inquiry', level: 3 });
  });
});

describe('the gradebook from the records', () => {
  it('computes each indicator, the process, result and total of a student', async () => {
    const g = ok(await fx.api(gradebookPath(), { cookie: cookie.teacher })).gradebook;
    expect(g.scheme.processPct).toBe(60);
    expect(g.schemeOf).toBe('class');
    expect(g.rows).toHaveLength(6);
    const row = g.rows.find((r: any) => r.student.id === id.student1);
    expect(row.project.id).toBe(pA);
    const by = Object.fromEntries(row.indicators.map((i: any) => [i.id, i]));
    // one table, units, 6 rows ≥ 5, R² = 1 ≥ 0.9: 100
    expect(by.data_quality).toMatchObject({ score: 100, raw: { tables: 1, rows: 6 } });
    // the only member who wrote: share 1 against 1/3, one active day of one: 60 + 40
    expect(by.contribution.score).toBe(100);
    expect(by.contribution.raw).toMatchObject({ cells: 3, rows: 6, sharePct: 100, activeDays: 1 });
    expect(by.comments_answered).toMatchObject({ score: 100, raw: { comments: 1, answered: 1, repliesByStudent: 1 } });
    expect(by.revisions).toMatchObject({ score: 100, raw: { asked: 1, resubmitted: 1 } });
    expect(by.defense.score).toBe(100);
    expect(by.lab_activity).toMatchObject({ score: 0, notes: ['nothing_yet'] }); // no lab session reported yet
    expect(by.assignments).toMatchObject({ score: null, notes: ['nothing_yet'] }); // no assignment given yet
    // inquiry: (25·3 + 25·4)/2 = 87.5; persistence 25·2 = 50; the others not rated
    expect(by.inquiry.score).toBe(87.5);
    expect(by.inquiry.sources.map((s: any) => s.raterId).sort()).toEqual([id.teacher, id.mentor].sort());
    expect(by.persistence.score).toBe(50);
    expect(by.collaboration).toMatchObject({ score: null, notes: ['not_rated'] });
    // process: weights data 2, contribution 2, comments 1, revisions 1, defense 1, inquiry 1, persistence 1 (lab and assignments 0)
    const process = (2 * 100 + 2 * 100 + 100 + 100 + 100 + 87.5 + 50) / 9;
    expect(row.process).toBe(Math.round(process * 10) / 10);
    // result: the product criteria of submission 1 (submission 2 is not scored): 80
    expect(row.result).toEqual({ score: 80, submissionNumber: 1, scorers: 1 });
    expect(row.total).toBe(Math.round((0.6 * row.process + 0.4 * 80) * 10) / 10);
    // a student of team B: nothing but the defaults
    const other = g.rows.find((r: any) => r.student.id === id.student4);
    expect(other.process).toBe(0); // their notebook is empty: data quality 0, contribution 0
    expect(other.total).toBeNull(); // no rubric score yet
    expect(g.log.seq).toBe(4);
    expect(g.log.receipt).toMatch(/^4-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  });

  it('the student’s page has the timeline and the log’s receipt', async () => {
    const own = ok(await fx.api(`${gradebookPath()}/students/me`, { cookie: cookie.student1 }));
    const kinds = own.timeline.map((e: any) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['notebook_day', 'submission', 'reply', 'decision', 'defense', 'rating']));
    expect(own.timeline.filter((e: any) => e.kind === 'submission').map((e: any) => [e.number, e.byStudent])).toEqual([[1, true], [2, true]]);
    const times = own.timeline.map((e: any) => e.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(own.log.receipt).toMatch(/^4-/);
    const lines: string[] = [];
    expect((await verifyReceipt(fx.store, own.log.receipt, (l) => lines.push(l))).ok).toBe(true);
    expect(lines.join('\n')).toContain(`class:${classId}`);
  });
});

describe('assignments', () => {
  it('count from the class’s assignments: on time, late (an extension moves the due date), missing; not yet due is left out', async () => {
    const H = 3_600_000;
    const now = Date.now();
    const a = fx.store.assignments;
    const make = (title: string, dueAt: number) => a.createAssignment({ classId, title, instructions: '', experimentId: 'pendulum', catalogRef: null, dueAt, createdBy: id.teacher, createdAt: now - 100 * H });
    const past = await make('Pendulum length', now - 48 * H);
    const extended = await make('Pendulum mass', now - 24 * H);
    await make('Later', now + 240 * H);
    await a.handIn(past.id, id.student1, now - 50 * H, '{}'); // on time
    await a.handIn(extended.id, id.student1, now - 20 * H, '{}'); // 4 h after the due date …
    await a.setExtension(extended.id, id.student1, now - 10 * H); // … but within their extension
    await a.handIn(past.id, id.student2, now - 47 * H, '{}'); // an hour late; the second one missing
    const g = ok(await fx.api(gradebookPath(), { cookie: cookie.teacher })).gradebook;
    const of = (sid: number) => g.rows.find((r: any) => r.student.id === sid).indicators.find((i: any) => i.id === 'assignments');
    // student1: two on time (100 each); student2: late 50, missing 0 (record-indicators.ts, no checks)
    expect(of(id.student1)).toMatchObject({ score: 100, raw: { assignments: 2, onTime: 2, late: 0, missing: 0 } });
    expect(of(id.student2)).toMatchObject({ score: 25, raw: { assignments: 2, onTime: 0, late: 1, missing: 1 } });
    expect(of(id.student2).sources.map((s: any) => [s.title, s.late, s.handedInAt !== null])).toEqual([['Pendulum length', true, true], ['Pendulum mass', false, false]]);
  });
});

describe('lab sessions', () => {
  it('the lab frame reports a student’s sessions; the gradebook counts sessions and runs', async () => {
    const report = (who: string, body: unknown) => fx.api('/api/lab-sessions', { method: 'POST', cookie: cookie[who], body });
    ok(await report('student1', { sessionId: 'session-aaaa-1', simulationId: 'pendulum', runs: 2, recordedRows: 3 }));
    ok(await report('student1', { sessionId: 'session-aaaa-1', simulationId: 'pendulum', runs: 5, recordedRows: 3 })); // the same session, later
    fx.clock.now += 60_000; // a minute later
    ok(await report('student1', { sessionId: 'session-bbbb-2', simulationId: 'optics-convex-lens', runs: 1, recordedRows: 0 }));
    ok(await report('student2', { sessionId: 'session-aaaa-1', simulationId: 'pendulum', runs: 99, recordedRows: 0 })); // another student's, not student1's
    expect((await report('teacher', { sessionId: 'session-cccc-3', simulationId: 'pendulum', runs: 1, recordedRows: 0 })).status).toBe(204);
    expect((await report('student1', { sessionId: 'x', simulationId: 'pendulum', runs: 1, recordedRows: 0 })).body.error.field).toBe('sessionId');
    expect((await report('student1', { sessionId: 'session-aaaa-1', simulationId: 'pendulum', runs: -1, recordedRows: 0 })).body.error.field).toBe('runs');
    expect((await fx.api('/api/lab-sessions', { method: 'POST', body: { sessionId: 'session-aaaa-1', simulationId: 'pendulum', runs: 1, recordedRows: 0 } })).status).toBe(401);
    const g = ok(await fx.api(gradebookPath(), { cookie: cookie.teacher })).gradebook;
    const lab = g.rows.find((r: any) => r.student.id === id.student1).indicators.find((i: any) => i.id === 'lab_activity');
    // 2 sessions of the target 4 and 6 runs of 12: 50·2/4 + 50·6/12 = 50 (record-indicators.ts)
    expect(lab).toMatchObject({ score: 50, raw: { sessions: 2, runs: 6, recordedRows: 3 } });
    expect(lab.sources.map((s: any) => [s.simulationId, s.runs])).toEqual([['pendulum', 5], ['optics-convex-lens', 1]]);
  });
});

describe('exports', () => {
  it('CSV: one row per student with every indicator, and the records behind them', async () => {
    const r = await fetch(`${fx.base}${gradebookPath()}/export.csv?lang=en`, { headers: { cookie: cookie.teacher } });
    expect(r.headers.get('content-type')).toContain('text/csv');
    expect(r.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark spreadsheet programs look for
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n'); // (the decoder drops the mark)
    expect(lines[0]).toBe('Student,Username,Team,Project,Lab work,Data quality,Assignments,Notebook contribution,Comments answered,Revisions made,Defense,Inquiry,Persistence,Collaboration,Communication,Scientific attitude,Process,Result,Total,Process share %');
    expect(lines).toHaveLength(7); // six students
    const s1 = lines.find((l) => l.includes(',student1,'))!;
    expect(s1).toContain(',50,100,100,100,100,100,100,87.5,50,,,,'); // lab 50 and assignments 100 (the tests above)
    const records = await (await fetch(`${fx.base}${gradebookPath()}/export.csv?table=records`, { headers: { cookie: cookie.teacher } })).text();
    expect(records.split('\r\n')[0]).toBe('学生,用户名,指标,得分,记录,时间,内容');
    expect(records).toContain(',rating,');
    expect((await fx.api(`${gradebookPath()}/export.csv?table=nope`, { cookie: cookie.teacher })).body.error.field).toBe('table');
  });

  it('XLSX: the same tables as the CSV in one workbook, scores as numbers, times as dates in the reader\'s zone', async () => {
    const r = await fetch(`${fx.base}${gradebookPath()}/export.xlsx?lang=en&tz=Asia/Shanghai`, { headers: { cookie: cookie.teacher } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await r.arrayBuffer());
    const [students, records] = wb.worksheets;
    const csv = (await (await fetch(`${fx.base}${gradebookPath()}/export.csv?lang=en`, { headers: { cookie: cookie.teacher } })).text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect((students.getRow(1).values as unknown[]).slice(1).join(',')).toBe(csv[0]);
    expect(students.rowCount).toBe(csv.length);
    const s1 = students.getRows(2, students.rowCount - 1)!.find((row) => row.getCell(2).value === 'student1')!;
    // typed: the indicator scores and the total are numbers a spreadsheet can sum, and equal the CSV's
    const csvS1 = csv.find((l) => l.includes(',student1,'))!.split(',');
    for (let col = 5; col <= 20; col++) {
      const v = s1.getCell(col).value;
      expect(v === null ? '' : String(v), `column ${col}`).toBe(csvS1[col - 1]);
      if (v !== null) expect(typeof v).toBe('number');
    }
    expect(s1.getCell(5).value).toBe(50); // lab work, as in the CSV test above

    // the records: one row per record as in the CSV, the time a date cell 8 h ahead of UTC (Asia/Shanghai, no DST since 1991)
    const csvRecords = (await (await fetch(`${fx.base}${gradebookPath()}/export.csv?table=records&lang=en`, { headers: { cookie: cookie.teacher } })).text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(records.rowCount).toBe(csvRecords.length);
    expect(records.getCell('F1').value).toBe('Time (Asia/Shanghai)');
    const rating = records.getRows(2, records.rowCount - 1)!.find((row) => row.getCell(5).value === 'rating')!;
    const csvRating = csvRecords.find((l) => l.split(',')[4] === 'rating' && l.startsWith(`${rating.getCell(1).value},${rating.getCell(2).value},${rating.getCell(3).value},`))!;
    const utc = Date.parse(csvRating.split(',')[5]);
    expect(rating.getCell(6).value).toBeInstanceOf(Date);
    expect((rating.getCell(6).value as Date).getTime() - utc).toBe(8 * 3600_000);
    expect(rating.getCell(6).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(typeof rating.getCell(4).value).toBe('number');

    const badTz = await fx.api(`${gradebookPath()}/export.xlsx?tz=Mars/Olympus`, { cookie: cookie.teacher });
    expect([badTz.status, badTz.body.error.field]).toEqual([400, 'tz']);
  });

  it('xAPI: JSON lines of statements valid against the xAPI 1.0.3 schema, the ratings with their rater', async () => {
    const r = await fetch(`${fx.base}${gradebookPath()}/export.xapi`, { headers: { cookie: cookie.teacher } });
    expect(r.headers.get('content-disposition')).toContain('.jsonl');
    const statements = (await r.text()).trim().split('\n').map((l) => JSON.parse(l));
    const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../support/xapi-1.0.3-statement.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const s of statements) expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
    const ratings = statements.filter((s) => s.verb.id.endsWith('/scored') && s.result.score.max === 4);
    expect(ratings).toHaveLength(3);
    expect(ratings.map((s) => s.context.instructor.account.name).sort()).toEqual([String(id.teacher), String(id.teacher), String(id.mentor)].sort());
    expect(statements.some((s) => s.verb.id.endsWith('/passed'))).toBe(true);
  });
});

describe('verify-reviews', () => {
  it('checks the class’s evaluation log with the project logs, and names a rating edited behind the server', async () => {
    const lines: string[] = [];
    const before = await verifyAll(fx.store, (l) => lines.push(l));
    expect(before.broken).toBe(0);
    expect(lines.some((l) => l.startsWith(`OK      class:${classId}  4 entries`))).toBe(true);
    await fx.sql('UPDATE evaluation_ratings SET level = 4 WHERE student_id = ? AND indicator = ?', id.student1, 'persistence');
    const after: string[] = [];
    const r = await verifyAll(fx.store, (l) => after.push(l));
    expect(r.broken).toBe(1);
    expect(after.find((l) => l.startsWith('BROKEN'))).toMatch(new RegExp(`class:${classId} .*rating of persistence for student ${id.student1} by user ${id.teacher} was changed after entry 4`));
    await fx.sql('UPDATE evaluation_ratings SET level = 2 WHERE student_id = ? AND indicator = ?', id.student1, 'persistence');
    await fx.sql('UPDATE evaluation_schemes SET scheme = ? WHERE class_id = ?', JSON.stringify({ ...DEFAULT_SCHEME, processPct: 10 }), classId);
    const again: string[] = [];
    expect((await verifyAll(fx.store, (l) => again.push(l))).broken).toBe(1);
    expect(again.join('\n')).toContain(`weight scheme of class ${classId} was changed after entry 1`);
  });
});
