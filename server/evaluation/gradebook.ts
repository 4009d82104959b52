/**
 * A class's gradebook from the records in the store: for every student, each indicator's score with the
 * records behind it, the process score under the class's weight scheme, the result (rubric product
 * criteria) and the total.
 *
 * Where the numbers come from:
 * - the student's project: their team's project in this class that is furthest along the review
 *   (approved, revising, in review, submitted, draft), the most recently updated among equals (none: only
 *   the soft indicators and the records of the student themselves count);
 * - data quality and notebook contribution: that project's notebook (the live document);
 * - comments answered, revisions, defense, result: its review records;
 * - soft indicators: the ratings of the class;
 * - assignments: the class's assignments and the student's hand-ins (`assignmentWork`, assignmentWorkForEvaluation in server/classroom/assignment-routes.ts);
 * - lab work: the sessions the student's lab frame reported (`labSessions`, lab-activity-routes.ts).
 *
 * Reads are per class and per project (one query per table, not one per student).
 */
import type * as Y from 'yjs';
import { HARD_INDICATORS, SOFT_INDICATORS, type IndicatorId } from '../../projects/evaluation/indicators';
import { DEFAULT_POLICY, processScore, totalScore, type IndicatorScores, type SchoolPolicy, type WeightScheme } from '../../projects/evaluation/weights';
import type { ClassRecord, ProjectRecord, TeamRecord, UserRecord } from '../store/records';
import type { CommentRecord, DefenseRecord, ScoreRecord, SubmissionRecord } from '../store/review-records';
import type { Store } from '../store/store';
import { evaluationLogId } from './evaluation-records';
import type { IndicatorResult } from '../../projects/evaluation/indicator-result';
import { contributions, dataQuality } from './notebook-indicators';
import { assignmentsDone, commentsAnswered, defenseHeld, labActivity, revisionsMade, type AssignmentWork, type LabSessionRecord } from './record-indicators';
import { resultScore, type ResultScore } from './result-score';
import { softIndicator } from './soft-indicators';

export interface GradebookSources {
  store: Store;
  /** The project's current document (the sync service's live copy). The caller destroys it. */
  loadDoc(projectId: string): Promise<Y.Doc>;
  now(): number;
  /** Lab sessions of these students, when the server records them. */
  labSessions?: (studentIds: readonly number[]) => Promise<LabSessionRecord[]>;
  /** Each student's assignments of the class, when the server records them. */
  assignmentWork?: (classId: number, studentIds: readonly number[]) => Promise<Map<number, AssignmentWork[]>>;
}

export interface Person {
  id: number;
  displayName: string;
  username: string;
}

export interface ProjectRecords {
  project: ProjectRecord;
  submissions: SubmissionRecord[];
  scores: Map<string, ScoreRecord[]>;
  comments: CommentRecord[];
  defenses: DefenseRecord[];
}

export interface GradebookRow {
  student: Person;
  team: { id: number; name: string } | null;
  project: { id: string; title: string; status: string } | null;
  indicators: IndicatorResult[];
  process: number | null;
  /** Each counted indicator's share of the process score (0–1). */
  shares: Partial<Record<IndicatorId, number>>;
  result: ResultScore;
  total: number | null;
}

export interface ClassGradebook {
  class: { id: number; name: string; schoolId: number; teacherId: number };
  scheme: WeightScheme;
  /** Whether the class has its own scheme or uses the school's default. */
  schemeOf: 'class' | 'school';
  floorPct: number;
  /** The class's own scheme gives the process less than the school's floor (saved before the floor was raised). */
  belowFloor: boolean;
  rows: GradebookRow[];
  /** The newest entry of the class's evaluation log (ratings, weight changes) with its receipt. */
  log: { seq: number; receipt: string | null } | null;
  generatedAt: number;
  /** The review records behind each project (the student page's timeline reads them). */
  records: Map<string, ProjectRecords>;
}

/** The school's policy (floor and default scheme) as its administrator set it; none set: the default (process ≥ 40 %). */
export async function schoolPolicy(store: Store, schoolId: number): Promise<SchoolPolicy> {
  const p = await store.reviews.policyOfSchool(schoolId);
  return p ? { floorPct: p.floorPct, scheme: p.scheme } : DEFAULT_POLICY;
}

const STAGE = ['approved', 'revising', 'in_review', 'submitted', 'draft'];
const stage = (status: string) => (STAGE.includes(status) ? STAGE.indexOf(status) : STAGE.length);
const furthestFirst = (a: ProjectRecord, b: ProjectRecord) => stage(a.status) - stage(b.status) || b.updatedAt - a.updatedAt || a.createdAt - b.createdAt || a.id.localeCompare(b.id);

const person = (u: UserRecord): Person => ({ id: u.id, displayName: u.displayName, username: u.username });

const notRecorded = (id: 'lab_activity' | 'assignments'): IndicatorResult => ({ id, score: null, raw: {}, sources: [], notes: ['not_recorded'] });

async function projectRecords(store: Store, project: ProjectRecord): Promise<ProjectRecords> {
  const [submissions, defenses] = await Promise.all([store.reviews.submissionsOfProject(project.id), store.reviews.defensesOfProject(project.id)]);
  const scores = new Map<string, ScoreRecord[]>();
  const comments: CommentRecord[] = [];
  for (const s of submissions) {
    const [sc, cm] = await Promise.all([store.reviews.scoresOfSubmission(s.id), store.reviews.commentsOfSubmission(s.id)]);
    scores.set(s.id, sc);
    comments.push(...cm);
  }
  return { project, submissions, scores, comments, defenses };
}

export async function classGradebook(src: GradebookSources, cls: ClassRecord, onlyStudentId?: number): Promise<ClassGradebook> {
  const { store } = src;
  const now = src.now();
  const [allStudents, teams, teacher, ratings, own, policy, head] = await Promise.all([
    store.classes.studentsOfClass(cls.id),
    store.classes.teamsOfClass(cls.id),
    store.accounts.userById(cls.teacherId),
    store.reviews.ratingsOfClass(cls.id),
    store.reviews.weightsOfClass(cls.id),
    schoolPolicy(store, cls.schoolId),
    store.reviews.logHead(evaluationLogId(cls.id)),
  ]);
  const students = onlyStudentId === undefined ? allStudents : allStudents.filter((s) => s.id === onlyStudentId);
  const scheme = own?.scheme ?? policy.scheme;

  // teams, their members and their latest project
  const teamOf = new Map<number, TeamRecord>();
  const found = await store.classes.teamMemberIdsOf(teams.map((t) => t.id)); // one statement for every team
  const membersOf = new Map<number, number[]>();
  for (const t of teams) {
    const ids = found.get(t.id) ?? [];
    membersOf.set(t.id, ids);
    for (const id of ids) teamOf.set(id, t);
  }
  const projectOfTeam = new Map<number, ProjectRecord>();
  if (teacher) {
    const candidates = await store.projects.projectsForUser(teacher);
    const facts = await store.projects.accessFactsOf(candidates.map((p) => p.id));
    for (const p of [...candidates].sort(furthestFirst)) {
      const f = facts.get(p.id);
      if (f && f.classId === cls.id && !projectOfTeam.has(f.teamId)) projectOfTeam.set(f.teamId, p);
    }
  }
  const wantedTeams = new Set(students.map((s) => teamOf.get(s.id)?.id).filter((id): id is number => id !== undefined));

  // per project: the notebook's figures and the review records
  const records = new Map<string, ProjectRecords>();
  const quality = new Map<string, IndicatorResult>();
  const contribution = new Map<string, Map<number, IndicatorResult>>();
  for (const [teamId, p] of projectOfTeam) {
    if (!wantedTeams.has(teamId)) continue;
    const doc = await src.loadDoc(p.id);
    try {
      quality.set(p.id, dataQuality(doc));
      contribution.set(p.id, contributions(doc, membersOf.get(teamId) ?? []));
    } finally {
      doc.destroy();
    }
    records.set(p.id, await projectRecords(store, p));
  }

  const studentIds = students.map((s) => s.id);
  const sessions = src.labSessions ? await src.labSessions(studentIds) : null;
  const work = src.assignmentWork ? await src.assignmentWork(cls.id, studentIds) : null;

  const rows: GradebookRow[] = students.map((s) => {
    const team = teamOf.get(s.id) ?? null;
    const project = team ? (projectOfTeam.get(team.id) ?? null) : null;
    const rec = project ? records.get(project.id) : undefined;
    const members = team ? (membersOf.get(team.id) ?? []) : [];
    const hard: Record<(typeof HARD_INDICATORS)[number], IndicatorResult> = {
      lab_activity: sessions ? labActivity(sessions.filter((x) => x.userId === s.id)) : notRecorded('lab_activity'),
      data_quality: (project && quality.get(project.id)) || { id: 'data_quality', score: null, raw: {}, sources: [], notes: ['nothing_yet'] },
      assignments: work ? assignmentsDone(work.get(s.id) ?? [], now) : notRecorded('assignments'),
      contribution: (project && contribution.get(project.id)?.get(s.id)) || { id: 'contribution', score: null, raw: {}, sources: [], notes: ['nothing_yet'] },
      comments_answered: commentsAnswered(rec?.comments ?? [], rec?.submissions ?? [], members, s.id),
      revisions: revisionsMade(rec?.submissions ?? []),
      defense: defenseHeld(rec?.defenses ?? []),
    };
    const indicators = [...HARD_INDICATORS.map((id) => hard[id]), ...SOFT_INDICATORS.map((id) => softIndicator(id, ratings.filter((r) => r.studentId === s.id)))];
    const scores: IndicatorScores = Object.fromEntries(indicators.map((i) => [i.id, i.score]));
    const proc = processScore(scheme, scores);
    const result = rec ? resultScore(rec.submissions, rec.scores) : { score: null, submissionNumber: null, scorers: 0 };
    return {
      student: person(s),
      team: team && { id: team.id, name: team.name },
      project: project && { id: project.id, title: project.title, status: project.status },
      indicators,
      process: proc.score,
      shares: proc.shares,
      result,
      total: totalScore(scheme, proc.score, result.score),
    };
  });
  rows.sort((a, b) => a.student.displayName.localeCompare(b.student.displayName, 'zh-CN') || a.student.id - b.student.id);

  return {
    class: { id: cls.id, name: cls.name, schoolId: cls.schoolId, teacherId: cls.teacherId },
    scheme,
    schemeOf: own ? 'class' : 'school',
    floorPct: policy.floorPct,
    belowFloor: scheme.processPct < policy.floorPct,
    rows,
    log: head ? { seq: head.seq, receipt: await store.reviews.receipt(evaluationLogId(cls.id), head.seq) } : null,
    generatedAt: now,
    records,
  };
}
