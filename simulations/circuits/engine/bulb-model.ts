/**
 * Incandescent bulb: a tungsten filament heated by the current, cooled by radiation.
 *
 *   resistance   R(T) = R_rated · (T / T_rated)^1.2
 *   radiation    P_out = k · (T⁴ − T_room⁴),  k = P_rated / (T_rated⁴ − T_room⁴)   (Stefan–Boltzmann)
 *   heating      C · dT/dt = V²/R(T) − P_out,  C = 4·k·T_rated³·τ
 *
 * R_rated = V_rated²/P_rated, T_rated defaults to 2500 K (small torch bulbs run at 2400–2700 K), τ to 0.05 s.
 * The power law ρ ∝ T^1.2 is the usual fit to tungsten's resistivity (H. A. Jones & I. Langmuir, "The
 * characteristics of tungsten filaments as functions of temperature", General Electric Review 30 (1927)),
 * within about 10 % from room temperature to 3000 K; it gives a cold resistance about a tenth of the hot
 * one, as measured on real bulbs. Conduction losses to the supports are neglected. A filament above
 * tungsten's melting point (3695 K, CRC Handbook) burns out and opens the circuit.
 * In steady state V² ∝ T^5.2, so T = T_rated·(V/V_rated)^(1/2.6) and I ∝ V^0.54.
 */

export const ROOM_TEMPERATURE_K = 293.15;
export const TUNGSTEN_MELTING_K = 3695;
const EXPONENT = 1.2;

export interface BulbRating {
  ratedVoltageV: number;
  ratedPowerW: number;
  ratedTemperatureK?: number;
  thermalTimeS?: number;
}

export class Filament {
  readonly ratedVoltageV: number;
  readonly ratedResistanceOhm: number;
  readonly ratedTemperatureK: number;
  /** Radiation constant k, W/K⁴. */
  readonly radiationWPerK4: number;
  /** Heat capacity C, J/K. */
  readonly heatCapacityJPerK: number;

  constructor(r: BulbRating) {
    this.ratedVoltageV = r.ratedVoltageV;
    this.ratedResistanceOhm = (r.ratedVoltageV * r.ratedVoltageV) / r.ratedPowerW;
    this.ratedTemperatureK = r.ratedTemperatureK ?? 2500;
    const tr = this.ratedTemperatureK;
    this.radiationWPerK4 = r.ratedPowerW / (tr ** 4 - ROOM_TEMPERATURE_K ** 4);
    this.heatCapacityJPerK = 4 * this.radiationWPerK4 * tr ** 3 * (r.thermalTimeS ?? 0.05);
  }

  resistanceOhm(temperatureK: number): number {
    return this.ratedResistanceOhm * Math.pow(temperatureK / this.ratedTemperatureK, EXPONENT);
  }

  /**
   * Filament temperature after a step of dt (backward Euler) with voltage V across it, from T_old.
   * dt = Infinity gives the steady state. h(T) = C(T − T_old)/dt + k(T⁴ − T_room⁴) − V²/R(T) rises
   * strictly with T, so the root is unique; Newton's method with a bracket finds it.
   */
  temperatureK(voltageV: number, previousK: number, dtS: number, guessK?: number): number {
    const k = this.radiationWPerK4;
    const c = Number.isFinite(dtS) ? this.heatCapacityJPerK / dtS : 0;
    const v2 = voltageV * voltageV;
    const room4 = ROOM_TEMPERATURE_K ** 4;
    let lo = Math.min(previousK, ROOM_TEMPERATURE_K) * 0.999;
    let hi = Math.max(previousK, this.ratedTemperatureK, 1000);
    // h(T) = C(T − T_old)/dt + k(T⁴ − T_room⁴) − V²/R(T), increasing in T.
    while (c * (hi - previousK) + k * (hi ** 4 - room4) - v2 / this.resistanceOhm(hi) < 0) hi *= 2;
    // Start from the caller's guess (the last iterate's temperature: Newton's steps are small), else from
    // the old temperature (a step) or the power law (steady state).
    const start = guessK !== undefined && guessK > 0 ? guessK : Number.isFinite(dtS) ? previousK : this.steadyGuessK(voltageV);
    let t = Math.min(Math.max(start, lo), hi);
    for (let iter = 0; iter < 100; iter++) {
      const r = this.resistanceOhm(t);
      const t3 = t * t * t;
      const f = c * (t - previousK) + k * (t3 * t - room4) - v2 / r;
      if (f > 0) hi = t;
      else lo = t;
      let next = t - f / (c + 4 * k * t3 + (v2 * EXPONENT) / (r * t));
      if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
      if (Math.abs(next - t) <= 1e-12 * t) return next;
      t = next;
    }
    return t;
  }

  /** Steady-state guess from V² ∝ T^5.2 (exact when T_room ≪ T). */
  private steadyGuessK(voltageV: number): number {
    const ratio = Math.abs(voltageV) / Math.sqrt(this.ratedResistanceOhm * this.radiationWPerK4 * (this.ratedTemperatureK ** 4 - ROOM_TEMPERATURE_K ** 4));
    return Math.max(ROOM_TEMPERATURE_K, this.ratedTemperatureK * Math.pow(ratio, 1 / 2.6));
  }

  /**
   * Current and its derivative dI/dV at voltage V, with the temperature that goes with it (the
   * filament's temperature responds to V within the step, which keeps the Newton iteration implicit).
   */
  evaluate(voltageV: number, previousK: number, dtS: number, guessK?: number): { currentA: number; conductanceS: number; temperatureK: number } {
    const t = this.temperatureK(voltageV, previousK, dtS, guessK);
    const r = this.resistanceOhm(t);
    const k = this.radiationWPerK4;
    const c = Number.isFinite(dtS) ? this.heatCapacityJPerK / dtS : 0;
    // dT/dV from h(T, V) = 0: ∂h/∂T · dT + ∂h/∂V · dV = 0, ∂h/∂V = −2V/R.
    const dhdT = c + 4 * k * t ** 3 + (voltageV * voltageV * EXPONENT) / (r * t);
    const dTdV = (2 * voltageV) / r / dhdT;
    const drdT = (EXPONENT * r) / t;
    const conductanceS = 1 / r - (voltageV * drdT * dTdV) / (r * r);
    return { currentA: voltageV / r, conductanceS, temperatureK: t };
  }
}
