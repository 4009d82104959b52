/**
 * Review rubrics: criteria with weights and level descriptions in zh-CN and en. Every school starts from
 * DEFAULT_RUBRIC (research question, method and variables, data quality, analysis, conclusion, and the
 * process qualities teamwork, communication, self-management); its teachers may change the weights and
 * level texts. A rubric is content, not UI text, so it carries both languages itself.
 *
 * Score: each criterion gets a level 1…n (n = its number of levels). The weighted total, 0–100, is
 *   total = 100 · Σ wᵢ·(levelᵢ / nᵢ) / Σ wᵢ
 * (the usual weighted analytic-rubric percentage, e.g. Brookhart, "How to Create and Use Rubrics", 2013).
 */
export { RUBRIC_LOCALES, RubricSchema, type LocalizedText, type Rubric, type RubricCriterion } from '../../projects/contracts/review';
import type { LocalizedText, Rubric, RubricCriterion } from '../../projects/contracts/review';

const L = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

function criterion(id: string, group: 'product' | 'process', name: LocalizedText, weight: number, levels: [LocalizedText, LocalizedText, LocalizedText, LocalizedText]): RubricCriterion {
  return { id, group, name, weight, levels: levels.map((description) => ({ description })) };
}

export const DEFAULT_RUBRIC: Rubric = {
  criteria: [
    criterion('research_question', 'product', L('研究问题', 'Research question'), 15, [
      L('问题不清楚，或无法通过实验回答。', 'The question is unclear or cannot be answered by an experiment.'),
      L('问题大致清楚，但范围过大或没有说明要比较什么。', 'The question is roughly clear but too broad, or does not say what is compared.'),
      L('问题清楚、可检验，说明了研究对象和要测的量。', 'The question is clear and testable, naming what is studied and measured.'),
      L('问题聚焦、可检验，并有依据地提出了假设。', 'The question is focused and testable, with a reasoned hypothesis.'),
    ]),
    criterion('method_variables', 'product', L('方法与变量', 'Method and variables'), 15, [
      L('没有说明实验步骤或变量。', 'Steps or variables are not described.'),
      L('列出了步骤，但自变量、因变量或控制变量不完整。', 'Steps are listed, but independent, dependent or controlled variables are incomplete.'),
      L('步骤可重复，三类变量明确，控制了主要干扰因素。', 'Steps are repeatable, all three kinds of variables are named, and the main disturbances are controlled.'),
      L('方法设计严谨，说明了为何这样控制变量，并考虑了重复测量。', 'The design is rigorous, explains the choice of controls and plans repeated measurements.'),
    ]),
    criterion('data_quality', 'product', L('数据质量', 'Data quality'), 15, [
      L('数据很少、缺少单位或明显有误。', 'Little data, missing units, or obvious errors.'),
      L('数据基本完整，但单位、有效数字或重复次数有欠缺。', 'Data are mostly complete but units, significant figures or repetitions fall short.'),
      L('数据完整，有单位和合理的有效数字，并有重复测量。', 'Data are complete, with units, sensible significant figures and repeated measurements.'),
      L('数据充分可靠，讨论了测量误差的来源和大小。', 'Data are ample and reliable, with the sources and size of measurement error discussed.'),
    ]),
    criterion('analysis', 'product', L('数据分析', 'Analysis'), 15, [
      L('没有分析，或分析与数据无关。', 'No analysis, or the analysis does not use the data.'),
      L('有图表，但没有说明规律或方法不当。', 'There are charts, but no pattern is stated or the method is unsuitable.'),
      L('用恰当的图表和计算找出了规律。', 'Suitable charts and calculations reveal the pattern.'),
      L('分析深入，如线性化、拟合并给出不确定度，且与理论比较。', 'The analysis goes deep (linearizing, fitting with uncertainty) and is compared with theory.'),
    ]),
    criterion('conclusion', 'product', L('结论', 'Conclusion'), 15, [
      L('没有结论，或结论与数据矛盾。', 'No conclusion, or it contradicts the data.'),
      L('有结论，但没有回答研究问题或缺少证据。', 'A conclusion is given but does not answer the question or lacks evidence.'),
      L('结论回答了研究问题，并用数据作为证据。', 'The conclusion answers the question, with the data as evidence.'),
      L('结论有据，指出了局限并提出了改进或新的问题。', 'The conclusion is well supported, names limits and proposes improvements or new questions.'),
    ]),
    criterion('teamwork', 'process', L('团队合作', 'Teamwork'), 10, [
      L('主要由一人完成，成员之间很少合作。', 'Mostly one person’s work; little collaboration.'),
      L('有分工，但合作不均衡。', 'Work is divided, but contributions are uneven.'),
      L('分工合理，成员都有实质贡献并互相支持。', 'Work is well divided; every member contributes and helps the others.'),
      L('合作默契，能共同解决分歧并互相学习。', 'The team works smoothly, resolves disagreements together and learns from each other.'),
    ]),
    criterion('communication', 'process', L('表达与交流', 'Communication'), 10, [
      L('表达混乱，难以理解。', 'Hard to follow.'),
      L('基本能说明做了什么，但条理不够清楚。', 'Says what was done, but not in a clear order.'),
      L('表达清楚有条理，图表和文字配合得当。', 'Clear and well ordered; charts and text support each other.'),
      L('表达准确生动，能清楚回答提问并接受反馈。', 'Precise and engaging; answers questions clearly and takes up feedback.'),
    ]),
    criterion('self_management', 'process', L('自我管理', 'Self-management'), 5, [
      L('经常错过期限，需要反复提醒。', 'Often misses deadlines and needs repeated reminders.'),
      L('大多按时完成，但计划性不足。', 'Mostly on time, but with little planning.'),
      L('有计划地推进，按时完成各阶段任务。', 'Works to a plan and finishes each stage on time.'),
      L('主动规划和反思，根据反馈及时调整。', 'Plans and reflects on their own, adjusting quickly to feedback.'),
    ]),
  ],
};

export class RubricScoreError extends Error {
  constructor(
    message: string,
    readonly field: string,
    /** The refusal's name and values (server/http/error-reasons.ts). */
    readonly reason: 'rubric_unknown_criterion' | 'rubric_level_missing' | 'rubric_level_range',
    readonly params: Record<string, string | number>,
  ) {
    super(message);
  }
}

export interface RubricScore {
  /** Chosen level per criterion id, 1…n. */
  levels: Record<string, number>;
  /** Weighted total, 0–100, rounded to 0.1. */
  total: number;
}

/** Checks that every criterion has a whole level 1…n and no unknown criterion is scored; returns the total. */
export function scoreRubric(rubric: Rubric, levels: Record<string, number>): RubricScore {
  const known = new Set(rubric.criteria.map((c) => c.id));
  for (const id of Object.keys(levels)) {
    if (!known.has(id)) throw new RubricScoreError(`levels.${id}: not a criterion of this rubric (allowed: ${[...known].join(', ')})`, `levels.${id}`, 'rubric_unknown_criterion', { allowed: [...known].join(', ') });
  }
  let weighted = 0;
  let weights = 0;
  for (const c of rubric.criteria) {
    const level = levels[c.id];
    const n = c.levels.length;
    if (level === undefined) throw new RubricScoreError(`levels.${c.id}: required; choose a level from 1 to ${n}`, `levels.${c.id}`, 'rubric_level_missing', { max: n });
    if (!Number.isInteger(level) || level < 1 || level > n) throw new RubricScoreError(`levels.${c.id}: must be a whole number from 1 to ${n}; got ${level}`, `levels.${c.id}`, 'rubric_level_range', { max: n, got: level });
    weighted += c.weight * (level / n);
    weights += c.weight;
  }
  return { levels: { ...levels }, total: Math.round((1000 * weighted) / weights) / 10 };
}
