import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { solveDc } from '../dc';
import type { CircuitElement } from '../elements';
import { formatNetlist } from './format';
import { NetlistError, parseNetlist } from './parse';
import { parseSpiceNumber } from './units';

const fixtures = join(import.meta.dirname, '../netlists');

describe('SPICE numbers', () => {
  it('reads SI suffixes as SPICE does (ngspice manual 2.3): M is milli, MEG mega, letters after are ignored', () => {
    expect(parseSpiceNumber('4.7k')).toBeCloseTo(4700, 9);
    expect(parseSpiceNumber('2MEG')).toBe(2e6);
    expect(parseSpiceNumber('10m')).toBeCloseTo(0.01, 15);
    expect(parseSpiceNumber('10uF')).toBeCloseTo(1e-5, 18);
    expect(parseSpiceNumber('3n')).toBeCloseTo(3e-9, 21);
    expect(parseSpiceNumber('5p')).toBeCloseTo(5e-12, 24);
    expect(parseSpiceNumber('1f')).toBeCloseTo(1e-15, 27);
    expect(parseSpiceNumber('2G')).toBe(2e9);
    expect(parseSpiceNumber('1T')).toBe(1e12);
    expect(parseSpiceNumber('1e-3')).toBe(1e-3);
    expect(parseSpiceNumber('.5')).toBe(0.5);
    expect(parseSpiceNumber('-2.5V')).toBe(-2.5);
    expect(parseSpiceNumber('1kohm')).toBe(1000);
    expect(parseSpiceNumber('abc')).toBeUndefined();
    expect(parseSpiceNumber('1k2')).toBeUndefined();
  });
});

describe('netlist import', () => {
  it('reads elements, models, continuation lines, comments and analyses, case-insensitively', () => {
    const n = parseNetlist(`My circuit
* a comment line
V1 IN 0 DC 5 ; inline comment
R1 in Mid 4.7k
+ $ continued on the next line
C1 mid 0 10u IC=1.5
L1 mid x 1m ic=2m
K1 l1 L2 0.9
L2 x 0 4m
D1 x 0 DMOD
.MODEL dmod D(IS=1e-15 n=1.5 RS=2 BV=6 IBV=1m)
I1 0 mid PULSE(0 1m 1u 1n 1n 5u 10u)
V2 y 0 SIN(0 1 1k) AC 1
R2 y 0 1k
V3 z 0 PWL(0 0 1m 2 2m 2)
R3 z 0 1k
S1 mid 0 y 0 smod OFF
.model smod SW(VT=0.5 VH=0.1 RON=1 ROFF=1meg)
W1 z 0 V3 wmod
.model wmod CSW(IT=1m IH=0.2m RON=2 ROFF=1g)
.options method=gear
.tran 1u 20u uic
.op
.end
R9 never read
`);
    expect(n.title).toBe('My circuit');
    expect(n.method).toBe('gear2');
    expect(n.analyses).toEqual([{ kind: 'tran', stepS: 1e-6, stopS: 20e-6, startS: 0, maxStepS: undefined, uic: true }, { kind: 'op' }]);
    const by = Object.fromEntries(n.elements.map((e) => [e.name, e]));
    expect(by.V1).toEqual({ kind: 'voltageSource', name: 'V1', nodes: ['in', '0'], voltageV: 5 });
    expect(by.R1).toMatchObject({ kind: 'resistor', nodes: ['in', 'mid'] });
    expect((by.R1 as Extract<CircuitElement, { kind: 'resistor' }>).resistanceOhm).toBeCloseTo(4700, 9);
    expect(by.C1).toMatchObject({ kind: 'capacitor', initialVoltageV: 1.5 });
    expect(by.L1).toMatchObject({ kind: 'inductor', initialCurrentA: 0.002 });
    expect(by.K1).toEqual({ kind: 'coupling', name: 'K1', inductors: ['L1', 'L2'], coefficient: 0.9 });
    expect(by.D1).toMatchObject({ kind: 'diode', model: { saturationCurrentA: 1e-15, emissionCoefficient: 1.5, seriesResistanceOhm: 2, breakdownVoltageV: 6, breakdownCurrentA: 1e-3 } });
    expect(by.I1).toMatchObject({ kind: 'currentSource', currentA: 0, waveform: { kind: 'pulse', pulsed: 1e-3, periodS: 1e-5 } });
    // SIN without a DC value: the operating point uses its value at t = 0; the AC spec is skipped.
    expect(by.V2).toMatchObject({ voltageV: 0, waveform: { kind: 'sine', amplitude: 1, frequencyHz: 1000 } });
    expect(by.V3).toMatchObject({ waveform: { kind: 'pwl', points: [[0, 0], [1e-3, 2], [2e-3, 2]] } });
    expect(by.S1).toMatchObject({ kind: 'voltageSwitch', nodes: ['mid', '0', 'y', '0'], thresholdV: 0.5, hysteresisV: 0.1, initiallyOn: false });
    expect(by.W1).toMatchObject({ kind: 'currentSwitch', controlSource: 'V3', thresholdA: 1e-3, offResistanceOhm: 1e9 });
    expect(by.R9).toBeUndefined();
  });

  it('fills PULSE’s SPICE defaults from .tran (rise/fall = step, width/period = stop)', () => {
    const n = parseNetlist('t\nV1 a 0 PULSE(0 5)\nR1 a 0 1\n.tran 1m 10m\n');
    expect(n.elements[0]).toMatchObject({ waveform: { riseS: 1e-3, fallS: 1e-3, widthS: 1e-2, periodS: 1e-2 } });
  });

  it.each([
    ['t\nR1 a b\n', 2, /line 2: expected a resistance/],
    ['t\nR1 a b 1x2\n', 2, /line 2: expected a resistance, found "1x2"/],
    ['t\nR1 a b 1k 7\n', 2, /expected end of line after the resistance/],
    ['t\n\nQ1 c b e qmod\n', 3, /line 3: expected an element name starting with R, C, L, V, I, D, S, W or K/],
    ['t\nD1 a 0 nomodel\n', 2, /the name of a \.model … D/],
    ['t\nR1 a b 1\nr1 b c 2\n', 3, /a name not used before \(R1 is on line 2\)/],
    ['t\nL1 a 0 1m\nR1 a 0 1\nK1 L1 R1 0.5\n', 4, /the name of an inductor/],
    ['t\nL1 a 0 1m\nL2 b 0 1m\nR1 b 0 1\nK1 L1 L2 1.5\n', 5, /coefficient: 0 < k ≤ 1/],
    ['t\nR1 a b -3\n', 2, /resistanceOhm: ≥ 0 Ω/],
    ['t\n+ R1 a b 1\n', 2, /before a continuation line/],
    ['t\nV1 a 0 SIN(0 1\n', 2, /\) to close SIN/],
    ['t\n.ac dec 10 1 1k\n', 2, /one of \.model \.op \.tran \.options \.end/],
    ['t\n.tran 1m\n', 2, /\.tran <step> <stop>/],
    ['t\n.model m1 Q(BF=100)\n', 2, /a model type D, SW or CSW/],
    ['t\n.model m1 D(XX=1)\n', 2, /D model parameters IS N RS BV IBV/],
    ['t\nW1 a 0 Vnone wm\n.model wm CSW(IT=1)\n', 2, /the name of a voltage source/],
    ['t\nC1 a 0 1u TC=3\n', 2, /IC=value or end of line/],
  ])('refuses %j at line %i, saying what was expected', (text, line, message) => {
    try {
      parseNetlist(text);
      expect.unreachable('parsed');
    } catch (e) {
      expect(e).toBeInstanceOf(NetlistError);
      expect((e as NetlistError).line).toBe(line);
      expect((e as Error).message).toMatch(message);
    }
  });

  it('skips ngspice .control blocks', () => {
    const n = parseNetlist('t\nR1 a 0 1\nV1 a 0 1\n.control\nrun\nfoo bar\n.endc\n.op\n');
    expect(n.elements.length).toBe(2);
    expect(n.analyses).toEqual([{ kind: 'op' }]);
  });
});

describe('netlist export', () => {
  it('round-trips every fixture netlist: parse(format(parse(x))) = parse(x)', () => {
    for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.cir'))) {
      const first = parseNetlist(readFileSync(join(fixtures, f), 'utf8'));
      const again = parseNetlist(formatNetlist(first.elements, { title: first.title, analyses: first.analyses, method: first.method }));
      expect(again, f).toEqual(first);
    }
  });

  it('writes bench parts as their SPICE equivalents, and the netlist solves to the same readings', () => {
    const bench: CircuitElement[] = [
      { kind: 'voltageSource', name: 'B1', nodes: ['p', 'n'], voltageV: 3, internalResistanceOhm: 0.5 },
      { kind: 'switch', name: 'S1', nodes: ['p', 'a'], closed: true },
      { kind: 'ammeter', name: 'A1', nodes: ['a', 'b'], resistanceOhm: 0.1 },
      { kind: 'rheostat', name: 'Rp', nodes: ['b', 'x', 'c'], resistanceOhm: 20, sliderFraction: 0.25 },
      { kind: 'wire', name: 'W1', nodes: ['c', 'd'], material: 'constantan', lengthM: 0.5, diameterM: 0.3e-3 },
      { kind: 'voltmeter', name: 'V1', nodes: ['c', 'n'] },
      { kind: 'resistor', name: 'R1', nodes: ['d', 'n'], resistanceOhm: 10 },
      { kind: 'switch', name: 'S2', nodes: ['d', 'e'], closed: false },
      { kind: 'resistor', name: 'R2', nodes: ['e', 'n'], resistanceOhm: 5 },
    ];
    const direct = solveDc(bench);
    const text = formatNetlist(bench, { analyses: [{ kind: 'op' }] });
    expect(text).toMatch(/^\* S2: switch, open \(open, left out\)$/m);
    expect(text).toMatch(/^\* V1: voltmeter \(open, left out\)$/m);
    const exported = solveDc(parseNetlist(text).elements);
    // The − terminal of the cell became ground (node 0): compare voltages relative to it.
    expect(exported.nodes['0']).toBe(0);
    for (const node of ['p', 'a', 'b', 'c', 'd']) expect(exported.nodes[node]).toBeCloseTo(direct.nodes[node] - direct.nodes.n, 12);
    expect(exported.elements.RR1 ?? exported.elements.R1).toBeDefined();
    expect(exported.elements.R1.currentA).toBeCloseTo(direct.elements.R1.currentA, 12);
  });
});
