/**
 * The diagram of an apparatus laid out as textbooks draw it (人教版 九年级 第十五章第3节 figures: a rectangle per
 * loop, the source on one side, a voltmeter drawn across what it measures, junction dots where three lines
 * meet), and drawn where the parts stand when the circuit is not complete.
 */
import { describe, expect, it } from 'vitest';
import { circuitPresets } from '../presets';
import { ammeterPreset } from '../presets/ammeter';
import { circuitSetup, part, wires } from '../presets/layout';
import { seriesParallelPreset } from '../presets/series-parallel';
import { voltmeterPreset } from '../presets/voltmeter';
import { layoutDiagram, type Drawing } from './layout';
import { schematicSymbols, symbolOf } from './symbols';

const at = (d: Drawing, id: string) => d.symbols.find((s) => s.id === id)!;
/** Where a symbol's end is drawn. */
function endAt(d: Drawing, id: string, end: string) {
  const s = at(d, id);
  const t = schematicSymbols.get(s.kind).terminals.find((x) => x.name === end)!;
  const a = (s.rotDeg * Math.PI) / 180;
  return { x: s.xM + t.xM * Math.cos(a) - t.yM * Math.sin(a), y: s.yM + t.xM * Math.sin(a) + t.yM * Math.cos(a) };
}

describe('textbook layout', () => {
  it('every preset is a diagram with every part of the circuit drawn once (compasses and magnets have no symbol), tidy where it is one loop', () => {
    for (const p of circuitPresets) {
      const d = layoutDiagram(p.setup);
      // A two-way switch (charge, discharge) or a relay (control and working circuits) makes more than one loop, as does a
      // multimeter's probes on a loose part beside a live circuit: drawn where the parts stand.
      if (!p.setup.parts.some((x) => x.kind === 'two-way-switch' || x.kind === 'relay' || x.kind === 'multimeter')) expect(d.tidy, p.id).toBe(true);
      const wired = new Set(p.setup.links.flatMap((l) => [`${l.from.part}.${l.from.terminal}`, `${l.to.part}.${l.to.terminal}`]));
      const inCircuit = p.setup.parts.filter((x) => symbolOf(x, wired) !== null).map((x) => x.id);
      expect(inCircuit.length, p.id).toBeGreaterThanOrEqual(2);
      expect(d.symbols.map((s) => s.id).sort(), p.id).toEqual(inCircuit.sort());
    }
  });

  it('the series loop runs left to right along the top with the source underneath, each meter entered at +', () => {
    const d = layoutDiagram(ammeterPreset.setup);
    const top = at(d, 'S1').yM;
    expect(at(d, 'L1').yM).toBeCloseTo(top, 9);
    expect(at(d, 'A1').yM).toBeCloseTo(top, 9);
    expect(at(d, 'B1').yM).toBeGreaterThan(top + 0.05);
    // Current leaves the battery's + (left) and meets the switch, the bulb, then the ammeter's + end first.
    expect(at(d, 'S1').xM).toBeLessThan(at(d, 'L1').xM);
    expect(at(d, 'L1').xM).toBeLessThan(at(d, 'A1').xM);
    expect(endAt(d, 'A1', '+').x).toBeLessThan(endAt(d, 'A1', '-').x);
    expect(endAt(d, 'B1', '+').x).toBeLessThan(endAt(d, 'B1', '-').x);
  });

  it('a voltmeter is drawn under the bulb it measures, between two rails with junction dots', () => {
    const d = layoutDiagram(voltmeterPreset.setup);
    expect(at(d, 'V1').xM).toBeCloseTo(at(d, 'L1').xM, 9);
    expect(at(d, 'V1').yM).toBeGreaterThan(at(d, 'L1').yM);
    expect(endAt(d, 'V1', '+').x).toBeLessThan(endAt(d, 'V1', '-').x);
    expect(d.dots).toHaveLength(2);
    expect(d.dots.every((p) => Math.abs(p.yM - at(d, 'L1').yM) < 1e-9)).toBe(true);
    // Two bulbs in series, each with its voltmeter: four dots, the bulbs side by side on one line.
    const sp = layoutDiagram(seriesParallelPreset.setup);
    expect(sp.dots).toHaveLength(4);
    expect(at(sp, 'L2').yM).toBeCloseTo(at(sp, 'L1').yM, 9);
  });

  it('an unfinished circuit is drawn where its parts stand; parts joined to nothing wait in a row under a finished one', () => {
    const open = structuredClone(ammeterPreset.setup);
    open.links = open.links.slice(1);
    const d = layoutDiagram(open);
    expect(d.tidy).toBe(false);
    expect(at(d, 'L1')).toMatchObject({ xM: 0.8, yM: 0.3 });
    const spare = circuitSetup('spare', [...ammeterPreset.setup.parts, part('R9', 'resistor', 0.9, 0.5)], ammeterPreset.setup.links);
    const s = layoutDiagram(spare);
    expect(s.tidy).toBe(true);
    expect(at(s, 'R9').yM).toBeGreaterThan(at(s, 'B1').yM);
  });

  it('a student does not see a hidden part on the diagram', () => {
    const setup = structuredClone(voltmeterPreset.setup);
    setup.parts.find((p) => p.id === 'V1')!.hidden = true;
    expect(layoutDiagram(setup, 'student').symbols.map((s) => s.id)).not.toContain('V1');
    expect(layoutDiagram(setup, 'teacher').symbols.map((s) => s.id)).toContain('V1');
  });

  it('two loops side by side, each with its own source', () => {
    const two = circuitSetup(
      'two loops',
      [part('B1', 'battery-pack', 0.1, 0.1), part('L1', 'bulb', 0.3, 0.1), part('B2', 'battery-pack', 0.6, 0.1), part('R1', 'resistor', 0.8, 0.1)],
      wires(['B1.+', 'L1.a'], ['L1.b', 'B1.-'], ['B2.+', 'R1.a'], ['R1.b', 'B2.-']),
    );
    const d = layoutDiagram(two);
    expect(d.tidy).toBe(true);
    expect(at(d, 'B2').xM).toBeGreaterThan(at(d, 'L1').xM);
  });
});
