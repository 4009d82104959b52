/**
 * Allowed values in the reader's language: a choice parameter's options by their labels, joined "a, b or c" in
 * English and "a、b或c" in Chinese (src/i18n/{en,zh-CN}/app.json app.list.*), not the English `a | b` of the CLI.
 */
import { describe, expect, it } from 'vitest';
import { allowedText, allowedWords, type ParamSpec } from './params';
import { wordList, type Translate } from './word-list';
import { catalogueTranslator, type Lang } from '../../test/support/catalogue-translator';

const translator = (lang: Lang) => catalogueTranslator(lang, ['app', 'chemistry']);
const zh = translator('zh-CN');
const en = translator('en');
const K = 'chemistry.stoichiometry';
/** Two choices as simulations/stoichiometry/meta.ts declares them (written out: core imports no simulation). */
const SPECS: ParamSpec[] = [
  { kind: 'choice', name: 'amountUnit', labelKey: `${K}.param.amountUnit`, options: ['g', 'mol'].map((v) => ({ value: v, labelKey: `${K}.unit.${v}` })), default: 'g' },
  { kind: 'choice', name: 'reaction', labelKey: `${K}.param.reaction`, options: ['blast-furnace', 'blue-vitriol', 'copper-nitric'].map((v) => ({ value: v, labelKey: `${K}.reaction.${v}` })), default: 'blast-furnace' },
];
const spec = (name: string): ParamSpec => SPECS.find((p) => p.name === name)!;

describe('a list of values the reader\'s way', () => {
  it('joins with 、 and 或 in Chinese, ", " and "or" in English', () => {
    expect(wordList(['a', 'b', 'c'], zh)).toBe('a、b或c');
    expect(wordList(['a', 'b', 'c'], en)).toBe('a, b or c');
    expect(wordList(['a', 'b'], zh)).toBe('a或b');
    expect(wordList(['a', 'b', 'c'], zh, 'and')).toBe('a、b、c');
    expect(wordList(['a'], zh)).toBe('a');
    expect(wordList(['a', 'b'], (k) => k)).toBe('a, b'); // no catalogue yet
  });

  it("says a choice parameter's allowed values by their labels", () => {
    const unit = spec('amountUnit');
    expect(allowedText(unit)).toBe('g | mol'); // the CLI's English
    const labels = (t: Translate) => (unit.kind === 'choice' ? unit.options.map((o) => t(o.labelKey)) : []);
    expect(allowedWords(unit, zh)).toBe('克（g）或摩尔（mol）');
    expect(labels(zh)).toEqual(['克（g）', '摩尔（mol）']);
    expect(allowedWords(unit, en)).toBe(`${labels(en)[0]} or ${labels(en)[1]}`);
    const reactions = allowedWords(spec('reaction'), zh);
    expect(reactions).toBe('高炉炼铁、加热胆矾（CuSO₄·5H₂O）或铜与稀硝酸');
    expect(reactions).not.toContain(' | ');
    expect(reactions).not.toContain('blast-furnace');
  });

  it('says a range as the numbers and the unit, and a switch in words', () => {
    const n: ParamSpec = { kind: 'number', name: 'x', labelKey: 'x', unit: 'm', min: 0, max: 5, step: 1, default: 1 };
    expect(allowedWords(n, zh)).toBe('0 … 5 m');
    const b: ParamSpec = { kind: 'boolean', name: 'b', labelKey: 'b', default: true };
    expect(allowedWords(b, zh)).toBe('是或否');
    expect(allowedWords(b, en)).toBe('true or false');
  });
});
