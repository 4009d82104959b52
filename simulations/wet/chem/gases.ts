/**
 * The gas in a vessel and what happens to it: a vessel's headspace holds n = PV/(RT) of gas (ideal gas,
 * the room's pressure); gas made beyond that is pushed out of the mouth or along the delivery tube, and a
 * vessel that cools draws gas (or water: suck-back) in. Open vessels mix with the room's air at a rate set
 * by buoyancy: a gas lighter than air leaves an upright jar in seconds and stays in an inverted one; a heavier
 * gas (CO₂, O₂ slightly) stays in an upright jar (which is why O₂ and CO₂ are collected by upward displacement
 * of air, H₂ by downward: 人教版 九年级上册 第六单元 课题2).
 *
 * Collection into a jar is a well-mixed displacement: gas of composition y flowing into a jar of volume V
 * leaves the jar at x = y + (x₀ − y)·e^{−V_in/V} (the overflow carries the jar's mix). Over water the jar starts
 * full of water and holds only what comes in: the purity is that of the incoming gas, which is why the first
 * bubbles (the generator's air) are let go (连续均匀冒出气泡时再收集).
 */
import { addInto, amountOf, changeAmount, emptyContents, gasAmount, gasFractions, takeGasShare, type Contents } from './contents';
import { AIR, AIR_MOLAR_MASS, gasMolarVolumeMl, molarMassOf } from './species';

/** Which way an open vessel's mouth faces. */
export type Mouth = 'up' | 'down' | 'side' | 'closed';

/** Gas amount that fills a volume at T and P, mol. */
export function gasMolFor(volumeMl: number, temperatureK: number, pressurePa: number): number {
  return volumeMl > 0 ? volumeMl / gasMolarVolumeMl(temperatureK, pressurePa) : 0;
}

/** Volume a gas amount takes at T and P, mL. */
export function gasVolumeMl(mol: number, temperatureK: number, pressurePa: number): number {
  return mol * gasMolarVolumeMl(temperatureK, pressurePa);
}

/** Fill a vessel's free volume with room air (a new, open vessel). */
export function fillWithAir(c: Contents, volumeMl: number, temperatureK: number, pressurePa: number): void {
  const n = gasMolFor(volumeMl, temperatureK, pressurePa);
  for (const [id, x] of Object.entries(AIR)) changeAmount(c, id, n * x);
}

/** Mean molar mass of a vessel's gas, g/mol (air's when it has none). */
export function meanMolarMass(c: Contents): number {
  const f = gasFractions(c);
  let m = 0, sum = 0;
  for (const [id, x] of Object.entries(f)) {
    m += x * molarMassOf(id);
    sum += x;
  }
  return sum > 0 ? m / sum : AIR_MOLAR_MASS;
}

/**
 * How fast an open vessel's gas mixes with the room's, per second: a gas that buoyancy carries out of the
 * mouth (lighter than air, mouth up; heavier, mouth down) leaves fast; one that buoyancy keeps in leaves slowly
 * by diffusion and draughts. Scaled by how different from air it is.
 */
export function airExchangePerS(c: Contents, mouth: Mouth): number {
  if (mouth === 'closed') return 0;
  const slow = 0.004;
  const fast = 0.25;
  const contrast = Math.min(1, Math.abs(meanMolarMass(c) - AIR_MOLAR_MASS) / 10);
  const lighter = meanMolarMass(c) < AIR_MOLAR_MASS;
  if (mouth === 'side') return slow + (fast / 2) * contrast;
  const escapes = (mouth === 'up') === lighter;
  return escapes ? slow + fast * contrast : slow;
}

/**
 * Mix an open vessel's gas with the room's air for dtS: each fraction relaxes toward air's as e^{−k t},
 * the amount staying what the headspace holds.
 */
export function mixWithAir(c: Contents, headspaceMl: number, temperatureK: number, pressurePa: number, mouth: Mouth, dtS: number): void {
  if (mouth === 'closed') return;
  const k = airExchangePerS(c, mouth);
  const keep = Math.exp(-k * dtS);
  const total = gasMolFor(headspaceMl, temperatureK, pressurePa);
  const f = gasFractions(c);
  for (const id of new Set([...Object.keys(f), ...Object.keys(AIR)])) {
    const x = (f[id] ?? (Object.keys(f).length ? 0 : AIR[id] ?? 0)) * keep + (AIR[id] ?? 0) * (1 - keep);
    changeAmount(c, id, x * total - amountOf(c, id));
  }
}

/**
 * Gas beyond what a vessel's headspace holds at the room's pressure, taken out (mixed as the vessel's gas is),
 * or, when the gas has shrunk (the vessel cooled, a gas dissolved), the amount missing as a negative number.
 */
export function overflow(c: Contents, headspaceMl: number, temperatureK: number, pressurePa: number): { out: Contents; missingMol: number } {
  const holds = gasMolFor(Math.max(0, headspaceMl), temperatureK, pressurePa);
  const has = gasAmount(c);
  if (has > holds + 1e-15) return { out: takeGasShare(c, (has - holds) / has), missingMol: 0 };
  return { out: emptyContents(temperatureK), missingMol: Math.max(0, holds - has) };
}

/**
 * Gas flowing into a jar: it mixes with what is there, and the jar's mix overflows at the mouth. Over water
 * (`overWater`) the jar first gives up water: nothing overflows until the gas fills it. Returns what left the jar.
 */
export function receive(jar: Contents, inflow: Contents, jarVolumeMl: number, waterMl: number, temperatureK: number, pressurePa: number): { escaped: Contents; waterDisplacedMl: number } {
  const inMl = gasVolumeMl(gasAmount(inflow), temperatureK, pressurePa);
  const hasMl = gasVolumeMl(gasAmount(jar), temperatureK, pressurePa);
  const room = Math.max(0, jarVolumeMl - hasMl);
  let waterDisplacedMl = 0;
  if (waterMl > 0) waterDisplacedMl = Math.min(waterMl, inMl, room);
  addInto(jar, inflow);
  const free = jarVolumeMl - Math.max(0, waterMl - waterDisplacedMl);
  const { out } = overflow(jar, free, temperatureK, pressurePa);
  return { escaped: out, waterDisplacedMl };
}

/** Purity of a gas in a vessel: its mole fraction. */
export function purity(c: Contents, id: string): number {
  return gasFractions(c)[id] ?? 0;
}
