/**
 * The process-evaluation indicators (issue #20): what each one measures, how its score is computed, and
 * for the soft ones the descriptor scale a teacher or mentor rates on. Students see these definitions
 * beside their numbers. Like the rubric (server/review/rubric.ts), this is content that both the app and
 * the server's exports (CSV headers, xAPI activity names) need in both languages, so the two languages
 * stand side by side here rather than in src/i18n.
 *
 * Hard indicators are computed from records (server/evaluation/hard-indicators.ts); each scores 0–100 or
 * "does not apply" (no comments to answer, no revision asked for, no defense held), and an indicator that
 * does not apply leaves the weighted mean (weights.ts). Soft indicators are rated 1–4 and score 25·level.
 */

export interface Bilingual {
  'zh-CN': string;
  en: string;
}
const L = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

export const HARD_INDICATORS = ['lab_activity', 'data_quality', 'assignments', 'contribution', 'comments_answered', 'revisions', 'defense'] as const;
export type HardIndicatorId = (typeof HARD_INDICATORS)[number];
export const SOFT_INDICATORS = ['inquiry', 'persistence', 'collaboration', 'communication', 'scientific_attitude'] as const;
export type SoftIndicatorId = (typeof SOFT_INDICATORS)[number];
export const INDICATORS = [...HARD_INDICATORS, ...SOFT_INDICATORS] as const;
export type IndicatorId = (typeof INDICATORS)[number];

export const isHardIndicator = (id: string): id is HardIndicatorId => (HARD_INDICATORS as readonly string[]).includes(id);
export const isSoftIndicator = (id: string): id is SoftIndicatorId => (SOFT_INDICATORS as readonly string[]).includes(id);

/** Targets the hard scores are measured against (in the definitions students read, too). */
export const TARGETS = {
  /** lab_activity: full marks at this many lab sessions … */
  labSessions: 4,
  /** … and this many runs (each half of the score). */
  labRuns: 12,
  /** data_quality: a table has enough points from this many rows. */
  dataPoints: 5,
  /** data_quality: a fit this good (R²) or better counts fully. */
  fitRSquared: 0.9,
  /** contribution: active on this many days (or every day the team worked, if fewer) counts fully. */
  activeDays: 5,
} as const;

/** What a defense's outcome scores. */
export const DEFENSE_SCORES = { passed: 100, revise: 60, failed: 20 } as const;

/** The soft scale: four levels, from "beginning" to "excellent". */
export const SOFT_LEVELS = [1, 2, 3, 4] as const;
export type SoftLevel = (typeof SOFT_LEVELS)[number];
export const softScore = (level: number) => 25 * level;

export interface IndicatorDefinition {
  id: IndicatorId;
  kind: 'hard' | 'soft';
  name: Bilingual;
  /** What it measures and how the score comes about: shown to students beside their number. */
  definition: Bilingual;
  /** Soft indicators: one descriptor per level 1…4. */
  levels?: [Bilingual, Bilingual, Bilingual, Bilingual];
}

const t = TARGETS;

export const INDICATOR_DEFINITIONS: Record<IndicatorId, IndicatorDefinition> = {
  lab_activity: {
    id: 'lab_activity', kind: 'hard', name: L('实验操作', 'Lab work'),
    definition: L(
      `在虚拟实验室里做的实验次数和运行次数（每次打开实验为一次实验，每次按“开始”为一次运行）。${t.labSessions} 次实验和 ${t.labRuns} 次运行各得一半分数。`,
      `Lab sessions and runs in the virtual lab (each time an experiment is opened is a session, each press of Start a run). ${t.labSessions} sessions and ${t.labRuns} runs each give half of the score.`,
    ),
  },
  data_quality: {
    id: 'data_quality', kind: 'hard', name: L('数据质量', 'Data quality'),
    definition: L(
      `项目中每张有数据的表格：每列都有单位、至少 ${t.dataPoints} 行数据、有拟合且 R² ≥ ${t.fitRSquared}，各占三分之一；取所有表格的平均。整个小组相同。`,
      `Every table with data in the project: units on every column, at least ${t.dataPoints} rows, and a fit with R² ≥ ${t.fitRSquared} each count a third; averaged over the tables. The same for the whole team.`,
    ),
  },
  assignments: {
    id: 'assignments', kind: 'hard', name: L('作业完成', 'Assignments'),
    definition: L(
      '布置给你的每份已到期或已提交的作业：按时提交得一半（迟交得四分之一），自动检查通过的比例得另一半（没有检查时全看是否按时）。',
      'Every assignment given to you that is due or handed in: on time gives half (late a quarter), the share of automatic checks passed the other half (without checks, timeliness counts for all of it).',
    ),
  },
  contribution: {
    id: 'contribution', kind: 'hard', name: L('笔记贡献', 'Notebook contribution'),
    definition: L(
      `你在小组笔记中写的字数、新建的单元格（每个算 100 字）和记录的数据行（每行算 10 字）占小组的比例，与平均分配相比得 60 分；有编辑的天数（满 ${t.activeDays} 天，或小组工作的天数）得 40 分。移动单元格算作编辑，不算字数。`,
      `Your share of the team notebook's characters, new cells (100 characters each) and recorded data rows (10 each), against an even split, gives 60 points; the days you edited (${t.activeDays}, or every day the team worked if fewer) give 40. Moving cells counts as editing, not as characters.`,
    ),
  },
  comments_answered: {
    id: 'comments_answered', kind: 'hard', name: L('回应评论', 'Comments answered'),
    definition: L(
      '导师对提交稿的评论中，小组回复或标记为已解决的比例。没有评论时不计入。',
      "The share of the mentor's comments on the submissions that the team replied to or resolved. Left out when there are no comments.",
    ),
  },
  revisions: {
    id: 'revisions', kind: 'hard', name: L('修改完善', 'Revisions made'),
    definition: L(
      '导师要求修改后，小组重新提交的比例。没有要求修改时不计入。',
      'The share of requests to revise that the team followed with a new submission. Left out when no revision was asked for.',
    ),
  },
  defense: {
    id: 'defense', kind: 'hard', name: L('项目答辩', 'Defense'),
    definition: L(
      `已记录的答辩结果：通过 ${DEFENSE_SCORES.passed} 分，需修改 ${DEFENSE_SCORES.revise} 分，未通过 ${DEFENSE_SCORES.failed} 分。还没有答辩记录时不计入。`,
      `The recorded defense outcome: passed ${DEFENSE_SCORES.passed}, revise ${DEFENSE_SCORES.revise}, failed ${DEFENSE_SCORES.failed}. Left out until a defense is recorded.`,
    ),
  },
  inquiry: {
    id: 'inquiry', kind: 'soft', name: L('探究精神', 'Inquiry'),
    definition: L('提出问题、设计方法去回答问题的主动性。由老师或导师按四级描述评定。', 'Asking questions and finding ways to answer them. Rated by the teacher or mentor on four described levels.'),
    levels: [
      L('只在提示下提出问题。', 'Asks questions only when prompted.'),
      L('会提出问题，但较少想办法去验证。', 'Asks questions but seldom looks for ways to test them.'),
      L('主动提出可检验的问题，并设计实验去回答。', 'Asks testable questions and designs experiments to answer them.'),
      L('不断追问“为什么”，由结果提出新的问题并继续探究。', 'Keeps asking why; turns results into new questions and follows them up.'),
    ],
  },
  persistence: {
    id: 'persistence', kind: 'soft', name: L('坚持不懈', 'Persistence'),
    definition: L('遇到失败或困难时是否坚持并调整方法。由老师或导师按四级描述评定。', 'Keeping going and adjusting when things fail. Rated by the teacher or mentor on four described levels.'),
    levels: [
      L('遇到困难很快放弃。', 'Gives up soon when something goes wrong.'),
      L('在帮助下能继续，但很少自己调整方法。', 'Carries on with help, but seldom changes approach alone.'),
      L('失败后自己查找原因，调整后再试。', 'Looks for the cause of a failure and tries again with changes.'),
      L('把失败当作线索，系统地排除问题，直到得到可靠结果。', 'Treats failures as clues and works through them systematically to a reliable result.'),
    ],
  },
  collaboration: {
    id: 'collaboration', kind: 'soft', name: L('团队协作', 'Collaboration'),
    definition: L('在小组中分担工作、倾听和帮助他人。由老师或导师按四级描述评定。', 'Sharing the work, listening to and helping teammates. Rated by the teacher or mentor on four described levels.'),
    levels: [
      L('很少参与小组工作。', 'Takes little part in the team’s work.'),
      L('完成分到的任务，但较少与组员交流。', 'Does the assigned part but talks little with the team.'),
      L('积极分担，倾听组员意见并互相帮助。', 'Shares the work, listens to teammates and helps them.'),
      L('推动小组合作，协调分歧，让每个人都能发挥作用。', 'Moves the team forward, settles disagreements and makes room for everyone.'),
    ],
  },
  communication: {
    id: 'communication', kind: 'soft', name: L('表达交流', 'Communication'),
    definition: L('用文字、图表和口头清楚地说明做了什么、发现了什么。由老师或导师按四级描述评定。', 'Explaining clearly in writing, charts and speech what was done and found. Rated by the teacher or mentor on four described levels.'),
    levels: [
      L('表达不清楚，别人难以理解。', 'Hard for others to follow.'),
      L('能说明做了什么，但条理不够清楚。', 'Says what was done, but not in a clear order.'),
      L('表达清楚有条理，图文配合得当。', 'Clear and well ordered; words and charts support each other.'),
      L('表达准确，能针对听众调整，并能清楚回答提问。', 'Precise, suited to the audience, and answers questions clearly.'),
    ],
  },
  scientific_attitude: {
    id: 'scientific_attitude', kind: 'soft', name: L('科学态度', 'Scientific attitude'),
    definition: L('如实记录数据、尊重证据、认真对待误差。由老师或导师按四级描述评定。', 'Recording data honestly, following the evidence and taking errors seriously. Rated by the teacher or mentor on four described levels.'),
    levels: [
      L('记录随意，有时修改数据去迎合预期。', 'Records carelessly; sometimes bends data towards what was expected.'),
      L('如实记录，但很少考虑误差和不一致的结果。', 'Records honestly but seldom considers errors or results that disagree.'),
      L('如实记录全部数据，讨论误差和异常值。', 'Records all data honestly and discusses errors and outliers.'),
      L('严谨求实，主动检验结论，愿意根据证据改变看法。', 'Rigorous; tests conclusions and changes their mind when the evidence says so.'),
    ],
  },
};

export function indicatorName(id: IndicatorId, locale: string): string {
  return INDICATOR_DEFINITIONS[id].name[locale === 'zh-CN' ? 'zh-CN' : 'en'];
}
