import { describe, expect, it } from 'vitest';
import { FIT_ERROR_REASONS, FitError, fitLinear } from '../../../projects/fit';
import { format } from '../../i18n/locale';
import en from '../../i18n/en/notebook.json';
import zh from '../../i18n/zh-CN/notebook.json';
import { fitProblemText } from './fit-problem';

const translator = (messages: Record<string, string>) => (key: string, vars?: Record<string, string | number>) => (key in messages ? format(messages[key], vars) : key);

describe('why a chart has no fit, in the user’s language (issue #14, item 8)', () => {
  it('a linear fit on one point is explained in Chinese, with the fit kind translated', () => {
    let problem;
    try {
      fitLinear([1], [2]);
    } catch (e) {
      problem = { reason: (e as FitError).reason, vars: (e as FitError).vars };
    }
    expect(fitProblemText(problem!, translator(zh))).toBe('无法拟合：一次函数拟合至少需要 2 个数据点，图中只有 1 个。');
    expect(fitProblemText(problem!, translator(en))).toBe('No fit: a linear fit needs at least 2 points; the chart has 1.');
  });
  it('every reason has a sentence in both languages, and the Chinese one has no English words', () => {
    const vars = { kind: 'power', min: 2, n: 1, point: 2, x: -1, y: 0 };
    for (const reason of FIT_ERROR_REASONS) {
      const zhText = fitProblemText({ reason, vars }, translator(zh));
      expect(zhText, reason).not.toContain('notebook.chart');
      expect(fitProblemText({ reason, vars }, translator(en)), reason).not.toContain('notebook.chart');
      expect(zhText.match(/[A-Za-z]{2,}/g), `${reason}: ${zhText}`).toBeNull();
    }
  });
});
