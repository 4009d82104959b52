/**
 * The measuring cylinder against geometry and capillarity: level = V/(πr²); a water meniscus climbs the glass
 * by √2·l_c with l_c = √(γ/(ρg)) ≈ 2.7 mm (de Gennes, Brochard-Wyart, Quéré 2004, §1.2 and eq. 1.20);
 * reading from above reads high and from below low by π r³ tan α (人教版 八年级上册 第六章第3节: 俯视偏大,
 * 仰视偏小).
 */
import { describe, expect, it } from 'vitest';
import { CYLINDERS, EYE_ANGLE_DEG, cylinderMarks, levelM, markM, meniscus, meniscusHeightM, parallaxMl, readCylinder } from './measuring-cylinder';

const water = { densityKgM3: 998, surfaceTensionNpm: 0.0728, contactAngleDeg: 0 };
const c100 = CYLINDERS['100'];

describe('measuring cylinder', () => {
  it('rises by V/(π r²) and has its marks there', () => {
    expect(levelM(100, c100)).toBeCloseTo(100e-6 / (Math.PI * 0.014 ** 2), 12);
    expect(levelM(100, c100)).toBeCloseTo(0.1624, 4);
    expect(markM(46, c100)).toBeCloseTo(levelM(46, c100), 12);
    const marks = cylinderMarks(c100);
    expect(marks[0].ml).toBe(10);
    expect(marks.at(-1)!.ml).toBe(100);
    expect(marks).toHaveLength(91);
    expect(marks.filter((m) => m.numbered).map((m) => m.ml)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it('draws the water meniscus as capillarity shapes it: l_c ≈ 2.7 mm, wall rise √2·l_c ≈ 3.9 mm', () => {
    const m = meniscus(water);
    expect(m.capillaryLengthM * 1000).toBeCloseTo(Math.sqrt(0.0728 / (998 * 9.8)) * 1000, 9);
    expect(m.capillaryLengthM * 1000).toBeCloseTo(2.73, 2);
    expect(m.wallRiseM / m.capillaryLengthM).toBeCloseTo(Math.SQRT2, 12);
    // Flat at the axis, the full rise at the wall, rising monotonically between.
    expect(meniscusHeightM(0, water, c100)).toBe(0);
    expect(meniscusHeightM(c100.innerRadiusM, water, c100)).toBeCloseTo(m.wallRiseM, 12);
    const mid = meniscusHeightM(c100.innerRadiusM / 2, water, c100);
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(0.1 * m.wallRiseM);
    // A liquid that wets less climbs less (contact angle 30°: √(2(1 − ½)) = 1 capillary length).
    expect(meniscus({ ...water, contactAngleDeg: 30 }).wallRiseM).toBeCloseTo(m.capillaryLengthM, 12);
  });

  it('reads level to the division; from above too high and from below too low by π r³ tan α', () => {
    expect(readCylinder(46, 'level', c100)).toMatchObject({ readMl: 46, status: 'ok' });
    const dv = Math.PI * c100.innerRadiusM ** 3 * Math.tan((EYE_ANGLE_DEG.above * Math.PI) / 180) * 1e6;
    expect(parallaxMl('above', c100)).toBeCloseTo(dv, 9);
    expect(dv).toBeCloseTo(2.31, 2);
    expect(parallaxMl('below', c100)).toBeCloseTo(-dv, 9);
    expect(readCylinder(46, 'above', c100).readMl).toBe(48);
    expect(readCylinder(46, 'below', c100).readMl).toBe(44);
    // A narrow cylinder suffers less (r³): the 10 mL one is off by about a ninth as much in mL.
    expect(parallaxMl('above', CYLINDERS['10'])).toBeCloseTo(Math.PI * 0.0068 ** 3 * Math.tan(Math.PI / 12) * 1e6, 9);
    expect(readCylinder(6.35, 'level', CYLINDERS['10']).readMl).toBe(6.4);
  });

  it('has no reading below its first mark or above its top, and spills what it cannot hold', () => {
    expect(readCylinder(0, 'level', c100)).toMatchObject({ status: 'empty', heldMl: 0 });
    expect(readCylinder(6, 'level', c100)).toMatchObject({ status: 'belowScale', heldMl: 6 });
    expect(readCylinder(6, 'level', c100).readMl).toBeNaN();
    expect(readCylinder(108, 'level', c100)).toMatchObject({ status: 'aboveScale', heldMl: 108 });
    expect(readCylinder(140, 'level', c100)).toMatchObject({ status: 'spilled', heldMl: 115 });
    expect(levelM(140, c100)).toBeCloseTo(levelM(115, c100), 12);
  });
});
