/**
 * Heat in a vessel: a heater of known power, the reactions' heat, and the loss to the room warm or cool the
 * contents and the glass (one temperature for both: a lumped body), and substances melt, freeze and boil at
 * their transition temperatures, holding the temperature there until the change is complete.
 *
 * Between transitions the body obeys C dT/dt = P − G (T − T_room), solved exactly over each piece:
 *   T(t) = T_∞ + (T₀ − T_∞) e^{−G t / C},  T_∞ = T_room + P/G   (G > 0);   T = T₀ + P t / C   (G = 0),
 * so a heating curve is c·m·ΔT = P·t with G = 0, and Newton's law of cooling otherwise. At a transition the net
 * power P − G (T_tr − T_room) goes into the latent heat: m·L = P_net · t. Crystalline solids (ice, 海波)
 * melt at one temperature; an amorphous solid (paraffin, as 人教版 八年级上册 第三章第2节 treats it) has no
 * melting point: its latent heat is spread over a softening range, so its temperature keeps rising.
 *
 * Water boils where its vapour pressure equals the pressure above it (Antoine equation, Dortmund Data Bank
 * coefficients for water: A 8.07131, B 1730.63, C 233.426 for 1–100 °C and A 8.14019, B 1810.94, C 244.485 for
 * 99–374 °C, mmHg and °C); 100.0 °C at 101.325 kPa, about 88 °C at Lhasa's 65 kPa. Its latent heat is 2257
 * J/g at 100 °C rising 2.55 J/g per degree below (CRC Handbook, "enthalpy of vaporization of water").
 * Latent heats of fusion: ice 334 J/g (CRC); 海波 (Na₂S₂O₃·5H₂O) melts at 48 °C (人教版 八年级上册 第三章第2节)
 * taking 201 J/g (Abhat, Solar Energy 30 (1983) 313, table of salt hydrates); paraffin wax softens over
 * 48–62 °C taking about 150 J/g, typical of commercial wax.
 */
import { amountOf, changeAmount, heatCapacityJPerK, type Contents } from './contents';
import { molarMassOf, STANDARD_PRESSURE_PA, ZERO_CELSIUS_K } from './species';

export interface PhaseChange {
  /** Lower-temperature phase → higher (solid → liquid, liquid → gas). */
  from: string;
  to: string;
  /** Transition temperature, K, or 'boiling' (from the pressure). */
  at: number | 'boiling';
  latentJPerG: (temperatureK: number) => number;
}

export interface Softening {
  species: string;
  fromK: number;
  toK: number;
  latentJPerG: number;
}

const C = ZERO_CELSIUS_K;

export const PHASE_CHANGES: readonly PhaseChange[] = [
  { from: 'H2O(s)', to: 'H2O(l)', at: C, latentJPerG: () => 334 },
  { from: 'Na2S2O3·5H2O(s)', to: 'Na2S2O3·5H2O(l)', at: C + 48, latentJPerG: () => 201 },
  { from: 'H2O(l)', to: 'H2O(g)', at: 'boiling', latentJPerG: (t) => 2257 + 2.55 * (C + 100 - t) },
];

export const SOFTENINGS: readonly Softening[] = [{ species: 'C25H52(s)', fromK: C + 48, toK: C + 62, latentJPerG: 150 }];

const MMHG_PER_PA = 760 / STANDARD_PRESSURE_PA;

/** Boiling point of water at a pressure, K (Antoine). */
export function waterBoilingPointK(pressurePa: number): number {
  const logP = Math.log10(pressurePa * MMHG_PER_PA);
  const low = 1730.63 / (8.07131 - logP) - 233.426;
  const t = low <= 100 ? low : 1810.94 / (8.14019 - logP) - 244.485;
  return t + C;
}

/** Vapour pressure of water at a temperature, Pa (Antoine). */
export function waterVapourPressurePa(temperatureK: number): number {
  const t = temperatureK - C;
  const [a, b, c] = t <= 100 ? [8.07131, 1730.63, 233.426] : [8.14019, 1810.94, 244.485];
  return 10 ** (a - b / (c + t)) / MMHG_PER_PA;
}

export interface HeatInput {
  dtS: number;
  /** Heat delivered into the body (heater, reactions spread over the step, a bath), W. */
  powerW: number;
  /** Conductance of the loss to the room, W/K. */
  lossWPerK: number;
  roomK: number;
  /** The glass's own heat capacity, J/K. */
  glassJPerK: number;
  pressurePa: number;
  /** Open to the room: steam leaves (else it stays as gas in the vessel). */
  open: boolean;
}

export interface HeatOutcome {
  /** Water boiled off into the room this step, mol. */
  boiledOffMol: number;
  /** Phase changes under way during the step (`H2O(l)` boiling, `H2O(s)` melting …). */
  changing: string[];
}

function transitionK(pc: PhaseChange, pressurePa: number): number {
  return pc.at === 'boiling' ? waterBoilingPointK(pressurePa) : pc.at;
}

/** Extra heat capacity of softening solids at T (their latent heat spread over the range), J/K. */
function softeningCapacity(c: Contents, t: number): number {
  let extra = 0;
  for (const s of SOFTENINGS) {
    const n = amountOf(c, s.species);
    if (n > 0 && t >= s.fromK && t < s.toK) extra += (n * molarMassOf(s.species) * s.latentJPerG) / (s.toK - s.fromK);
  }
  return extra;
}

/** Temperatures where the heat capacity changes (softening range ends), for pieces to stop at. */
function capacityBreaks(c: Contents): number[] {
  const out: number[] = [];
  for (const s of SOFTENINGS) if (amountOf(c, s.species) > 0) out.push(s.fromK, s.toK);
  return out;
}

/**
 * Bring a state that a mix left inconsistent (ice in water above 0 °C, water above its boiling point in an
 * open dish) to what the same energy gives: melt, freeze or flash until the temperature is the transition's
 * or the phase is used up.
 */
export function settlePhases(c: Contents, glassJPerK: number, pressurePa: number, open: boolean): number {
  let boiled = 0;
  for (const pc of PHASE_CHANGES) {
    const tTr = transitionK(pc, pressurePa);
    const L = pc.latentJPerG(tTr) * molarMassOf(pc.from);
    // The sensible heat above (or below) the transition, E = C (T − T_tr), pays for the change; what is left
    // warms (or cools) the new mix, whose heat capacity is not the old one.
    const energy = (glassJPerK + heatCapacityJPerK(c)) * (c.temperatureK - tTr);
    let n = 0;
    if (energy > 0 && amountOf(c, pc.from) > 0 && (pc.at !== 'boiling' || open)) n = Math.min(amountOf(c, pc.from), energy / L);
    else if (energy < 0 && amountOf(c, pc.to) > 0 && pc.at !== 'boiling') n = -Math.min(amountOf(c, pc.to), -energy / L);
    if (n === 0) continue;
    convert(c, pc, n, open);
    if (pc.at === 'boiling') boiled += n;
    c.temperatureK = tTr + (energy - n * L) / (glassJPerK + heatCapacityJPerK(c));
  }
  return boiled;
}

function convert(c: Contents, pc: PhaseChange, n: number, open: boolean): void {
  if (n === 0) return;
  changeAmount(c, pc.from, -n, n < 0 ? 2e-3 : undefined);
  if (pc.at === 'boiling' && open && n > 0) return; // the steam goes into the room
  changeAmount(c, pc.to, n, n < 0 ? undefined : 2e-3);
}

/**
 * Advance the temperature of a vessel and its contents by dtS, piece by piece between transitions, exactly.
 * The contents change phase as the heat requires; steam from an open vessel leaves it.
 */
export function heatStep(c: Contents, h: HeatInput): HeatOutcome {
  const changing = new Set<string>();
  let boiledOffMol = settlePhases(c, h.glassJPerK, h.pressurePa, h.open);
  let left = h.dtS;
  for (let guard = 0; left > 1e-12 && guard < 32; guard++) {
    const t0 = c.temperatureK;
    const net = (t: number) => h.powerW - h.lossWPerK * (t - h.roomK);
    const p0 = net(t0);
    if (Math.abs(p0) < 1e-12) break;
    const heating = p0 > 0;
    // A transition under way at this temperature: its latent heat takes the net power.
    let active: PhaseChange | null = null;
    for (const pc of PHASE_CHANGES) {
      const tTr = transitionK(pc, h.pressurePa);
      if (Math.abs(t0 - tTr) > 1e-9) continue;
      if (heating && amountOf(c, pc.from) > 0 && (pc.at !== 'boiling' || true)) active = pc;
      if (!heating && amountOf(c, pc.to) > 0 && pc.at !== 'boiling') active = pc;
      if (active) break;
    }
    if (active) {
      const L = active.latentJPerG(t0) * molarMassOf(active.from);
      const available = heating ? amountOf(c, active.from) : amountOf(c, active.to);
      const tFull = (available * L) / Math.abs(p0);
      const dt = Math.min(left, tFull);
      const n = (Math.abs(p0) * dt) / L;
      const moved = Math.min(n, available);
      convert(c, active, heating ? moved : -moved, h.open);
      if (active.at === 'boiling' && heating && h.open) boiledOffMol += moved;
      changing.add(heating ? active.from : active.to);
      c.temperatureK = t0;
      left -= dt;
      if (dt < tFull) break;
      // Finished: nudge off the transition so the next piece heats (or cools) the new phase.
      c.temperatureK = t0 + (heating ? 1e-9 : -1e-9);
      continue;
    }
    // Sensible heating or cooling up to the next transition or capacity break in the direction of change.
    const cap = h.glassJPerK + heatCapacityJPerK(c) + softeningCapacity(c, heating ? t0 : t0 - 1e-9);
    if (!(cap > 0)) break;
    let stopAt = heating ? Infinity : -Infinity;
    for (const pc of PHASE_CHANGES) {
      const tTr = transitionK(pc, h.pressurePa);
      if (heating && tTr > t0 && amountOf(c, pc.from) > 0) stopAt = Math.min(stopAt, tTr);
      if (!heating && tTr < t0 && amountOf(c, pc.to) > 0 && pc.at !== 'boiling') stopAt = Math.max(stopAt, tTr);
    }
    for (const b of capacityBreaks(c)) {
      if (heating && b > t0 + 1e-9) stopAt = Math.min(stopAt, b);
      if (!heating && b < t0 - 1e-9) stopAt = Math.max(stopAt, b);
    }
    const G = h.lossWPerK;
    let tReach = Infinity;
    let tEnd: number;
    if (G > 0) {
      const tInf = h.roomK + h.powerW / G;
      if (Number.isFinite(stopAt) && (heating ? stopAt < tInf : stopAt > tInf)) tReach = (-cap / G) * Math.log((stopAt - tInf) / (t0 - tInf));
      const dt = Math.min(left, tReach);
      tEnd = dt === tReach ? stopAt : tInf + (t0 - tInf) * Math.exp((-G * dt) / cap);
      left -= dt;
    } else {
      if (Number.isFinite(stopAt)) tReach = (cap * (stopAt - t0)) / h.powerW;
      const dt = Math.min(left, tReach);
      tEnd = dt === tReach ? stopAt : t0 + (h.powerW * dt) / cap;
      left -= dt;
    }
    c.temperatureK = tEnd;
  }
  return { boiledOffMol, changing: [...changing] };
}

/** How much of an amorphous solid has softened (0 … 1), for how it is drawn. */
export function softenedShare(speciesId: string, temperatureK: number): number {
  const s = SOFTENINGS.find((x) => x.species === speciesId);
  if (!s) return 0;
  return Math.min(1, Math.max(0, (temperatureK - s.fromK) / (s.toK - s.fromK)));
}
