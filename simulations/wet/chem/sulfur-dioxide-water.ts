/**
 * Sulfur dioxide dissolving in water (人教版 化学 必修第二册 第五章第一节 实验5-1: "在通常情况下，1 体积的水可以溶解约 40 体积的二氧化硫").
 * The gas over a water surface dissolves as SO₂(aq) (counted as sulfurous acid, H₂SO₃ ⇌ H⁺ + HSO₃⁻: ./acidity.ts) towards saturation,
 * which by Henry's law is proportional to SO₂'s partial pressure: at 1 atm of SO₂ 40 volumes per volume of water,
 * c_sat = 40 · x(SO₂) · p / (R T) (1.66 mol/L at 20 °C). The rate is first order in the SO₂ over the water and falls to nothing at
 * saturation, r = n(SO₂, g) · (1 − c/c_sat) / τ, τ = 2 s: an estimate, chosen so that the water rushes up a test tube of SO₂ within
 * a few seconds, as in class. The solubility's fall with temperature is left out (40 volumes at any temperature).
 * A tube of pure SO₂ is far from saturating the water that takes its place (1 volume of gas in 1 volume of water, a fortieth of what it
 * can hold), so all of it dissolves and the water fills the tube; air that was in the tube stays as a bubble at the top.
 */
import { amountOf, changeAmount, gasFractions, liquidVolumeMl, type Contents } from './contents';
import { GAS_CONSTANT } from './species';

/** Volumes of SO₂ (at the room's temperature and 1 atm of it) one volume of water dissolves (the textbook's 约 40 体积). */
export const SO2_VOLUMES_PER_WATER = 40;
/** Time constant of the dissolving, s (estimate, above). */
export const SO2_DISSOLVE_TAU_S = 2;

/** Saturation concentration of SO₂ in water under gas with this share of SO₂ at this pressure and temperature, mol/L. */
export function so2SaturationMolL(so2Share: number, pressurePa: number, temperatureK: number): number {
  return (SO2_VOLUMES_PER_WATER * so2Share * pressurePa) / (GAS_CONSTANT * temperatureK) / 1000;
}

/** Dissolve the SO₂ of a vessel's gas into its liquid for dtS (nothing without water). Returns the amount dissolved, mol. */
export function dissolveSulfurDioxide(c: Contents, dtS: number, pressurePa: number): number {
  const gas = amountOf(c, 'SO2(g)');
  if (!(gas > 0)) return 0;
  const satMolL = so2SaturationMolL(gasFractions(c)['SO2(g)'] ?? 0, pressurePa, c.temperatureK);
  const liquidMl = liquidVolumeMl(c);
  // No water yet in the tube: the meniscus at its mouth is fresh water.
  const share = liquidMl > 0 && satMolL > 0 ? Math.min(1, (amountOf(c, 'SO2(aq)') / liquidMl) * 1000 / satMolL) : 0;
  const n = gas * (1 - share) * (1 - Math.exp(-dtS / SO2_DISSOLVE_TAU_S));
  if (!(n > 0)) return 0;
  changeAmount(c, 'SO2(g)', -n);
  changeAmount(c, 'SO2(aq)', n);
  return n;
}
