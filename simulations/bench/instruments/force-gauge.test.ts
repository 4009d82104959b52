/**
 * The spring force gauge against Hooke's law and the reading rules of 人教版 八年级下册 第七章第2节 (range,
 * division, zero adjustment) and 必修第一册 第三章 (senior gauges estimated to 0.01 N).
 */
import { describe, expect, it } from 'vitest';
import { GAUGES, gaugeMarks, gaugeStiffnessNpm, readGauge } from './force-gauge';

describe('force gauge', () => {
  it('moves its pointer in proportion to the pull (Hooke): k = range / scale length', () => {
    const g = GAUGES['5'];
    expect(gaugeStiffnessNpm(g)).toBe(50);
    expect(readGauge(2, 0, g).pointerM).toBeCloseTo(2 / 50, 12);
    expect(readGauge(4, 0, g).pointerM).toBeCloseTo(2 * readGauge(2, 0, g).pointerM, 12);
  });

  it('reads a junior gauge to the division and a senior one with an estimated digit', () => {
    expect(readGauge(2.45, 0, GAUGES['5']).readN).toBe(2.4);
    expect(readGauge(2.52, 0, GAUGES['5']).readN).toBe(2.6);
    expect(readGauge(2.456, 0, GAUGES['5-senior']).readN).toBe(2.46);
    expect(readGauge(0.96, 0, GAUGES['2.5']).readN).toBe(0.95);
  });

  it('carries its zero error into every reading until it is zeroed', () => {
    // The weight of a 100 g hooked mass at g = 9.8 N/kg is 0.98 N (人教版 八年级下册 第七章第3节).
    expect(readGauge(0.98, 0.2, GAUGES['5']).readN).toBe(1.2);
    expect(readGauge(0.98, 0, GAUGES['5']).readN).toBe(1);
    expect(readGauge(0, -0.2, GAUGES['5']).readN).toBe(-0.2);
  });

  it('stops against the case past its range and when pushed; there is then no reading', () => {
    const over = readGauge(6, 0, GAUGES['5']);
    expect(over.status).toBe('overrange');
    expect(over.readN).toBeNaN();
    expect(over.pointerN).toBeCloseTo(5.3, 12);
    expect(readGauge(5, 0, GAUGES['5']).status).toBe('ok');
    expect(readGauge(-1, 0, GAUGES['5'])).toMatchObject({ status: 'pushed', pointerN: -0.2 });
  });

  it('prints 26 marks on 0–5 N by 0.2 N, numbered every newton', () => {
    const marks = gaugeMarks(GAUGES['5']);
    expect(marks).toHaveLength(26);
    expect(marks.filter((m) => m.numbered).map((m) => m.n)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(marks.at(-1)!.atM).toBeCloseTo(0.1, 12);
  });
});
