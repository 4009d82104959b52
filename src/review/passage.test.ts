import { describe, expect, it } from 'vitest';
import { locateQuote } from './passage';

describe('locateQuote', () => {
  it('finds a quote that spans text pieces (bold words, a new paragraph)', () => {
    const pieces = ['The period ', 'does not', ' depend on the mass.', 'We timed ten swings.'];
    expect(locateQuote(pieces, 'does not depend')).toEqual({ start: { piece: 1, offset: 0 }, end: { piece: 2, offset: 7 } });
    // a quote taken across two paragraphs has a line break where the pieces simply meet
    expect(locateQuote(pieces, 'mass.\nWe timed')).toBeNull();
    expect(locateQuote(['mass. ', 'We timed'], 'mass.\nWe timed')).toEqual({ start: { piece: 0, offset: 0 }, end: { piece: 1, offset: 8 } });
  });

  it('ignores runs of white space on either side, and Chinese text has none to ignore', () => {
    expect(locateQuote(['周期与  摆长\n有关'], '摆长 有关')).toEqual({ start: { piece: 0, offset: 5 }, end: { piece: 0, offset: 10 } });
    expect(locateQuote(['单摆的周期 T 与摆长 L 有关'], '周期 T 与摆长')).toEqual({ start: { piece: 0, offset: 3 }, end: { piece: 0, offset: 11 } });
  });

  it('reports a passage whose words were changed as not found', () => {
    expect(locateQuote(['The period depends on the length.'], 'depends on the mass')).toBeNull();
    expect(locateQuote(['anything'], '  ')).toBeNull();
  });
});
