import { describe, expect, it } from 'vitest';
import { TransientSimulator } from '../transient';
import { cel, ellipticKE } from './elliptic';
import { compassAngleRad, fieldGrid, stepCompassNeedle, traceFieldLine } from './field-map';
import { barMagnetField, barMagnetMoment, coreMultiplier, demagnetisingFactor, dipoleField, loopField, MU0, norm, solenoidField, vec, type BarMagnet, type FieldSource, type Solenoid } from './fields';
import { coilFluxLinkage, fluxThroughLoop, inducedEmfV, motionalEmfV, mutualInductanceCoaxialRings } from './induction';
import { nagaokaCoefficient, solenoidInductanceH } from './inductance';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('elliptic integrals', () => {
  it('match Abramowitz & Stegun table 17.1 and Bulirsch’s cel reduces to K and E', () => {
    expect(ellipticKE(0).K).toBeCloseTo(Math.PI / 2, 15);
    expect(ellipticKE(0).E).toBeCloseTo(Math.PI / 2, 15);
    // m = k² = 0.5: K = 1.8540746773013719, E = 1.3506438810476755 (A&S table 17.1)
    expect(ellipticKE(Math.SQRT1_2).K).toBeCloseTo(1.8540746773013719, 14);
    expect(ellipticKE(Math.SQRT1_2).E).toBeCloseTo(1.3506438810476755, 14);
    for (const k of [0.1, 0.5, 0.9, 0.999]) {
      const kc = Math.sqrt(1 - k * k);
      const { K, E } = ellipticKE(k);
      expect(rel(cel(kc, 1, 1, 1), K)).toBeLessThan(1e-13);
      expect(rel(cel(kc, 1, 1, kc * kc), E)).toBeLessThan(1e-13);
    }
  });
});

describe('fields against closed forms', () => {
  const axisZ = { center: vec(0, 0, 0), axis: vec(0, 0, 1) };

  it('ring current on its axis: B = μ0 I a² / (2 (a² + z²)^{3/2}) (Biot–Savart)', () => {
    for (const z of [0, 0.01, 0.05, -0.2]) {
      const b = loopField({ ...axisZ, radiusM: 0.05, currentA: 2 }, vec(0, 0, z));
      expect(rel(b.z, (MU0 * 2 * 0.05 ** 2) / (2 * (0.05 ** 2 + z * z) ** 1.5))).toBeLessThan(1e-12);
      expect(Math.hypot(b.x, b.y)).toBeLessThan(1e-18);
    }
  });

  it('a ring far away is a dipole of moment I·πa² (off the axis too)', () => {
    const loop = { ...axisZ, radiusM: 0.01, currentA: 3 };
    const p = vec(0.3, 0.2, 0.5);
    const exact = loopField(loop, p);
    const dip = dipoleField(vec(0, 0, 0), vec(0, 0, 3 * Math.PI * 0.01 ** 2), p);
    expect(norm(vec(exact.x - dip.x, exact.y - dip.y, exact.z - dip.z)) / norm(dip)).toBeLessThan(1e-3);
  });

  const sol: Solenoid = { center: vec(0, 0, 0), axis: vec(1, 0, 0), turns: 400, lengthM: 0.1, radiusM: 0.02, currentA: 1.5 };

  it('finite solenoid on its axis: B = (μ0 n I / 2)(cos θ1 − cos θ2) (人教版 选择性必修二; any EM text)', () => {
    const n = sol.turns / sol.lengthM;
    for (const x of [0, 0.03, 0.05, 0.08, -0.2]) {
      const b = solenoidField(sol, vec(x, 0, 0));
      const c1 = (x + 0.05) / Math.hypot(x + 0.05, 0.02);
      const c2 = (x - 0.05) / Math.hypot(x - 0.05, 0.02);
      expect(rel(b.x, ((MU0 * n * 1.5) / 2) * (c1 - c2))).toBeLessThan(1e-12);
    }
  });

  it('finite solenoid off the axis agrees with 4000 rings summed (an independent construction)', () => {
    const rings = 4000;
    const pts = [vec(0.01, 0.012, 0), vec(0.04, 0.03, 0.01), vec(-0.09, 0.05, 0), vec(0, 0.019, 0), vec(0.2, -0.1, 0.05)];
    for (const p of pts) {
      let sum = vec(0, 0, 0);
      for (let i = 0; i < rings; i++) {
        const x = -0.05 + (0.1 * (i + 0.5)) / rings;
        const b = loopField({ center: vec(x, 0, 0), axis: vec(1, 0, 0), radiusM: 0.02, currentA: (1.5 * sol.turns) / rings }, p);
        sum = vec(sum.x + b.x, sum.y + b.y, sum.z + b.z);
      }
      const exact = solenoidField(sol, p);
      expect(norm(vec(exact.x - sum.x, exact.y - sum.y, exact.z - sum.z)) / norm(sum), JSON.stringify(p)).toBeLessThan(2e-4);
    }
  });

  const magnet: BarMagnet = { center: vec(0, 0, 0), axis: vec(0, 1, 0), lengthM: 0.06, radiusM: 0.006, remanenceT: 0.3 };

  it('bar magnet: on-axis field of a uniformly magnetised cylinder, and a dipole of moment B_r·V/μ0 far away', () => {
    // B(y) = (B_r/2)·((y + L/2)/√((y + L/2)² + R²) − (y − L/2)/√((y − L/2)² + R²)) (e.g. Derby & Olbert 2010)
    for (const y of [0.031, 0.04, 0.1]) {
      const expected = (0.3 / 2) * ((y + 0.03) / Math.hypot(y + 0.03, 0.006) - (y - 0.03) / Math.hypot(y - 0.03, 0.006));
      expect(rel(barMagnetField(magnet, vec(0, y, 0)).y, expected)).toBeLessThan(1e-12);
    }
    const far = vec(1, 1.2, 0);
    const dip = dipoleField(vec(0, 0, 0), vec(0, barMagnetMoment(magnet), 0), far);
    const b = barMagnetField(magnet, far);
    expect(norm(vec(b.x - dip.x, b.y - dip.y, 0)) / norm(dip)).toBeLessThan(2e-3);
    // Outside, the field beside the magnet points from N back to S; inside it points S → N.
    expect(barMagnetField(magnet, vec(0.02, 0, 0)).y).toBeLessThan(0);
    expect(barMagnetField(magnet, vec(0, 0, 0)).y).toBeGreaterThan(0);
  });

  it('iron core: demagnetising factors of Osborn (1945) and the resulting field multiplier', () => {
    expect(demagnetisingFactor(1)).toBeCloseTo(1 / 3, 12);
    expect(demagnetisingFactor(5)).toBeCloseTo(0.0558, 4); // prolate spheroid m = 5 (Osborn, table I)
    expect(demagnetisingFactor(0.2)).toBeGreaterThan(0.6);
    expect(coreMultiplier({ lengthM: 0.1, radiusM: 0.01 })).toBe(1);
    const iron = coreMultiplier({ lengthM: 0.1, radiusM: 0.01, coreRelativePermeability: 5000 });
    expect(iron).toBeCloseTo(1 + 4999 / (1 + 0.0558 * 4999), 1);
    const b = solenoidField({ ...sol, coreRelativePermeability: 5000 }, vec(0, 0, 0)).x / solenoidField(sol, vec(0, 0, 0)).x;
    expect(b).toBeCloseTo(coreMultiplier({ ...sol, coreRelativePermeability: 5000 }), 10);
  });
});

describe('inductance, flux and EMF', () => {
  it('Nagaoka’s coefficient is 0.6884 when length = diameter (Grover, table 36) and → 1 for a long coil', () => {
    expect(nagaokaCoefficient(0.05, 0.1)).toBeCloseTo(0.6884, 4);
    expect(nagaokaCoefficient(0.001, 10)).toBeGreaterThan(0.9998);
    // Long coil: L = μ0 N² S / ℓ (人教版 选择性必修二).
    const long = solenoidInductanceH({ turns: 1000, lengthM: 1, radiusM: 0.005 });
    expect(rel(long, (MU0 * 1000 ** 2 * Math.PI * 0.005 ** 2) / 1)).toBeLessThan(0.005);
  });

  it('flux of a ring through a coaxial ring = M·I with Maxwell’s mutual inductance', () => {
    const source: FieldSource[] = [{ kind: 'solenoid', solenoid: { center: vec(0, 0, 0), axis: vec(0, 0, 1), turns: 1, lengthM: 1e-6, radiusM: 0.03, currentA: 2 } }];
    for (const d of [0.01, 0.05, 0.2]) {
      const phi = fluxThroughLoop(source, { center: vec(0, 0, d), normal: vec(0, 0, 1), radiusM: 0.05 });
      expect(rel(phi, 2 * mutualInductanceCoaxialRings(0.03, 0.05, d))).toBeLessThan(1e-6);
    }
  });

  it('flux of a uniform field through a tilted loop: Φ = B·πR²·cos θ', () => {
    const field: FieldSource[] = [{ kind: 'uniform', fieldT: vec(0, 0, 0.2) }];
    const theta = 0.7;
    const phi = fluxThroughLoop(field, { center: vec(0.3, -0.1, 0.2), normal: vec(Math.sin(theta), 0, Math.cos(theta)), radiusM: 0.04 });
    expect(rel(phi, 0.2 * Math.PI * 0.04 ** 2 * Math.cos(theta))).toBeLessThan(1e-12);
  });

  it('flux of an off-axis magnet: circulation of A equals the disc integral of B', () => {
    const magnet: FieldSource[] = [{ kind: 'magnet', magnet: { center: vec(0.01, 0.03, 0.004), axis: vec(0.2, 1, 0), lengthM: 0.05, radiusM: 0.005, remanenceT: 0.3 } }];
    const loop = { center: vec(0, 0, 0), normal: vec(0, 1, 0), radiusM: 0.02 };
    const viaA = fluxThroughLoop(magnet, loop, 96);
    // Disc integral of B·n in polar coordinates (fine grid).
    let viaB = 0;
    const nr = 200;
    const nphi = 128;
    for (let i = 0; i < nr; i++) {
      const r = ((i + 0.5) / nr) * 0.02;
      for (let j = 0; j < nphi; j++) {
        const a = (2 * Math.PI * j) / nphi;
        const b = barMagnetField((magnet[0] as Extract<FieldSource, { kind: 'magnet' }>).magnet, vec(r * Math.cos(a), 0, r * Math.sin(a)));
        viaB += b.y * r * (0.02 / nr) * ((2 * Math.PI) / nphi);
      }
    }
    expect(rel(viaA, viaB)).toBeLessThan(2e-3);
  });

  it('Lenz’s law: a magnet pushed into a coil drives a current whose field opposes the change', () => {
    const coil = { center: vec(0, 0, 0), axis: vec(1, 0, 0), turns: 200, radiusM: 0.015, lengthM: 0.04 };
    const magnetAt = (x: number): FieldSource[] => [{ kind: 'magnet', magnet: { center: vec(x, 0, 0), axis: vec(-1, 0, 0), lengthM: 0.05, radiusM: 0.005, remanenceT: 0.3 } }];
    // N pole (the −x end) approaching from +x at 0.5 m/s.
    const dt = 0.01;
    const sim = new TransientSimulator([
      { kind: 'inductor', name: 'coil', nodes: ['a', 'b'], inductanceH: solenoidInductanceH(coil), seriesResistanceOhm: 5 },
      { kind: 'ammeter', name: 'G', nodes: ['b', 'a'], resistanceOhm: 100 },
    ]);
    let prev = coilFluxLinkage(magnetAt(0.12), coil);
    let current = 0;
    let emf = 0;
    for (let k = 1; k <= 8; k++) {
      const x = 0.12 - 0.5 * dt * k;
      const now = coilFluxLinkage(magnetAt(x), coil);
      emf = inducedEmfV(prev, now, dt);
      prev = now;
      sim.setDrive('coil', emf);
      current = sim.step(dt).solution.elements.coil.currentA;
    }
    // The magnet's field in the coil points along −x and grows: dΛ/dt < 0 along +x, so the EMF is positive…
    expect(emf).toBeGreaterThan(0);
    // …and the current (a → b circulates right-handed about +x) makes a field along +x: opposing the growth.
    expect(current).toBeGreaterThan(0);
    const coilField = solenoidField({ ...coil, currentA: current }, vec(0, 0, 0));
    expect(coilField.x).toBeGreaterThan(0);
  });

  it('motional EMF: B·L·v when all three are perpendicular (right-hand rule), zero when not cutting field lines', () => {
    // Rod along y moving along +x in B along +z: v × B points along −y, so the EMF drives current towards −y.
    expect(motionalEmfV(vec(0, 0, 0.5), vec(2, 0, 0), vec(0, 0.2, 0))).toBeCloseTo(-0.5 * 0.2 * 2, 15);
    expect(motionalEmfV(vec(0, 0, 0.5), vec(2, 0, 0), vec(0, -0.2, 0))).toBeCloseTo(0.5 * 0.2 * 2, 15);
    // Sliding along its own length, or moving along the field: no EMF.
    expect(motionalEmfV(vec(0, 0, 0.5), vec(0, 2, 0), vec(0, 0.2, 0))).toBe(0);
    expect(motionalEmfV(vec(0, 0, 0.5), vec(0, 0, 3), vec(0, 0.2, 0))).toBe(0);
  });
});

describe('compass and field pictures', () => {
  const sol: Solenoid = { center: vec(0, 0, 0), axis: vec(1, 0, 0), turns: 300, lengthM: 0.08, radiusM: 0.015, currentA: 1 };
  const sources: FieldSource[] = [{ kind: 'solenoid', solenoid: sol }];

  it('a needle beyond the solenoid’s end settles pointing along the axis (right-hand rule), and swings first', () => {
    let s = { angleRad: Math.PI / 2, rateRadPerS: 0 };
    const b = solenoidField(sol, vec(0.07, 0, 0));
    expect(compassAngleRad(b)).toBeCloseTo(0, 10);
    let overshoot = false;
    for (let k = 0; k < 600; k++) {
      s = stepCompassNeedle(s, b, 1 / 60);
      if (s.angleRad < -0.01) overshoot = true;
    }
    expect(s.angleRad).toBeCloseTo(0, 4);
    expect(overshoot).toBe(true);
  });

  it('field grid samples the plane; a field line from the north end closes back through the coil', () => {
    const g = fieldGrid(sources, { xMinM: -0.1, xMaxM: 0.1, yMinM: -0.05, yMaxM: 0.05, nx: 21, ny: 11 });
    expect(g.bx.length).toBe(231);
    const centre = 5 * 21 + 10;
    expect(g.xM[centre]).toBeCloseTo(0, 12);
    expect(g.bx[centre]).toBeCloseTo(solenoidField(sol, vec(0, 0, 0)).x, 15);
    const line = traceFieldLine(sources, vec(0, 0.01, 0), { stepM: 0.001, maxSteps: 5000, bounds: { xMinM: -0.5, xMaxM: 0.5, yMinM: -0.5, yMaxM: 0.5 } });
    expect(line.length).toBeGreaterThan(100);
    const last = line[line.length - 1];
    expect(Math.hypot(last.x, last.y - 0.01)).toBeLessThan(1e-9);
    // It left through the +x end and came back around the outside.
    expect(Math.max(...line.map((p) => p.x))).toBeGreaterThan(0.04);
    expect(Math.max(...line.map((p) => Math.abs(p.y)))).toBeGreaterThan(0.015);
  });
});
