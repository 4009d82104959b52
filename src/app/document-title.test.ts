import { describe, expect, it } from 'vitest';
import { composeTitle } from './document-title';

describe('document title', () => {
  it('puts the page first and the app name once', () => {
    expect(composeTitle('Pendulum', 'Sprout Lab')).toBe('Pendulum · Sprout Lab');
    expect(composeTitle('单摆', '萌芽实验室')).toBe('单摆 · 萌芽实验室');
  });
  it('never doubles the app name (the home page is titled with it)', () => {
    expect(composeTitle('Sprout Lab', 'Sprout Lab')).toBe('Sprout Lab');
    expect(composeTitle(' 萌芽实验室 ', '萌芽实验室')).toBe('萌芽实验室');
    expect(composeTitle(null, 'Sprout Lab')).toBe('Sprout Lab');
    expect(composeTitle('', 'Sprout Lab')).toBe('Sprout Lab');
  });
});
