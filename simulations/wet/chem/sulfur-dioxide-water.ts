/**
 * Sulfur dioxide dissolving in water (人教版 化学 必修第二册 第五章第一节 实验5-1: "在通常情况下，1 体积的水可以溶解约 40 体积的二氧化硫").
 * The gas over a water surface dissolves as SO₂(aq) (counted as sulfurous acid, H₂SO₃ ⇌ H⁺ + HSO₃⁻: ./acidity.ts) towards saturation,
 * which by Henry's law is proportional to SO₂'s partial pressure: c_sat = α(T) · x(SO₂) · p / (p° · V°), with α the absorption (Bunsen)
 * coefficient, volumes of SO₂ reduced to 0 °C and 1 atm that one volume of water takes up under 1 atm of it, and V° = 22.414 L/mol.
 * α from the handbook table (Lange's Handbook of Chemistry, "Solubility of gases in water", after Landolt–Börnstein; Schönfeld's
 * measurements): 0 °C 79.79, 10 °C 56.65, 15 °C 47.28, 20 °C 39.37 (the textbook's 约 40), 30 °C 27.16, 40 °C 18.77; linear in ln α
 * between rows; past 40 °C ln α goes on falling along 1/T with the last rows' slope (d ln α / d(1/T) = 3 510 K, near the 2 900–3 200 K
 * of the physical Henry constant in Sander's compilation, Atmos. Chem. Phys. 15, 4399 (2015)); colder than 0 °C, the 0 °C row.
 * So warm water holds less: at 40 °C under half of what it holds at 20 °C, at 60 °C about a quarter. Water vapour in the gas is left out.
 * The rate is first order in the SO₂ over the water and falls to nothing at saturation, r = n(SO₂, g) · (1 − c/c_sat) / τ, τ = 2 s:
 * an estimate, chosen so that the water rushes up a test tube of SO₂ within a few seconds, as in class.
 * A tube of pure SO₂ is far from saturating the water that takes its place (1 volume of gas in 1 volume of water, a fortieth of what it
 * can hold), so nearly all of it dissolves and the water fills the tube; air that was in the tube stays as a bubble at the top, with the
 * SO₂ left in Henry's balance with the solution (more of it over warm water: the water rises less).
 */
import { amountOf, changeAmount, gasFractions, liquidVolumeMl, type Contents } from './contents';
import { STANDARD_PRESSURE_PA } from './species';

/** Absorption (Bunsen) coefficient of SO₂ in water, [°C, volumes at 0 °C and 1 atm per volume of water] (Lange's Handbook, above). */
export const SO2_ABSORPTION_TABLE: readonly (readonly [number, number])[] = [
  [0, 79.79],
  [10, 56.65],
  [15, 47.28],
  [20, 39.37],
  [30, 27.16],
  [40, 18.77],
];
/** Molar volume of an ideal gas at 0 °C and 1 atm, L/mol (the Bunsen coefficient's volumes). */
const STP_LITRES_PER_MOL = 22.414;
/** Time constant of the dissolving, s (estimate, above). */
export const SO2_DISSOLVE_TAU_S = 2;

/** Volumes of SO₂ (at 0 °C, 1 atm) one volume of water takes up under 1 atm of SO₂ at this temperature (the table, above). */
export function so2AbsorptionCoefficient(temperatureK: number): number {
  const t = temperatureK - 273.15;
  const rows = SO2_ABSORPTION_TABLE;
  if (!(t > rows[0][0])) return rows[0][1];
  for (let i = 1; i < rows.length; i++) {
    const [t0, a0] = rows[i - 1], [t1, a1] = rows[i];
    if (t <= t1) return a0 * Math.exp((Math.log(a1 / a0) * (t - t0)) / (t1 - t0));
  }
  // Past the table: along 1/T with the slope of its last two rows.
  const [t0, a0] = rows[rows.length - 2], [t1, a1] = rows[rows.length - 1];
  const slopeK = Math.log(a1 / a0) / (1 / (t1 + 273.15) - 1 / (t0 + 273.15));
  return a1 * Math.exp(slopeK * (1 / temperatureK - 1 / (t1 + 273.15)));
}

/** Saturation concentration of SO₂ in water under gas with this share of SO₂ at this pressure and temperature, mol/L. */
export function so2SaturationMolL(so2Share: number, pressurePa: number, temperatureK: number): number {
  return (so2AbsorptionCoefficient(temperatureK) * so2Share * (pressurePa / STANDARD_PRESSURE_PA)) / STP_LITRES_PER_MOL;
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
