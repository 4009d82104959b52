/** A program's error about a choice parameter lists the allowed values the reader's way, in both languages. */
import { describe, expect, it } from 'vitest';
import { codeErrorText } from './code-error-words';
import { LabSession, type LabOutput } from './runtime/lab';
import { CodeError } from './runtime/errors';
import { registryExperiments } from './runtime/experiments';
import type { Translate } from '../../simulations/core/word-list';
import { catalogueTranslator, type Lang } from '../../test/support/catalogue-translator';

const translator = (lang: Lang) => catalogueTranslator(lang, ['app', 'coding']);

describe('codeErrorText', () => {
  it("says a choice parameter's allowed values as a list in the reader's way", async () => {
    const lab = new LabSession(registryExperiments, {} as LabOutput); // setParam writes nothing out
    const use = lab.use('collisions', null);
    for (let step = use.next(); !step.done; ) step = use.next(await (step.value as { await: Promise<unknown> }).await);
    let err: CodeError | null = null;
    try {
      lab.setParam('mode', 'tracks', null);
    } catch (e) {
      err = e as CodeError;
    }
    expect(err?.values).toMatchObject({ name: 'mode', value: 'tracks', allowed: 'track | table', choices: 'track table' });
    expect(codeErrorText(err!.code, err!.values, translator('zh-CN'))).toBe('mode 不能取 tracks。允许的范围：track或table。');
    expect(codeErrorText(err!.code, err!.values, translator('en'))).toBe('tracks is not allowed for mode. Allowed: track or table.');
  });

  it('leaves a range as it is', () => {
    expect(codeErrorText('badParameterValue', { name: 'angleDeg', value: '120', allowed: '-90 … 90 °' }, translator('zh-CN'))).toBe('angleDeg 不能取 120。允许的范围：-90 … 90 °。');
  });
});
