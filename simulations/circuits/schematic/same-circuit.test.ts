/**
 * The topology checker: an apparatus and a diagram are the same circuit when what is joined to what agrees,
 * wherever things lie and however the lines run (人教版 九年级 第十五章第3节 "串联和并联": 电路图 and 实物图
 * describe one circuit; a meter's + must face the source's +, an ammeter goes in series, a voltmeter in
 * parallel, 第十五章第4节, 第十六章第1节).
 */
import { describe, expect, it } from 'vitest';
import type { Setup } from '../../bench/setup';
import { parseSetup } from '../../bench/setup';
import { SETUP_VERSION } from '../../bench/setup-limits';
import { circuitParts } from '../parts';
import { circuitPresets } from '../presets';
import { ammeterPreset } from '../presets/ammeter';
import { circuitSetup, part, wires } from '../presets/layout';
import { seriesParallelPreset } from '../presets/series-parallel';
import { voltmeterPreset } from '../presets/voltmeter';
import { graphOfBench, graphOfSchematic } from './circuit-graph';
import { schematicOfSetup } from './derive';
import { compareCircuits } from './same-circuit';
import { SCHEMATIC_BENCH, schematicSymbols } from './symbols';

/** A diagram: symbols at places, lines between ends ('L2.a'). */
function sheet(parts: [id: string, symbol: string, xM: number, yM: number][], lines: [string, string][]): Setup {
  const ref = (s: string) => ({ part: s.slice(0, s.indexOf('.')), terminal: s.slice(s.indexOf('.') + 1) });
  const setup: Setup = {
    version: SETUP_VERSION,
    bench: SCHEMATIC_BENCH,
    parts: parts.map(([id, kind, xM, yM]) => ({ id, kind, xM, yM, rotDeg: 0, props: schematicSymbols.defaultProps(kind) })),
    links: lines.map(([a, b], i) => ({ id: `l${i + 1}`, from: ref(a), to: ref(b) })),
  };
  const r = parseSetup(setup, schematicSymbols);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  return r.setup;
}

const check = (bench: Setup, drawing: Setup) => compareCircuits(graphOfBench(bench), graphOfSchematic(drawing));

// The ammeter preset: B1 + → S1 → L1 → A1 (0.6 post) → A1 − → B1 −.
const ammeterDrawing = (lines: [string, string][]) => sheet([['E7', 'battery', 0.1, 0.1], ['K2', 'switch', 0.3, 0.1], ['X1', 'lamp', 0.5, 0.3], ['Q1', 'ammeter', 0.3, 0.5]], lines);
const ammeterLines: [string, string][] = [['E7.+', 'K2.a'], ['K2.b', 'X1.b'], ['X1.a', 'Q1.+'], ['Q1.-', 'E7.-']];

describe('same circuit, drawn differently', () => {
  it('passes the ammeter circuit drawn elsewhere, with other ids, a lamp turned round and a junction made of two lines', () => {
    const r = check(ammeterPreset.setup, ammeterDrawing(ammeterLines));
    expect(r.same).toBe(true);
    expect(r.difference).toBeNull();
    expect(Object.fromEntries(r.pairs)).toEqual({ B1: 'E7', S1: 'K2', L1: 'X1', A1: 'Q1' });
    // The same lines drawn twice: a junction drawn with more lines is the same junction.
    const more = ammeterDrawing([...ammeterLines, ['K2.a', 'E7.+'], ['X1.a', 'Q1.+']]);
    expect(check(ammeterPreset.setup, more).same).toBe(true);
  });

  it('every preset is the same circuit as its own live diagram, and as the diagram moved about', () => {
    for (const preset of circuitPresets) {
      const drawing = schematicOfSetup(preset.setup);
      expect(parseSetup(drawing, schematicSymbols), preset.id).toMatchObject({ ok: true });
      expect(check(preset.setup, drawing).same, preset.id).toBe(true);
      const moved = { ...drawing, parts: drawing.parts.map((p, i) => ({ ...p, xM: 0.9 - p.xM, yM: (p.yM + 0.1 * i) % 0.6, rotDeg: (i * 90) % 360 })) };
      expect(check(preset.setup, moved).same, preset.id).toBe(true);
    }
  });

  it('a range post is no matter of topology: the ammeter on its 3 A post is the same circuit', () => {
    const bench = structuredClone(ammeterPreset.setup);
    bench.links = bench.links.map((l) => (l.to.part === 'A1' && l.to.terminal === '0.6' ? { ...l, to: { part: 'A1', terminal: '3' } } : l));
    expect(check(bench, ammeterDrawing(ammeterLines)).same).toBe(true);
  });

  it('compares two apparatus (building from a diagram checks the bench against the given one)', () => {
    const a = seriesParallelPreset.setup;
    const b = structuredClone(a);
    // The same wiring, wires listed in another order and drawn from the other end.
    b.links = [...b.links].reverse().map((l) => ({ ...l, from: l.to, to: l.from }));
    expect(compareCircuits(graphOfBench(a), graphOfBench(b)).same).toBe(true);
  });
});

describe('different circuits, with a pointer to the first difference', () => {
  it('a meter the wrong way round', () => {
    const r = check(ammeterPreset.setup, ammeterDrawing([['E7.+', 'K2.a'], ['K2.b', 'X1.b'], ['X1.a', 'Q1.-'], ['Q1.+', 'E7.-']]));
    expect(r.same).toBe(false);
    expect(r.difference).toEqual({ code: 'polarity', symbol: 'ammeter', given: 'A1', yours: 'Q1' });
  });

  it('an ammeter across the bulb instead of in series with it', () => {
    // Battery → switch → lamp → battery, and the ammeter across the lamp.
    const r = check(ammeterPreset.setup, ammeterDrawing([['E7.+', 'K2.a'], ['K2.b', 'X1.a'], ['X1.b', 'E7.-'], ['X1.a', 'Q1.+'], ['X1.b', 'Q1.-']]));
    expect(r.same).toBe(false);
    expect(r.difference).toMatchObject({ code: 'placement', symbol: 'ammeter', given: 'A1', yours: 'Q1', should: 'series' });
  });

  it('a voltmeter in series instead of across the bulb', () => {
    // The voltmeter preset: B1 + → S1 → L1 → B1 −, V1 across L1 (+ on the 3 V post at L1.a).
    const drawing = sheet(
      [['E1', 'battery', 0.1, 0.1], ['S1', 'switch', 0.3, 0.1], ['L1', 'lamp', 0.5, 0.3], ['V1', 'voltmeter', 0.5, 0.5]],
      [['E1.+', 'S1.a'], ['S1.b', 'L1.a'], ['L1.b', 'V1.+'], ['V1.-', 'E1.-']],
    );
    const r = check(voltmeterPreset.setup, drawing);
    expect(r.same).toBe(false);
    expect(r.difference).toMatchObject({ code: 'placement', symbol: 'voltmeter', given: 'V1', yours: 'V1', should: 'parallel', other: { symbol: 'lamp', given: 'L1', yours: 'L1' } });
  });

  it('a missing wire: the end it should join joins nothing', () => {
    const r = check(ammeterPreset.setup, ammeterDrawing(ammeterLines.filter(([a]) => a !== 'X1.a')));
    expect(r.same).toBe(false);
    expect(r.difference).toEqual({
      code: 'connection',
      symbol: 'ammeter',
      given: 'A1',
      yours: 'Q1',
      end: '+',
      givenJoins: [{ id: 'L1', symbol: 'lamp', end: 'b' }],
      yourJoins: [],
    });
  });

  it('a part missing from the drawing is named with how many each side has', () => {
    const drawing = sheet([['E1', 'battery', 0.1, 0.1], ['S1', 'switch', 0.3, 0.1], ['L1', 'lamp', 0.5, 0.3]], [['E1.+', 'S1.a'], ['S1.b', 'L1.a'], ['L1.b', 'E1.-']]);
    expect(check(ammeterPreset.setup, drawing).difference).toEqual({ code: 'count', symbol: 'ammeter', given: 1, yours: 0, givenParts: ['A1'], yourParts: [] });
  });

  it('both range posts of a meter wired: a mistake no diagram can show', () => {
    const bench = circuitSetup('two posts', [part('B1', 'battery-pack', 0.1, 0.1), part('L1', 'bulb', 0.4, 0.1), part('A1', 'ammeter', 0.3, 0.4)], wires(['B1.+', 'L1.a'], ['L1.b', 'A1.0.6'], ['L1.b', 'A1.3'], ['A1.-', 'B1.-']));
    expect(parseSetup(bench, circuitParts)).toMatchObject({ ok: true });
    const drawing = sheet([['E1', 'battery', 0.1, 0.1], ['L1', 'lamp', 0.5, 0.3], ['A1', 'ammeter', 0.3, 0.5]], [['E1.+', 'L1.a'], ['L1.b', 'A1.+'], ['A1.-', 'E1.-']]);
    expect(check(bench, drawing).difference).toMatchObject({ code: 'extraPost', symbol: 'ammeter', given: 'A1', side: 'given' });
  });

  it('series bulbs drawn in parallel: told at the first bulb met from the battery', () => {
    // The series-parallel preset: B1 → S1 → L1 → L2 → A1 → B1, a voltmeter across each bulb.
    const drawing = sheet(
      [['E1', 'battery', 0.1, 0.1], ['S1', 'switch', 0.3, 0.1], ['L1', 'lamp', 0.5, 0.2], ['L2', 'lamp', 0.5, 0.4], ['A1', 'ammeter', 0.3, 0.5], ['V1', 'voltmeter', 0.7, 0.2], ['V2', 'voltmeter', 0.7, 0.4]],
      [['E1.+', 'S1.a'], ['S1.b', 'L1.a'], ['S1.b', 'L2.a'], ['L1.b', 'A1.+'], ['L2.b', 'A1.+'], ['A1.-', 'E1.-'], ['L1.a', 'V1.+'], ['L1.b', 'V1.-'], ['L2.a', 'V2.+'], ['L2.b', 'V2.-']],
    );
    const r = check(seriesParallelPreset.setup, drawing);
    expect(r.same).toBe(false);
    expect(r.difference).toMatchObject({ code: 'placement', symbol: 'lamp', given: 'L1', should: 'series' });
  });
});

describe('random circuits', () => {
  /** A seeded generator (mulberry32), so a failure can be replayed. */
  function rng(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const KINDS = ['battery', 'lamp', 'resistor', 'switch', 'ammeter', 'voltmeter', 'capacitor'];

  /** n symbols whose ends sit on k junctions at random, each junction's ends joined by a chain of lines. */
  function randomDrawing(r: () => number, n: number, k: number) {
    const parts: [string, string, number, number][] = [];
    const onNet: string[][] = Array.from({ length: k }, () => []);
    for (let i = 0; i < n; i++) {
      const kind = i === 0 ? 'battery' : KINDS[Math.floor(r() * KINDS.length)];
      parts.push([`P${i}`, kind, r() * 0.9, r() * 0.5]);
      for (const t of schematicSymbols.get(kind).terminals) if (r() < 0.95) onNet[Math.floor(r() * k)].push(`P${i}.${t.name}`);
    }
    const lines: [string, string][] = [];
    for (const ends of onNet) for (let i = 1; i < ends.length; i++) lines.push([ends[i - 1], ends[i]]);
    return { parts, lines, onNet };
  }

  it('the same circuit relabelled, reordered, lines redrawn and alike ends swapped is found the same', () => {
    const r = rng(2026);
    for (let trial = 0; trial < 60; trial++) {
      const n = 3 + Math.floor(r() * 14), k = 2 + Math.floor(r() * 8);
      const a = randomDrawing(r, n, k);
      const rename = new Map(a.parts.map(([id], i) => [id, `Q${(i * 7 + trial) % n}x${i}`]));
      const swap = (ref: string) => {
        const [id, end] = ref.split('.');
        const kind = a.parts.find((p) => p[0] === id)![1];
        // A two-ended part without polarity may be turned round.
        const flipped = ['lamp', 'resistor', 'switch'].includes(kind) && Number(id.slice(1)) % 2 === 1 ? { a: 'b', b: 'a' }[end] ?? end : end;
        return `${rename.get(id)}.${flipped}`;
      };
      // Lines as a star from each junction's last end instead of a chain, listed backwards.
      const lines: [string, string][] = [];
      for (const ends of a.onNet) for (let i = 0; i < ends.length - 1; i++) lines.push([swap(ends[ends.length - 1]), swap(ends[i])]);
      const parts = [...a.parts].reverse().map(([id, kind]) => [rename.get(id)!, kind, r() * 0.9, r() * 0.5] as [string, string, number, number]);
      const g = graphOfSchematic(sheet(a.parts, a.lines)), y = graphOfSchematic(sheet(parts, lines.reverse()));
      const res = compareCircuits(g, y);
      expect(res.same, `trial ${trial}`).toBe(true);
      // One more line between two junctions joins them: no longer the same circuit.
      const [p, q] = a.onNet.filter((e) => e.length > 1);
      if (p && q) expect(compareCircuits(g, graphOfSchematic(sheet(parts, [...lines, [swap(p[0]), swap(q[0])]]))).same, `trial ${trial} joined`).toBe(false);
    }
  });

  it('a 61-part ladder is the same circuit as its diagram', () => {
    const parts = [part('U1', 'dc-supply', 0.06, 0.08), part('S1', 'switch', 0.06, 0.25, { closed: true })];
    const links: Setup['links'] = [{ id: 'w1', from: { part: 'U1', terminal: '+' }, to: { part: 'S1', terminal: 'a' } }];
    let prev = { part: 'S1', terminal: 'b' };
    for (let i = 1; i <= 30; i++) {
      parts.push(part(`R${i}`, 'resistor', 0.2, 0.1), part(`L${i}`, 'bulb', 0.2, 0.2));
      links.push({ id: `a${i}`, from: prev, to: { part: `R${i}`, terminal: 'a' } }, { id: `b${i}`, from: { part: `R${i}`, terminal: 'b' }, to: { part: `L${i}`, terminal: 'a' } }, { id: `c${i}`, from: { part: `L${i}`, terminal: 'b' }, to: { part: 'U1', terminal: '-' } });
      prev = { part: `R${i}`, terminal: 'b' };
    }
    const bench = circuitSetup('ladder', parts, links);
    const drawing = schematicOfSetup(bench);
    expect(check(bench, drawing).same).toBe(true);
    // A rung's bulb turned round is still the same ladder; its resistor moved to the next rung is not.
    const moved = { ...drawing, links: drawing.links.map((l) => (l.id === 'a5' ? { ...l, to: { part: 'R6', terminal: 'a' } } : l)) };
    expect(check(bench, moved).same).toBe(false);
  });
});
