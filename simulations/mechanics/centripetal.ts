/**
 * B2.2 探究向心力大小与半径、角速度、质量的关系 (人教版 高中物理 必修第二册 第六章第2节 "向心力", 实验): the
 * centripetal-force apparatus (向心力演示器). Turning the crank turns two tower pulleys joined by a belt; each
 * carries an arm with a ball in a slot; the ball presses on the arm's end, and a lever passes that force to a
 * spring sleeve whose striped column (标尺) rises out in proportion to it. Pure.
 *
 * Physics: F = m ω² r (the ball turns on a circle of radius r at ω). The belt runs on a pair of tower steps of
 * radii R_L, R_R without slipping, so ω_L R_L = ω_R R_R: on the 1:1 steps the arms turn together, on 2:1 (left
 * step half the right's radius) the left arm turns twice as fast. The left arm has slots A (r) and B (2r), the
 * right arm slot C (r). The columns show F in stripes; a student reads each to half a stripe and compares the
 * two: F_L/F_R = (m_L/m_R)(ω_L/ω_R)²(r_L/r_R).
 */

/** Balls: two steel, one aluminium, the same size (steel 7.9, aluminium 2.7 g/cm³: 2.93 : 1). */
export const BALL_MASS_KG: Record<string, number> = { steel: 0.028, aluminium: 0.00957 };
/** Slots: A and C at the short radius, B at twice it. */
export const SLOT_RADIUS_M: Record<string, number> = { A: 0.04, B: 0.08, C: 0.04 };
/** The belt's steps: ω_L/ω_R = R_R/R_L. */
export const BELT_RATIO: Record<string, number> = { '1:1': 1, '2:1': 2, '3:1': 3 };
/** Force per stripe on the columns, N; stripes on a column. */
export const STRIPE_N = 0.05;
export const COLUMN_STRIPES = 12;

export interface CentripetalSetting {
  leftBall: string;
  leftSlot: string;
  rightBall: string;
  belt: string;
  /** The crank (the right tower) turning, revolutions per second; 0 when still. */
  crankRps: number;
}

function check<T>(table: Record<string, T>, field: string, value: string): T {
  const v = table[value];
  if (v === undefined) throw new Error(`${field}: '${value}' is not one of ${Object.keys(table).join(', ')}`);
  return v;
}

/** Each arm's angular speed, rad/s. */
export function armOmegas(s: CentripetalSetting): { left: number; right: number } {
  const right = 2 * Math.PI * s.crankRps;
  return { left: right * check(BELT_RATIO, 'belt', s.belt), right };
}

/** The force each ball needs to go round, N: m ω² r. */
export function centripetalForces(s: CentripetalSetting): { left: number; right: number } {
  const w = armOmegas(s);
  return {
    left: check(BALL_MASS_KG, 'leftBall', s.leftBall) * w.left ** 2 * check(SLOT_RADIUS_M, 'leftSlot', s.leftSlot),
    right: check(BALL_MASS_KG, 'rightBall', s.rightBall) * w.right ** 2 * SLOT_RADIUS_M.C,
  };
}

/** How many stripes a column shows for a force (continuous, up to the column's top), and what a student reads: to half a stripe; NaN past the top. */
export function stripesFor(forceN: number): { shown: number; read: number } {
  const shown = Math.min(COLUMN_STRIPES, forceN / STRIPE_N);
  return { shown, read: forceN / STRIPE_N > COLUMN_STRIPES ? NaN : Math.round(shown * 2) / 2 };
}
