/**
 * B1.3 探究两个互成角度的力的合成规律 (人教版 高中物理 必修第一册 第三章第4节 "力的合成和分解", 实验): a rubber band
 * pinned at A on a board, a small ring (the knot) at its free end, and strings from the knot to spring gauges held
 * in the hands. Seen from above. Pure.
 *
 * Statics: the knot P rests where the forces on it balance,
 *   k_r (|P − A| − L₀)⁺ (toward A) + Σ k_g (|Hᵢ − P| − S)⁺ (toward each hand Hᵢ) = 0,
 * the band a linear spring of natural length L₀ (slack below it), each gauge a linear spring (its scale: 5 N over
 * 10 cm, k_g = 50 N/m) at the end of a string: with the hand Hᵢ closer than S (string + gauge at zero) to the knot,
 * that gauge pulls nothing. Found by minimising the stored energy (convex) with Newton's method. With the knot
 * brought to the same mark O twice (two gauges, then one), the band pulls the same both times, so the single
 * gauge's force F equals F₁ + F₂: the diagonal of the parallelogram on F₁ and F₂ (平行四边形定则).
 */
import { GAUGES, readGauge } from '../bench/instruments/force-gauge';

export interface Vec {
  x: number;
  y: number;
}

/** The board's band: natural length, stiffness. */
export const BAND_NATURAL_M = 0.08;
export const BAND_K_NPM = 40;
/** The gauge used: 5 N, 0.1 N divisions, read with an estimated digit (senior work). */
export const PULL_GAUGE = GAUGES['5-senior'];
export const PULL_GAUGE_K_NPM = PULL_GAUGE.rangeN / PULL_GAUGE.scaleLengthM;
/** String from the knot to the gauge's hook plus the gauge's length from its hook to the hand at zero, m. */
export const PULL_SLACK_M = 0.16;

/** The gauge as it lies, from the ring in the hand toward the knot: the case to this far, then the spring's rod (out by 0.3 of the pointer's travel on the scale, as drawn), then the hook. */
export const GAUGE_CASE_END_M = 0.11;
const HOOK_PAST_ROD_M = 0.006;

/** How far from the ring the gauge's hook is with its pointer at `pointerN`, m. */
export function gaugeHookFromRingM(pointerN: number): number {
  return GAUGE_CASE_END_M + (pointerN / PULL_GAUGE.rangeN) * PULL_GAUGE.scaleLengthM * 0.3 + HOOK_PAST_ROD_M;
}

/**
 * A gauge's string as it lies on the board: from the knot (where the band's end is; on O once the knot is
 * brought there) straight to the gauge's hook, on the line from the hand to the knot (a taut string pulls along
 * itself, so gauge and string lie in one line).
 */
export function gaugeString(knot: Vec, hand: Vec, pointerN: number): { from: Vec; to: Vec } {
  const d = sub(knot, hand), l = len(d), along = Math.min(gaugeHookFromRingM(pointerN), l);
  const u = l > 0 ? { x: d.x / l, y: d.y / l } : { x: 0, y: -1 };
  return { from: knot, to: { x: hand.x + u.x * along, y: hand.y + u.y * along } };
}

const sub = (a: Vec, b: Vec): Vec => ({ x: a.x - b.x, y: a.y - b.y });
const len = (a: Vec) => Math.hypot(a.x, a.y);

/** The pull of a spring from `p` toward `to`, stretched past `slackM`, with stiffness `k` (zero if slack). */
export function springPull(p: Vec, to: Vec, slackM: number, k: number): Vec {
  const d = sub(to, p), l = len(d);
  if (l <= slackM || l === 0) return { x: 0, y: 0 };
  const f = k * (l - slackM);
  return { x: (f * d.x) / l, y: (f * d.y) / l };
}

/** Where the knot rests with the band pinned at `pin` and gauges held at `hands` (table metres, y down). */
export function knotRest(pin: Vec, hands: Vec[], start?: Vec): Vec {
  const force = (p: Vec) => {
    const f = springPull(p, pin, BAND_NATURAL_M, BAND_K_NPM);
    for (const h of hands) {
      const g = springPull(p, h, PULL_SLACK_M, PULL_GAUGE_K_NPM);
      f.x += g.x;
      f.y += g.y;
    }
    return f;
  };
  // Nothing pulls: the knot lies where the band's free end falls, straight below the pin.
  let p = start ?? { x: pin.x, y: pin.y + BAND_NATURAL_M };
  if (!hands.length) return { x: pin.x, y: pin.y + BAND_NATURAL_M };
  const h = 1e-6;
  for (let i = 0; i < 100; i++) {
    const f = force(p);
    if (Math.hypot(f.x, f.y) < 1e-9) break;
    // Newton on F(p) = 0 with a finite-difference Jacobian (the stiffness matrix), with a small regularisation where everything is slack.
    const fx = force({ x: p.x + h, y: p.y }), fy = force({ x: p.x, y: p.y + h });
    const a = (fx.x - f.x) / h - 1e-3, b = (fy.x - f.x) / h, c = (fx.y - f.y) / h, d = (fy.y - f.y) / h - 1e-3;
    const det = a * d - b * c;
    let dx = (-f.x * d + f.y * b) / det, dy = (-a * f.y + c * f.x) / det;
    const step = Math.hypot(dx, dy);
    if (!Number.isFinite(step)) break;
    if (step > 0.02) {
      dx *= 0.02 / step;
      dy *= 0.02 / step;
    }
    p = { x: p.x + dx, y: p.y + dy };
  }
  return p;
}

/** A gauge's pull on the knot: magnitude (N), its reading (0.01 N: 0.1 N divisions with an estimated digit; NaN past 5 N) and direction (degrees from the board's x axis, anticlockwise seen from above, read to 1° with a protractor). */
export function gaugePull(knot: Vec, hand: Vec): { forceN: number; readingN: number; angleDeg: number } {
  const f = springPull(knot, hand, PULL_SLACK_M, PULL_GAUGE_K_NPM), forceN = len(f);
  const d = sub(hand, knot);
  return { forceN, readingN: readGauge(forceN, 0, PULL_GAUGE).readN, angleDeg: Math.round((Math.atan2(-d.y, d.x) * 180) / Math.PI) };
}

/** The resultant of forces given as magnitude and direction (degrees), by the parallelogram rule: magnitude and direction. */
export function resultant(forces: { forceN: number; angleDeg: number }[]): { forceN: number; angleDeg: number } {
  let x = 0, y = 0;
  for (const f of forces) {
    x += f.forceN * Math.cos((f.angleDeg * Math.PI) / 180);
    y += f.forceN * Math.sin((f.angleDeg * Math.PI) / 180);
  }
  return { forceN: Math.hypot(x, y), angleDeg: (Math.atan2(y, x) * 180) / Math.PI };
}

/** Where to hold gauges pulling along `anglesDeg` so the knot rests at `o` (what a student finds by trial; for presets and tests): null if it cannot be done with those directions. */
export function handsFor(pin: Vec, o: Vec, anglesDeg: number[]): Vec[] | null {
  const band = springPull(o, pin, BAND_NATURAL_M, BAND_K_NPM), need = { x: -band.x, y: -band.y };
  const u = anglesDeg.map((a) => ({ x: Math.cos((a * Math.PI) / 180), y: -Math.sin((a * Math.PI) / 180) }));
  let mags: number[];
  if (u.length === 1) mags = [need.x * u[0].x + need.y * u[0].y];
  else if (u.length === 2) {
    const det = u[0].x * u[1].y - u[1].x * u[0].y;
    if (Math.abs(det) < 1e-9) return null;
    mags = [(need.x * u[1].y - u[1].x * need.y) / det, (u[0].x * need.y - need.x * u[0].y) / det];
  } else return null;
  if (mags.some((m) => m <= 0)) return null;
  return mags.map((m, i) => ({ x: o.x + u[i].x * (PULL_SLACK_M + m / PULL_GAUGE_K_NPM), y: o.y + u[i].y * (PULL_SLACK_M + m / PULL_GAUGE_K_NPM) }));
}
