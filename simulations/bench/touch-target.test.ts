import { describe, expect, it } from 'vitest';
import type { PartDefinition } from './part';
import type { SetupPart } from './setup';
import { touchTarget, type TouchablePart } from './touch-target';

// A resistor-like part 6 cm × 2 cm with posts at its ends, on a table drawn at 500 px per metre (a 1.2 m
// table 600 px wide on a tablet): the part is 30 × 10 px, its posts 3 cm = 15 px from its centre.
const PX_PER_M = 500;
const def: PartDefinition = {
  kind: 'resistor',
  bench: 'toy',
  labelKey: 'toy.resistor',
  idPrefix: 'R',
  widthM: 0.06,
  heightM: 0.02,
  props: [],
  terminals: [
    { name: 'a', xM: -0.03, yM: 0, labelKey: 'toy.a' },
    { name: 'b', xM: 0.03, yM: 0, labelKey: 'toy.b' },
  ],
};
const part = (id: string, xM: number, yM: number, rotDeg = 0): TouchablePart => ({ part: { id, kind: 'resistor', xM, yM, rotDeg, props: {} } as SetupPart, def });
const px = (n: number) => n / PX_PER_M;

describe('touchTarget: 44 px hit areas for posts and parts on a touch screen (WCAG 2.5.5)', () => {
  const parts = [part('R1', 0.5, 0.3)];

  it('a post answers within 22 px of its centre (it is drawn 7.5 px across), beyond its part', () => {
    // 20 px left of post a (which sits at x = 0.47): off the part, within 22 px
    expect(touchTarget(parts, 0.47 - px(20), 0.3, PX_PER_M)).toEqual({ kind: 'terminal', ref: { part: 'R1', terminal: 'a' } });
    expect(touchTarget(parts, 0.53 + px(15), 0.3 + px(12), PX_PER_M)).toEqual({ kind: 'terminal', ref: { part: 'R1', terminal: 'b' } });
    // 23 px: outside the post's 22 px and the part's box (44 px wide: 22 px from its centre = 7 px past the post)
    expect(touchTarget(parts, 0.47 - px(23), 0.3, PX_PER_M)).toBeNull();
  });

  it('the part answers in a box of at least 44 px although it is drawn 10 px high', () => {
    // 20 px above the centre: off the drawing (5 px half-height), within 22 px
    expect(touchTarget(parts, 0.5, 0.3 - px(20), PX_PER_M)).toEqual({ kind: 'part', partId: 'R1' });
    expect(touchTarget(parts, 0.5, 0.3 + px(21), PX_PER_M)).toEqual({ kind: 'part', partId: 'R1' });
    expect(touchTarget(parts, 0.5, 0.3 + px(23), PX_PER_M)).toBeNull();
  });

  it('on the part, near a post: the post within 12 px, the part beyond', () => {
    expect(touchTarget(parts, 0.47 + px(10), 0.3, PX_PER_M)).toEqual({ kind: 'terminal', ref: { part: 'R1', terminal: 'a' } });
    expect(touchTarget(parts, 0.47 + px(14), 0.3, PX_PER_M)).toEqual({ kind: 'part', partId: 'R1' });
  });

  it('follows a turned part: turned 90°, its posts are above and below its centre', () => {
    const turned = [part('R2', 0.5, 0.3, 90)];
    // post a at (0.5, 0.27): rotating (-0.03, 0) by 90° gives (0, -0.03)
    expect(touchTarget(turned, 0.5, 0.27 - px(18), PX_PER_M)).toEqual({ kind: 'terminal', ref: { part: 'R2', terminal: 'a' } });
    expect(touchTarget(turned, 0.5 + px(18), 0.3, PX_PER_M)).toEqual({ kind: 'part', partId: 'R2' });
  });

  it('two parts side by side: the one whose drawing is nearer', () => {
    const two = [part('R1', 0.5, 0.3), part('R3', 0.5, 0.3 + px(30))];
    expect(touchTarget(two, 0.5, 0.3 + px(12), PX_PER_M)).toEqual({ kind: 'part', partId: 'R1' });
    expect(touchTarget(two, 0.5, 0.3 + px(18), PX_PER_M)).toEqual({ kind: 'part', partId: 'R3' });
    expect(() => touchTarget(two, 0, 0, 0)).toThrow(/pxPerM/);
  });

  it('on the big screen a whiteboard pen gets 64 px: posts within 32 px, parts in a 64 px box', () => {
    // 30 px left of post a: beyond a finger's 22 px, within a pen's 32 px
    expect(touchTarget(parts, 0.47 - px(30), 0.3, PX_PER_M)).toBeNull();
    expect(touchTarget(parts, 0.47 - px(30), 0.3, PX_PER_M, 64)).toEqual({ kind: 'terminal', ref: { part: 'R1', terminal: 'a' } });
    expect(touchTarget(parts, 0.47 - px(33), 0.3, PX_PER_M, 64)).toBeNull();
    // 30 px above the part's centre (its drawing is 5 px high either way): the part, for the pen only
    expect(touchTarget(parts, 0.5, 0.3 - px(30), PX_PER_M)).toBeNull();
    expect(touchTarget(parts, 0.5, 0.3 - px(30), PX_PER_M, 64)).toEqual({ kind: 'part', partId: 'R1' });
    // the 12 px core still decides between a post and its own part
    expect(touchTarget(parts, 0.47 + px(14), 0.3, PX_PER_M, 64)).toEqual({ kind: 'part', partId: 'R1' });
    expect(() => touchTarget(parts, 0.5, 0.3, PX_PER_M, 30)).toThrow(/targetPx must be >= 44/);
  });
});
