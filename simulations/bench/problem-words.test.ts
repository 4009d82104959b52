/**
 * A setup problem (and a refusal's values) in the reader's language: the rule's words from errors.json with its
 * values filled in, type words translated, the English only when the rule has no words.
 */
import { describe, expect, it } from 'vitest';
import { setupProblemText, wordedParams, type Translate } from './problem-words';
import { parseSetup, parseSetupText, type SetupError } from './setup';
import { MAX_SETUP_JSON_BYTES, readSetupFile } from './share';
import { SETUP_RULES } from './setup-shape';
import { benchPreset } from '../bench-presets';
import { catalogue, catalogueTranslator, type Lang } from '../../test/support/catalogue-translator';

const translator = (lang: Lang) => catalogueTranslator(lang, ['errors', 'app']);
const zh = translator('zh-CN');
const en = translator('en');
const bench = benchPreset('circuit-ohms-law')!;
const good = { version: 2, bench: bench.catalog.bench, parts: [{ id: 'c1', kind: 'cell', xM: 0, yM: 0, rotDeg: 0, props: {} }], links: [] };
const problemsOf = (setup: unknown) => {
  const r = parseSetup(setup, bench.catalog);
  if (r.ok) throw new Error('expected problems');
  return r.errors;
};

describe('setup problems in the reader language', () => {
  it('says a range, a pattern and a type in Chinese, with the values', () => {
    const [range] = problemsOf({ ...good, parts: [{ ...good.parts[0], xM: 500 }] });
    expect(setupProblemText(range, zh)).toBe('parts[0].xM：应为 -100 到 100 之间的数；收到的是 500');
    const [pattern] = problemsOf({ ...good, parts: [{ ...good.parts[0], id: '9x' }] });
    expect(setupProblemText(pattern, zh)).toBe('parts[0].id：编号应以字母开头，后接最多 23 个字母、数字、_ 或 -；收到的是“9x”');
    const [type] = problemsOf({ ...good, parts: 'none' });
    expect(setupProblemText(type, zh)).toBe('parts：应为列表，收到的是文本');
    const [kind] = problemsOf({ ...good, parts: [{ ...good.parts[0], kind: 'flux' }] });
    expect(setupProblemText(kind, zh)).toMatch(/^parts\[0\]\.kind：没有“flux”这种器材；可用的器材：.*cell/);
    const read = parseSetupText('{nope', bench.catalog);
    if (read.ok) throw new Error('expected a problem');
    const [file] = read.errors;
    expect(setupProblemText(file, zh)).toBe('(file)：这个文件不是实验台配置（不是 JSON）');
    const [big] = (readSetupFile('x'.repeat(MAX_SETUP_JSON_BYTES + 1), bench.catalog) as { ok: false; errors: SetupError[] }).errors;
    expect(setupProblemText(big, zh)).toBe(`(file)：文件超过 ${MAX_SETUP_JSON_BYTES} 字节，不是实验台配置文件`);
    const [value] = problemsOf({ ...good, parts: [{ ...good.parts[0], props: { emfV: 9 } }] });
    expect(setupProblemText(value, zh)).toBe('parts[0].props.emfV：不允许取值 9；允许的取值：0.5 … 2 V');
  });

  it('leaves no placeholder and no English in any rule it words', () => {
    const w = catalogue('zh-CN', 'errors');
    for (const rule of Object.keys(SETUP_RULES)) {
      const params = Object.fromEntries([...SETUP_RULES[rule as keyof typeof SETUP_RULES].matchAll(/\{(\w+)\}/g)].map((m) => [m[1], m[1] === 'expected' || m[1] === 'got' ? 'number' : 7]));
      const text = setupProblemText({ field: 'f', message: 'english', rule: rule as keyof typeof SETUP_RULES, params }, zh);
      expect(text, rule).not.toMatch(/[{}]|english/);
      expect(text, rule).toBe(`f：${w[`errors.rule.${rule}`].replace(/\{(\w+)\}/g, (_, n: string) => (n === 'expected' || n === 'got' ? '数字' : '7'))}`);
    }
  });

  it('says it in English from the en words, and falls back to the English message without words', () => {
    const [range] = problemsOf({ ...good, parts: [{ ...good.parts[0], rotDeg: 360 }] });
    expect(setupProblemText(range, en)).toBe('parts[0].rotDeg: must be a number from 0 up to (not including) 360; got 360');
    const none: Translate = (key) => key; // no catalogue
    expect(setupProblemText(range, none)).toBe('parts[0].rotDeg: expected a number from 0 to below 360, got 360');
    expect(setupProblemText({ field: 'x', message: 'no rule here' }, zh)).toBe('x: no rule here');
  });

  it('words type values and the rule of a refusal, keeping values without words', () => {
    expect(wordedParams({ field: 'n', expected: 'int' }, zh)).toEqual({ field: 'n', expected: '整数' });
    expect(wordedParams({ field: 'v', expected: 3, got: 'odd' }, zh)).toEqual({ field: 'v', expected: 3, got: 'odd' });
    expect(wordedParams({ field: 'criteria.1.id', rule: 'used_twice', value: 'clarity' }, zh).rule).toBe('“clarity”重复使用了');
  });
});
