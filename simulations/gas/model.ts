/**
 * Gas in a box (2D kinetic theory): argon-like hard disks in a box 100 nm high whose right wall is a piston.
 * Pressure comes from the impulses on the walls (2D pressure = force per unit length of wall, N/m);
 * temperature from the mean kinetic energy, ⟨½mv²⟩ = kT in 2D. The heater is a thermostat that brings the
 * gas to the set temperature; "hold" decides which quantity stays fixed when the student changes another:
 * temperature (thermostat holds T; move the piston or change N), volume (piston locked; heat or add gas),
 * pressure (the piston moves by itself to keep the pressure it had when the hold began).
 */
import type { SimulationMeta } from '../core/meta';
import { num, str, type ParamValues } from '../core/params';
import { SeededRandom } from '../core/rng';
import type { Measurements, SimEvent, Simulation } from '../core/simulation';
import { BOLTZMANN_J_K, meanSpeed2D } from './maxwell';
import { HOLD_MODES, gasMeta, type HoldMode } from './meta';
import { ParticleBox } from './particle-box';

/** Argon: 39.948 u × 1.660 539 07 × 10⁻²⁷ kg (CODATA 2018). */
export const ARGON_MASS_KG = 39.948 * 1.66053907e-27;
/** Hard-disk radius, nm (argon's van der Waals radius is 0.188 nm; smaller keeps the gas nearly ideal). */
export const PARTICLE_RADIUS_NM = 0.15;
export const BOX_HEIGHT_NM = 100;
export const MAX_PARTICLES = 1000;
/** Heater/thermostat relaxation time (Berendsen), s. */
const THERMOSTAT_TAU_S = 2e-11;
/** The piston never moves faster than this, m/s. */
const PISTON_MAX_SPEED_MS = 40;
/** Pressure shown now: averaged over the last 10 blocks of 10 ps. */
const BLOCK_S = 1e-11;
const BLOCKS = 10;

export interface GasState {
  params: ParamValues;
  timeS: number;
  rng: number;
  targetTemperatureK: number;
  targetWidthNm: number;
  hold: HoldMode;
  heldPressureNPerM: number;
  widthNm: number;
  x: number[];
  y: number[];
  vx: number[];
  vy: number[];
}

export class GasModel implements Simulation<GasState> {
  readonly meta: SimulationMeta = gasMeta;
  timeS = 0;
  private params: ParamValues = {};
  private rng = new SeededRandom(1);
  box!: ParticleBox;
  private targetT = 300;
  private targetWidth = 100;
  private holdMode: HoldMode = 'temperature';
  private heldPressure = 0;
  // Averages since the last change (reset or any control): ∫P dt, ∫T dt, ∫A dt and their time.
  private sumP = 0;
  private sumT = 0;
  private sumA = 0;
  private sumTime = 0;
  // Ring of recent blocks for the pressure shown now.
  private blockImpulsePerLen = new Float64Array(BLOCKS);
  private blockTime = new Float64Array(BLOCKS);
  private block = 0;

  constructor(params?: ParamValues, seed?: number) {
    if (params) this.reset(params, seed);
  }

  reset(params: ParamValues, seed = 1): void {
    this.params = { ...params };
    this.rng = new SeededRandom(seed);
    this.targetT = num(params, 'temperatureK');
    this.targetWidth = num(params, 'widthNm');
    this.holdMode = this.parseHold(str(params, 'hold'));
    this.box = new ParticleBox(MAX_PARTICLES, this.targetWidth, BOX_HEIGHT_NM, PARTICLE_RADIUS_NM, ARGON_MASS_KG);
    const n = Math.round(num(params, 'particleCount'));
    const equal = str(params, 'initialSpeeds') === 'equal';
    for (let i = 0; i < n; i++) this.addParticle(equal);
    // Exactly the set temperature at t = 0.
    const T = this.temperatureK();
    if (T > 0) this.box.scaleVelocities(Math.sqrt(this.targetT / T));
    this.timeS = 0;
    this.heldPressure = this.idealPressure(this.targetT);
    this.clearAverages();
  }

  private parseHold(h: string): HoldMode {
    if (!HOLD_MODES.includes(h as HoldMode)) throw new Error(`hold: '${h}' is not allowed; allowed: ${HOLD_MODES.join(' | ')}`);
    return h as HoldMode;
  }

  private addParticle(equalSpeeds: boolean): void {
    const sigma = Math.sqrt((BOLTZMANN_J_K * this.targetT) / ARGON_MASS_KG);
    if (equalSpeeds) {
      // every particle at the speed with ½mv² = kT, random direction
      const v = Math.SQRT2 * sigma;
      const a = 2 * Math.PI * this.rng.next();
      this.box.addRandom(this.rng, v * Math.cos(a), v * Math.sin(a));
    } else {
      this.box.addRandom(this.rng, sigma * this.rng.normal(), sigma * this.rng.normal());
    }
  }

  private clearAverages(): void {
    this.sumP = this.sumT = this.sumA = this.sumTime = 0;
    this.blockImpulsePerLen.fill(0);
    this.blockTime.fill(0);
    this.block = 0;
  }

  // ---- controls the view (and Blockly) use without a reset ----

  get hold(): HoldMode {
    return this.holdMode;
  }

  setHold(h: string): void {
    this.holdMode = this.parseHold(h);
    if (this.holdMode === 'pressure') this.heldPressure = this.pressureNow() || this.idealPressure(this.temperatureK());
    if (this.holdMode === 'volume') this.targetWidth = this.box.widthNm;
    this.clearAverages();
  }

  /** Heater setting, K. Not allowed while temperature is held. */
  setTemperature(tK: number): void {
    const spec = gasMeta.params.find((p) => p.name === 'temperatureK')!;
    if (spec.kind !== 'number' || !(tK >= spec.min && tK <= spec.max)) throw new Error(`temperatureK must be 50 … 1000 K, got ${tK}`);
    if (this.holdMode === 'temperature') throw new Error('temperature is held constant; choose another quantity to hold first');
    this.targetT = tK;
    this.clearAverages();
  }

  /** Piston position, nm. Only while temperature is held (volume held: locked; pressure held: moves by itself). */
  setWidth(wNm: number): void {
    if (!(wNm >= 20 && wNm <= 200)) throw new Error(`widthNm must be 20 … 200 nm, got ${wNm}`);
    if (this.holdMode !== 'temperature') throw new Error(`the piston is ${this.holdMode === 'volume' ? 'locked (volume held)' : 'moved by the gas (pressure held)'}`);
    this.targetWidth = wNm;
    this.clearAverages();
  }

  /** Pump gas in or let it out (not while pressure is held, where the piston would run away at the walls). */
  setParticleCount(n: number): void {
    const count = Math.round(n);
    if (!(count >= 10 && count <= MAX_PARTICLES)) throw new Error(`particleCount must be 10 … ${MAX_PARTICLES}, got ${n}`);
    while (this.box.count < count) this.addParticle(false);
    if (this.box.count > count) this.box.count = count;
    this.clearAverages();
  }

  get targetTemperatureK(): number {
    return this.targetT;
  }

  // ---- physics ----

  temperatureK(): number {
    const n = this.box.count;
    return n > 0 ? this.box.kineticEnergyJ() / (n * BOLTZMANN_J_K) : 0;
  }

  private areaM2(): number {
    return this.box.widthNm * 1e-9 * BOX_HEIGHT_NM * 1e-9;
  }

  private perimeterM(): number {
    return 2 * (this.box.widthNm + BOX_HEIGHT_NM) * 1e-9;
  }

  private idealPressure(tK: number): number {
    return (this.box.count * BOLTZMANN_J_K * tK) / this.areaM2();
  }

  /** Wall pressure averaged over the recent blocks, N/m (0 before any time has passed). */
  pressureNow(): number {
    let imp = 0;
    let t = 0;
    for (let i = 0; i < BLOCKS; i++) {
      imp += this.blockImpulsePerLen[i];
      t += this.blockTime[i];
    }
    return t > 0 ? imp / t : 0;
  }

  step(dtS: number): SimEvent[] {
    if (!(dtS > 0) || !Number.isFinite(dtS)) throw new Error(`dtS must be a finite number > 0, got ${dtS}`);
    const box = this.box;
    // Piston: towards its target (temperature/volume held) or driven by the pressure difference (pressure held).
    if (this.holdMode === 'pressure') {
      const p = this.pressureNow();
      const rel = p > 0 ? (p - this.heldPressure) / this.heldPressure : 0;
      box.pistonVelocityMS = Math.max(-PISTON_MAX_SPEED_MS, Math.min(PISTON_MAX_SPEED_MS, rel * 200));
      if ((box.widthNm >= 200 && box.pistonVelocityMS > 0) || (box.widthNm <= 20 && box.pistonVelocityMS < 0)) box.pistonVelocityMS = 0;
    } else {
      const gapNm = this.targetWidth - box.widthNm;
      const maxStepNm = (PISTON_MAX_SPEED_MS * dtS) / 1e-9;
      box.pistonVelocityMS = Math.abs(gapNm) <= maxStepNm ? (gapNm * 1e-9) / dtS : Math.sign(gapNm) * PISTON_MAX_SPEED_MS;
    }
    const impulse = box.step(dtS);
    box.pistonVelocityMS = 0;
    // Heater: Berendsen thermostat towards the set temperature.
    const T = this.temperatureK();
    if (T > 0) box.scaleVelocities(Math.sqrt(Math.max(0, 1 + (dtS / THERMOSTAT_TAU_S) * (this.targetT / T - 1))));
    this.timeS += dtS;
    // Statistics.
    const perLen = impulse / this.perimeterM();
    if (this.blockTime[this.block] >= BLOCK_S) {
      this.block = (this.block + 1) % BLOCKS;
      this.blockTime[this.block] = 0;
      this.blockImpulsePerLen[this.block] = 0;
    }
    this.blockImpulsePerLen[this.block] += perLen;
    this.blockTime[this.block] += dtS;
    this.sumP += perLen;
    this.sumT += this.temperatureK() * dtS;
    this.sumA += this.areaM2() * dtS;
    this.sumTime += dtS;
    return [];
  }

  measure(): Measurements {
    const box = this.box;
    const n = box.count;
    let sum = 0;
    let sum2 = 0;
    for (let i = 0; i < n; i++) {
      const v2 = box.vx[i] * box.vx[i] + box.vy[i] * box.vy[i];
      sum += Math.sqrt(v2);
      sum2 += v2;
    }
    const T = this.temperatureK();
    const pAvg = this.sumTime > 0 ? this.sumP / this.sumTime : 0;
    const tAvg = this.sumTime > 0 ? this.sumT / this.sumTime : T;
    const aAvg = this.sumTime > 0 ? this.sumA / this.sumTime : this.areaM2();
    return {
      particleCount: n,
      widthNm: box.widthNm,
      areaNm2: box.widthNm * BOX_HEIGHT_NM,
      temperatureK: T,
      pressureNPerM: this.pressureNow(),
      pressureAvgNPerM: pAvg,
      temperatureAvgK: tAvg,
      idealPressureNPerM: this.idealPressure(T),
      // P·A/(N k T) with time averages since the last change; 1 for an ideal gas (0 before any step).
      pvOverNkT: this.sumTime > 0 ? (pAvg * aAvg) / (n * BOLTZMANN_J_K * tAvg) : 0,
      meanSpeedMS: n ? sum / n : 0,
      rmsSpeedMS: n ? Math.sqrt(sum2 / n) : 0,
      mbMeanSpeedMS: meanSpeed2D(T, ARGON_MASS_KG),
      collisionsTotal: box.collisionsTotal,
    };
  }

  state(): GasState {
    const b = this.box;
    const arr = (a: Float64Array) => Array.from(a.subarray(0, b.count));
    return {
      params: { ...this.params },
      timeS: this.timeS,
      rng: this.rng.seedState,
      targetTemperatureK: this.targetT,
      targetWidthNm: this.targetWidth,
      hold: this.holdMode,
      heldPressureNPerM: this.heldPressure,
      widthNm: b.widthNm,
      x: arr(b.x),
      y: arr(b.y),
      vx: arr(b.vx),
      vy: arr(b.vy),
    };
  }

  /** Continues the particles exactly; running averages restart from the restored moment. */
  restore(s: GasState): void {
    this.reset(s.params);
    this.timeS = s.timeS;
    this.rng.seedState = s.rng;
    this.targetT = s.targetTemperatureK;
    this.targetWidth = s.targetWidthNm;
    this.holdMode = this.parseHold(s.hold);
    this.heldPressure = s.heldPressureNPerM;
    const b = this.box;
    b.widthNm = s.widthNm;
    b.count = s.x.length;
    b.x.set(s.x);
    b.y.set(s.y);
    b.vx.set(s.vx);
    b.vy.set(s.vy);
    this.clearAverages();
  }
}
