/**
 * Junction diode and LED: the Shockley equation as SPICE (Berkeley SPICE3 / ngspice) evaluates it, so the
 * engine and ngspice agree to rounding on the same .model card:
 *
 *   forward (V ≥ −3·N·Vt):        I = IS·(exp(V/(N·Vt)) − 1)
 *   reverse (−BV < V < −3·N·Vt):  I = −IS·(1 + (3·N·Vt/(V·e))³)      (a smooth join to −IS)
 *   breakdown (V ≤ −BV):          I = −IS·exp(−(BV′ + V)/(N·Vt))      (BV′ matches IBV at −BV)
 *
 * plus GMIN = 1e-12 S in parallel (as SPICE adds for convergence). Vt = kT/q at 27 °C with CODATA 2014 k
 * and q (the constants ngspice 39 uses). Series resistance RS is a separate resistor in the circuit.
 * Sources: W. Shockley, Bell Syst. Tech. J. 28 (1949) 435; T. Quarles, SPICE3 implementation notes
 * (UCB/ERL M89/46, 1989), the diode model; L. W. Nagel, SPICE2 (UCB/ERL M520, 1975) for the junction
 * voltage limiting used in the Newton iteration.
 */

export interface DiodeModel {
  /** IS, A (SPICE default 1e-14). */
  saturationCurrentA: number;
  /** N (SPICE default 1). */
  emissionCoefficient: number;
  /** RS, Ω (default 0). */
  seriesResistanceOhm?: number;
  /** BV, V (positive number; absent: no breakdown). */
  breakdownVoltageV?: number;
  /** IBV, A (SPICE default 1e-3). */
  breakdownCurrentA?: number;
}

const BOLTZMANN = 1.38064852e-23;
const CHARGE = 1.6021766208e-19;
/** SPICE's nominal temperature, 27 °C. */
export const NOMINAL_TEMPERATURE_K = 300.15;
/** Thermal voltage kT/q at 27 °C, V. */
export const THERMAL_VOLTAGE_V = (BOLTZMANN * NOMINAL_TEMPERATURE_K) / CHARGE;
/** Conductance SPICE puts across every junction, S. */
export const GMIN_S = 1e-12;

/** Typical parts, with where the numbers come from. */
export const DIODE_PRESETS: Record<string, DiodeModel> = {
  /** Small-signal silicon diode 1N4148: the widely used SPICE card (LTspice standard.dio). */
  '1N4148': { saturationCurrentA: 2.52e-9, emissionCoefficient: 1.752, seriesResistanceOhm: 0.568, breakdownVoltageV: 100, breakdownCurrentA: 1e-4 },
  /** Rectifier 1N4007 (LTspice standard.dio). */
  '1N4007': { saturationCurrentA: 7.02767e-9, emissionCoefficient: 1.80803, seriesResistanceOhm: 0.0341512, breakdownVoltageV: 1000, breakdownCurrentA: 5e-6 },
  /**
   * 5 mm red LED: with N = 2 and RS = 5 Ω, IS is chosen so the LED drops 2.0 V at 20 mA (1.79 V at 2 mA),
   * the typical forward voltage in datasheets of red GaAsP/GaP LEDs (e.g. Kingbright L-53HD: VF typ. 2.0 V
   * at 20 mA).
   */
  redLed: { saturationCurrentA: 2.2e-18, emissionCoefficient: 2.0, seriesResistanceOhm: 5, breakdownVoltageV: 5, breakdownCurrentA: 1e-5 },
  /** 5 mm green LED: 2.2 V at 20 mA likewise (Kingbright L-53GD: VF typ. 2.2 V at 20 mA). */
  greenLed: { saturationCurrentA: 4.6e-20, emissionCoefficient: 2.0, seriesResistanceOhm: 5, breakdownVoltageV: 5, breakdownCurrentA: 1e-5 },
};

/** Evaluated junction: current (A) and its derivative (S) at V, including GMIN. */
export interface JunctionPoint {
  currentA: number;
  conductanceS: number;
}

/** Model constants derived once per diode. */
export class Junction {
  readonly is: number;
  readonly vte: number;
  readonly vcrit: number;
  /** Breakdown voltage matched to IBV (positive), or Infinity without breakdown. */
  readonly bv: number;

  constructor(m: DiodeModel) {
    this.is = m.saturationCurrentA;
    this.vte = m.emissionCoefficient * THERMAL_VOLTAGE_V;
    this.vcrit = this.vte * Math.log(this.vte / (Math.SQRT2 * this.is));
    this.bv = m.breakdownVoltageV !== undefined && m.breakdownVoltageV > 0 ? matchBreakdown(this.is, this.vte, m.breakdownVoltageV, m.breakdownCurrentA ?? 1e-3) : Infinity;
  }

  evaluate(v: number): JunctionPoint {
    const { is, vte, bv } = this;
    let i: number;
    let g: number;
    if (v >= -3 * vte) {
      const e = Math.exp(Math.min(v / vte, 700));
      i = is * (e - 1);
      g = (is * e) / vte;
    } else if (v >= -bv) {
      let a = (3 * vte) / (v * Math.E);
      a = a * a * a;
      i = -is * (1 + a);
      g = (is * 3 * a) / v;
    } else {
      const e = Math.exp(Math.min(-(bv + v) / vte, 700));
      i = -is * e;
      g = (is * e) / vte;
    }
    return { currentA: i + GMIN_S * v, conductanceS: g + GMIN_S };
  }

  /**
   * Newton step limiting for a pn junction (SPICE's pnjlim): a new junction voltage far above the critical
   * voltage moves only logarithmically, so exp() never overflows and the iteration stays in range.
   */
  limit(vNew: number, vOld: number): number {
    const { vte, vcrit, bv } = this;
    if (Number.isFinite(bv) && vNew < Math.min(0, -bv + 10 * vte)) {
      // Same limiting, mirrored about the breakdown voltage.
      const mirrored = pnjlim(-(vNew + bv), -(vOld + bv), vte, vcrit);
      return -(mirrored + bv);
    }
    return pnjlim(vNew, vOld, vte, vcrit);
  }
}

function pnjlim(vNew: number, vOld: number, vt: number, vcrit: number): number {
  if (vNew > vcrit && Math.abs(vNew - vOld) > 2 * vt) {
    if (vOld > 0) {
      const arg = 1 + (vNew - vOld) / vt;
      return arg > 0 ? vOld + vt * Math.log(arg) : vcrit;
    }
    return vt * Math.log(vNew / vt);
  }
  if (vNew < 0) {
    const floor = vOld > 0 ? -vOld - 1 : 2 * vOld - 1;
    if (vNew < floor) return floor;
  }
  return vNew;
}

/**
 * The breakdown voltage BV′ for which the breakdown branch carries IBV at −BV (SPICE3's diotemp): solved
 * to convergence by the same fixed-point iteration. When IBV is below IS·BV/Vt it is raised to that.
 */
function matchBreakdown(is: number, vte: number, bv: number, ibv: number): number {
  const vt = THERMAL_VOLTAGE_V;
  if (ibv < (is * bv) / vt) return bv;
  let x = bv - vte * Math.log(1 + ibv / is);
  for (let iter = 0; iter < 100; iter++) {
    const next = bv - vte * Math.log(ibv / is + 1 - x / vt);
    if (Math.abs(next - x) <= 1e-15 * Math.abs(bv)) return next;
    x = next;
  }
  return x;
}

/** Problems with a diode model's numbers, naming the field. */
export function diodeModelProblems(m: DiodeModel): { field: string; allowed: string }[] {
  const out: { field: string; allowed: string }[] = [];
  if (!(m.saturationCurrentA > 0 && m.saturationCurrentA < 1)) out.push({ field: 'saturationCurrentA', allowed: '0 < IS < 1 A' });
  if (!(m.emissionCoefficient >= 0.5 && m.emissionCoefficient <= 10)) out.push({ field: 'emissionCoefficient', allowed: '0.5 … 10' });
  if (m.seriesResistanceOhm !== undefined && !(m.seriesResistanceOhm >= 0 && Number.isFinite(m.seriesResistanceOhm))) out.push({ field: 'seriesResistanceOhm', allowed: '≥ 0 Ω' });
  if (m.breakdownVoltageV !== undefined && !(m.breakdownVoltageV > 0 && Number.isFinite(m.breakdownVoltageV))) out.push({ field: 'breakdownVoltageV', allowed: '> 0 V' });
  if (m.breakdownCurrentA !== undefined && !(m.breakdownCurrentA > 0 && Number.isFinite(m.breakdownCurrentA))) out.push({ field: 'breakdownCurrentA', allowed: '> 0 A' });
  return out;
}
