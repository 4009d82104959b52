/**
 * The EMF of a straight conductor moving through a static field, from the flux it sweeps.
 *
 * A conductor from end a to end b that moves during a step sweeps a surface r(s, u) = A(u) + s·(B(u) − A(u)),
 * s, u ∈ [0, 1], its ends moving in straight lines from (A0, B0) to (A1, B1). The EMF from a to b inside it
 * (the force on positive charges, v × B, integrated along it) over the step is the flux through that surface
 * divided by the step's time:
 *   ε_ab = (1/Δt) ∫∫ B(r) · (∂r/∂s × ∂r/∂u) ds du,
 * which is (v × B)·L = B·L·v for a rod of length L moving at v across a uniform field, all three at right
 * angles (人教版 选择性必修二 第二章第2节; 九年级 第二十章第5节 for "cutting field lines"). Taking the flux
 * rather than the velocity at an instant makes the charge moved by a step right whatever the step's length:
 * a rod jumped a centimetre by a key sends the same charge round as one slid there.
 * The field of a moving magnet is static in the magnet's own frame, so the sweep is computed there: moving the
 * magnet past a still rod gives the EMF of the rod moving the other way.
 * Gauss–Legendre in both directions, enough points along the rod to follow a pole's edge.
 */
import { gaussLegendre } from '../engine/magnetism/quadrature';
import { cross, dot, fieldAt, type FieldSource, type Vec3 } from '../engine/magnetism/fields';

export interface RodEnds {
  a: Vec3;
  b: Vec3;
}

const lerp = (p: Vec3, q: Vec3, t: number): Vec3 => ({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t, z: p.z + (q.z - p.z) * t });
const minus = (p: Vec3, q: Vec3): Vec3 => ({ x: p.x - q.x, y: p.y - q.y, z: p.z - q.z });

/** Flux (Wb) through the surface a rod sweeps from `from` to `to`, counted along ∂r/∂s × ∂r/∂u (s from a to b, u forward in time). */
export function sweptFluxWb(sources: readonly FieldSource[], from: RodEnds, to: RodEnds, alongPoints = 24): number {
  const move = Math.max(Math.hypot(...Object.values(minus(to.a, from.a))), Math.hypot(...Object.values(minus(to.b, from.b))));
  if (move === 0) return 0;
  const acrossPoints = Math.min(24, Math.max(2, Math.ceil(move / 0.004)));
  const gs = gaussLegendre(alongPoints), gu = gaussLegendre(acrossPoints);
  const dA = minus(to.a, from.a), dB = minus(to.b, from.b);
  let sum = 0;
  for (let j = 0; j < acrossPoints; j++) {
    const u = (gu.x[j] + 1) / 2;
    const a = lerp(from.a, to.a, u), b = lerp(from.b, to.b, u);
    const ds = minus(b, a);
    for (let i = 0; i < alongPoints; i++) {
      const s = (gs.x[i] + 1) / 2;
      const du = lerp(dA, dB, s);
      sum += (gs.w[i] / 2) * (gu.w[j] / 2) * dot(fieldAt(sources, lerp(a, b, s)), cross(ds, du));
    }
  }
  return sum;
}
