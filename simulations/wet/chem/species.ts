/**
 * The substances of the wet bench: each a formula in one phase, with what the reaction engine, the heat
 * model and the student's eyes need. Ids are `formula(phase)`, with a variant for allotropes and mixtures
 * that share a formula (`P:white(s)`, `P:red(s)`). Molar masses come from the formula (the stoichiometry
 * lab's parser and IUPAC weights), never typed in.
 *
 * Sources:
 *  - ΔfH°: NBS Tables of Chemical Thermodynamic Properties (Wagman et al., J. Phys. Chem. Ref. Data 11,
 *    Suppl. 2, 1982), as reprinted in the CRC Handbook, "Standard thermodynamic properties of chemical
 *    substances"; dissolved salts are the sums of their ions' values there (Cl⁻ −167.16, SO₄²⁻ −909.27,
 *    Na⁺ −240.12, Ca²⁺ −542.83, OH⁻ −229.99, Zn²⁺ −153.89, Mg²⁺ −466.85, Fe²⁺ −89.1, Fe³⁺ −48.5,
 *    Cu²⁺ 64.77, Ag⁺ 105.58, NO₃⁻ −205.0, K⁺ −252.38, Al³⁺ −531, CO₃²⁻ −677.14, HCO₃⁻ −691.99,
 *    CH₃COO⁻ −486.01, SCN⁻ 76.44, MnO₄⁻ −541.4 kJ/mol; gases NO₂ 33.18, N₂O₄ 9.16).
 *  - Densities and specific heats: CRC Handbook (physical constants of inorganic and organic compounds;
 *    heat capacity of the elements); water, ice: 人教版 九年级物理 第十三章 比热容表 rounds them to
 *    4.2 and 2.1 × 10³ J/(kg·°C); we keep CRC's 4.18 for liquid water near 20–60 °C.
 *  - Colours: as the textbooks describe them (人教版 化学 九年级, 必修第一册).
 */
import { molarMass, parseFormula } from '../../stoichiometry/formula';
import type { Rgb } from '../../titration/indicators';

export type Phase = 's' | 'l' | 'g' | 'aq';

export interface SpeciesDef {
  /** `formula(phase)` or `formula:variant(phase)`. */
  id: string;
  /** Formula as the stoichiometry parser reads it (hydrate dot allowed). */
  formula: string;
  phase: Phase;
  /** i18n key of its name (`wet.species.<key>`). */
  nameKey: string;
  /** Standard enthalpy of formation, kJ/mol (undefined: reactions that use it give their own ΔH). */
  dfHkJPerMol?: number;
  /** Specific heat capacity, J/(g·K). */
  cpJPerGK: number;
  /** Density of the pure solid or liquid, g/mL. */
  densityGPerMl?: number;
  /**
   * Colour: of the solid, the liquid, or for a dissolved species its colour at `colourMolL` in a 2 cm
   * thick layer (Beer–Lambert per channel: weaker solutions are paler, stronger ones darker).
   */
  colour?: Rgb;
  colourMolL?: number;
  /** Dissolved species: apparent molar volume, mL/mol (adds to the solution's volume); default 0. */
  molarVolumeMlPerMol?: number;
  /** Gases: a warning smell (SO₂, HCl fumes, acetaldehyde). */
  smell?: 'pungent' | 'irritating' | 'fruity' | 'rottenEggs';
  /** A solid that forms as a film on the glass (a silver mirror), not at the bottom nor clouding the liquid. */
  coating?: boolean;
  /** Flammable gas and its limits in air, mole fraction (H₂: 0.04 … 0.75). */
  flammable?: { lowerFraction: number; upperFraction: number };
}

const rgb = (r: number, g: number, b: number): Rgb => ({ r, g, b });
const WHITE = rgb(245, 245, 240);
const BLACK = rgb(35, 35, 35);
const n = (key: string) => `wet.species.${key}`;

const LIST: SpeciesDef[] = [
  // Water in its three phases
  { id: 'H2O(l)', formula: 'H2O', phase: 'l', nameKey: n('water'), dfHkJPerMol: -285.83, cpJPerGK: 4.18, densityGPerMl: 0.998, colour: rgb(236, 243, 250) },
  { id: 'H2O(s)', formula: 'H2O', phase: 's', nameKey: n('ice'), dfHkJPerMol: -291.84, cpJPerGK: 2.1, densityGPerMl: 0.917, colour: rgb(225, 240, 250) },
  { id: 'H2O(g)', formula: 'H2O', phase: 'g', nameKey: n('steam'), dfHkJPerMol: -241.82, cpJPerGK: 2.0 },
  // Gases
  { id: 'O2(g)', formula: 'O2', phase: 'g', nameKey: n('oxygen'), dfHkJPerMol: 0, cpJPerGK: 0.918 },
  { id: 'N2(g)', formula: 'N2', phase: 'g', nameKey: n('nitrogen'), dfHkJPerMol: 0, cpJPerGK: 1.04 },
  { id: 'H2(g)', formula: 'H2', phase: 'g', nameKey: n('hydrogen'), dfHkJPerMol: 0, cpJPerGK: 14.3, flammable: { lowerFraction: 0.04, upperFraction: 0.75 } },
  { id: 'CO2(g)', formula: 'CO2', phase: 'g', nameKey: n('carbonDioxide'), dfHkJPerMol: -393.51, cpJPerGK: 0.844 },
  { id: 'SO2(g)', formula: 'SO2', phase: 'g', nameKey: n('sulfurDioxide'), dfHkJPerMol: -296.83, cpJPerGK: 0.64, smell: 'pungent' },
  // Nitrogen dioxide is red-brown (its colour at 10 mmol/L through 2 cm, about a quarter of a tube at 1 atm); its dimer is colourless.
  { id: 'NO2(g)', formula: 'NO2', phase: 'g', nameKey: n('nitrogenDioxide'), dfHkJPerMol: 33.18, cpJPerGK: 0.81, colour: rgb(196, 112, 52), colourMolL: 0.01, smell: 'irritating' },
  { id: 'N2O4(g)', formula: 'N2O4', phase: 'g', nameKey: n('dinitrogenTetroxide'), dfHkJPerMol: 9.16, cpJPerGK: 0.86 },
  { id: 'CH3CHO(g)', formula: 'CH3CHO', phase: 'g', nameKey: n('acetaldehyde'), dfHkJPerMol: -166.19, cpJPerGK: 1.25, smell: 'irritating' },
  // Solids stocked as reagents
  { id: 'KMnO4(s)', formula: 'KMnO4', phase: 's', nameKey: n('potassiumPermanganate'), dfHkJPerMol: -837.2, cpJPerGK: 0.74, densityGPerMl: 2.7, colour: rgb(70, 20, 80) },
  { id: 'K2MnO4(s)', formula: 'K2MnO4', phase: 's', nameKey: n('potassiumManganate'), dfHkJPerMol: -1184.1, cpJPerGK: 0.8, densityGPerMl: 2.78, colour: rgb(25, 70, 40) },
  { id: 'MnO2(s)', formula: 'MnO2', phase: 's', nameKey: n('manganeseDioxide'), dfHkJPerMol: -520.03, cpJPerGK: 0.62, densityGPerMl: 5.03, colour: BLACK },
  { id: 'CaCO3(s)', formula: 'CaCO3', phase: 's', nameKey: n('calciumCarbonate'), dfHkJPerMol: -1207.6, cpJPerGK: 0.82, densityGPerMl: 2.71, colour: rgb(232, 230, 224) },
  { id: 'NaCl(s)', formula: 'NaCl', phase: 's', nameKey: n('sodiumChloride'), dfHkJPerMol: -411.15, cpJPerGK: 0.86, densityGPerMl: 2.165, colour: WHITE },
  { id: 'SiO2(s)', formula: 'SiO2', phase: 's', nameKey: n('sand'), dfHkJPerMol: -910.7, cpJPerGK: 0.74, densityGPerMl: 2.65, colour: rgb(196, 164, 112) },
  { id: 'NaOH(s)', formula: 'NaOH', phase: 's', nameKey: n('sodiumHydroxide'), dfHkJPerMol: -425.61, cpJPerGK: 1.49, densityGPerMl: 2.13, colour: WHITE },
  { id: 'Ca(OH)2(s)', formula: 'Ca(OH)2', phase: 's', nameKey: n('calciumHydroxide'), dfHkJPerMol: -985.2, cpJPerGK: 1.18, densityGPerMl: 2.21, colour: WHITE },
  { id: 'Na2CO3(s)', formula: 'Na2CO3', phase: 's', nameKey: n('sodiumCarbonate'), dfHkJPerMol: -1130.68, cpJPerGK: 1.06, densityGPerMl: 2.54, colour: WHITE },
  // Metals (ribbon, granules, nails, wire, strips)
  { id: 'Mg(s)', formula: 'Mg', phase: 's', nameKey: n('magnesium'), dfHkJPerMol: 0, cpJPerGK: 1.02, densityGPerMl: 1.74, colour: rgb(200, 200, 205) },
  { id: 'Zn(s)', formula: 'Zn', phase: 's', nameKey: n('zinc'), dfHkJPerMol: 0, cpJPerGK: 0.39, densityGPerMl: 7.14, colour: rgb(170, 178, 188) },
  { id: 'Fe(s)', formula: 'Fe', phase: 's', nameKey: n('iron'), dfHkJPerMol: 0, cpJPerGK: 0.45, densityGPerMl: 7.87, colour: rgb(115, 117, 122) },
  { id: 'Cu(s)', formula: 'Cu', phase: 's', nameKey: n('copper'), dfHkJPerMol: 0, cpJPerGK: 0.385, densityGPerMl: 8.96, colour: rgb(184, 100, 50) },
  { id: 'Al(s)', formula: 'Al', phase: 's', nameKey: n('aluminium'), dfHkJPerMol: 0, cpJPerGK: 0.9, densityGPerMl: 2.7, colour: rgb(205, 207, 212) },
  { id: 'Ag(s)', formula: 'Ag', phase: 's', nameKey: n('silver'), dfHkJPerMol: 0, cpJPerGK: 0.235, densityGPerMl: 10.49, colour: rgb(150, 150, 155) },
  { id: 'Na(s)', formula: 'Na', phase: 's', nameKey: n('sodium'), dfHkJPerMol: 0, cpJPerGK: 1.23, densityGPerMl: 0.97, colour: rgb(215, 215, 210) },
  // Oxides, hydroxides and precipitates
  { id: 'CuO(s)', formula: 'CuO', phase: 's', nameKey: n('copperOxide'), dfHkJPerMol: -157.3, cpJPerGK: 0.53, densityGPerMl: 6.31, colour: BLACK },
  { id: 'Fe2O3(s)', formula: 'Fe2O3', phase: 's', nameKey: n('ironIIIOxide'), dfHkJPerMol: -824.2, cpJPerGK: 0.65, densityGPerMl: 5.24, colour: rgb(140, 50, 30) },
  { id: 'Fe3O4(s)', formula: 'Fe3O4', phase: 's', nameKey: n('ironOxideBlack'), dfHkJPerMol: -1118.4, cpJPerGK: 0.62, densityGPerMl: 5.17, colour: BLACK },
  { id: 'MgO(s)', formula: 'MgO', phase: 's', nameKey: n('magnesiumOxide'), dfHkJPerMol: -601.6, cpJPerGK: 0.92, densityGPerMl: 3.58, colour: WHITE },
  { id: 'P2O5(s)', formula: 'P2O5', phase: 's', nameKey: n('phosphorusPentoxide'), dfHkJPerMol: -1492, cpJPerGK: 0.75, densityGPerMl: 2.39, colour: WHITE },
  { id: 'Cu(OH)2(s)', formula: 'Cu(OH)2', phase: 's', nameKey: n('copperHydroxide'), dfHkJPerMol: -449.8, cpJPerGK: 0.9, densityGPerMl: 3.37, colour: rgb(70, 130, 215) },
  { id: 'Fe(OH)3(s)', formula: 'Fe(OH)3', phase: 's', nameKey: n('ironIIIHydroxide'), dfHkJPerMol: -823.0, cpJPerGK: 0.9, densityGPerMl: 3.4, colour: rgb(150, 65, 25) },
  { id: 'Fe(OH)2(s)', formula: 'Fe(OH)2', phase: 's', nameKey: n('ironIIHydroxide'), dfHkJPerMol: -569.0, cpJPerGK: 0.9, densityGPerMl: 3.4, colour: rgb(232, 238, 230) },
  // Elements that burn
  { id: 'P:white(s)', formula: 'P', phase: 's', nameKey: n('whitePhosphorus'), dfHkJPerMol: 0, cpJPerGK: 0.77, densityGPerMl: 1.82, colour: rgb(245, 238, 195) },
  { id: 'P:red(s)', formula: 'P', phase: 's', nameKey: n('redPhosphorus'), dfHkJPerMol: -17.6, cpJPerGK: 0.68, densityGPerMl: 2.34, colour: rgb(160, 45, 40) },
  { id: 'C(s)', formula: 'C', phase: 's', nameKey: n('charcoal'), dfHkJPerMol: 0, cpJPerGK: 0.71, densityGPerMl: 0.4, colour: rgb(25, 25, 25) },
  { id: 'S(s)', formula: 'S', phase: 's', nameKey: n('sulfur'), dfHkJPerMol: 0, cpJPerGK: 0.71, densityGPerMl: 2.07, colour: rgb(240, 220, 60) },
  // The sulfides sulfur makes with metals, both black (人教版 必修第二册 第五章第一节): FeS ΔfH° −100.0, Cu₂S −79.5 kJ/mol (NBS); CRC densities.
  { id: 'FeS(s)', formula: 'FeS', phase: 's', nameKey: n('ironSulfide'), dfHkJPerMol: -100.0, cpJPerGK: 0.57, densityGPerMl: 4.84, colour: rgb(38, 36, 34) },
  { id: 'Cu2S(s)', formula: 'Cu2S', phase: 's', nameKey: n('copperISulfide'), dfHkJPerMol: -79.5, cpJPerGK: 0.48, densityGPerMl: 5.6, colour: rgb(32, 32, 38) },
  // Solids of the heat experiments: paraffin (candles; the textbook's non-crystal) and 海波
  { id: 'C25H52(s)', formula: 'C25H52', phase: 's', nameKey: n('paraffin'), cpJPerGK: 2.14, densityGPerMl: 0.9, colour: rgb(246, 244, 232) },
  { id: 'Na2S2O3·5H2O(s)', formula: 'Na2S2O3·5H2O', phase: 's', nameKey: n('hypo'), cpJPerGK: 1.46, densityGPerMl: 1.69, colour: rgb(248, 248, 248) },
  { id: 'Na2S2O3·5H2O(l)', formula: 'Na2S2O3·5H2O', phase: 'l', nameKey: n('hypoMelt'), cpJPerGK: 2.38, densityGPerMl: 1.67, colour: rgb(240, 244, 246) },
  // Organic liquids
  { id: 'C2H5OH(l)', formula: 'C2H5OH', phase: 'l', nameKey: n('ethanol'), dfHkJPerMol: -277.6, cpJPerGK: 2.44, densityGPerMl: 0.789, colour: rgb(240, 245, 250) },
  // Vegetable oil (taken as triolein): floats on water in a layer that keeps air from the liquid under it (CRC: ρ 0.91–0.92 g/mL).
  { id: 'C57H104O6(l)', formula: 'C57H104O6', phase: 'l', nameKey: n('oil'), cpJPerGK: 2.0, densityGPerMl: 0.915, colour: rgb(250, 236, 170) },
  { id: 'CH3COOH(l)', formula: 'CH3COOH', phase: 'l', nameKey: n('aceticAcid'), dfHkJPerMol: -484.3, cpJPerGK: 2.05, densityGPerMl: 1.049, colour: rgb(240, 245, 250), smell: 'pungent' },
  // Ethyl acetate (CRC: ρ 0.900 g/mL, cp 170 J/(mol·K); ΔfH° −479.0 kJ/mol, NBS), floating on water with a fruity smell;
  // what of it is dissolved in water (8.0 g/100 g, CRC) is CH3COOC2H5(aq) (../chem/esterification.ts).
  { id: 'CH3COOC2H5(l)', formula: 'CH3COOC2H5', phase: 'l', nameKey: n('ethylAcetate'), dfHkJPerMol: -479.0, cpJPerGK: 1.93, densityGPerMl: 0.9, colour: rgb(246, 244, 228) },
  // Concentrated sulfuric acid (98 %, taken as the pure liquid: CRC ρ 1.83 g/mL; ΔfH° −814.0 kJ/mol, NBS).
  { id: 'H2SO4(l)', formula: 'H2SO4', phase: 'l', nameKey: n('concentratedSulfuricAcid'), dfHkJPerMol: -814.0, cpJPerGK: 1.42, densityGPerMl: 1.83, colour: rgb(240, 245, 250) },
  // Dissolved (in water; sodium ethoxide in ethanol)
  { id: 'HCl(aq)', formula: 'HCl', phase: 'aq', nameKey: n('hydrochloricAcid'), dfHkJPerMol: -167.16, cpJPerGK: 0.8, molarVolumeMlPerMol: 18 },
  { id: 'H2SO4(aq)', formula: 'H2SO4', phase: 'aq', nameKey: n('sulfuricAcid'), dfHkJPerMol: -909.27, cpJPerGK: 1.4, molarVolumeMlPerMol: 14 },
  { id: 'NaOH(aq)', formula: 'NaOH', phase: 'aq', nameKey: n('sodiumHydroxideSolution'), dfHkJPerMol: -470.11, cpJPerGK: 1.5, molarVolumeMlPerMol: -5 },
  { id: 'Ca(OH)2(aq)', formula: 'Ca(OH)2', phase: 'aq', nameKey: n('limewater'), dfHkJPerMol: -1002.82, cpJPerGK: 1.2 },
  { id: 'NaCl(aq)', formula: 'NaCl', phase: 'aq', nameKey: n('sodiumChlorideSolution'), dfHkJPerMol: -407.28, cpJPerGK: 0.86, molarVolumeMlPerMol: 16.6 },
  { id: 'CaCl2(aq)', formula: 'CaCl2', phase: 'aq', nameKey: n('calciumChloride'), dfHkJPerMol: -877.15, cpJPerGK: 0.7, molarVolumeMlPerMol: 18 },
  { id: 'Ca(HCO3)2(aq)', formula: 'Ca(HCO3)2', phase: 'aq', nameKey: n('calciumBicarbonate'), dfHkJPerMol: -1926.81, cpJPerGK: 1 },
  { id: 'ZnCl2(aq)', formula: 'ZnCl2', phase: 'aq', nameKey: n('zincChloride'), dfHkJPerMol: -488.21, cpJPerGK: 0.6 },
  { id: 'MgCl2(aq)', formula: 'MgCl2', phase: 'aq', nameKey: n('magnesiumChloride'), dfHkJPerMol: -801.17, cpJPerGK: 0.8 },
  { id: 'AlCl3(aq)', formula: 'AlCl3', phase: 'aq', nameKey: n('aluminiumChloride'), dfHkJPerMol: -1032.5, cpJPerGK: 0.8 },
  { id: 'FeCl2(aq)', formula: 'FeCl2', phase: 'aq', nameKey: n('ironIIChloride'), dfHkJPerMol: -423.42, cpJPerGK: 0.6, colour: rgb(185, 225, 175), colourMolL: 0.5 },
  { id: 'FeCl3(aq)', formula: 'FeCl3', phase: 'aq', nameKey: n('ironIIIChloride'), dfHkJPerMol: -549.98, cpJPerGK: 0.6, colour: rgb(230, 170, 40), colourMolL: 0.1 },
  { id: 'CuCl2(aq)', formula: 'CuCl2', phase: 'aq', nameKey: n('copperChloride'), dfHkJPerMol: -269.55, cpJPerGK: 0.6, colour: rgb(90, 190, 170), colourMolL: 0.5 },
  { id: 'CuSO4(aq)', formula: 'CuSO4', phase: 'aq', nameKey: n('copperSulfate'), dfHkJPerMol: -844.5, cpJPerGK: 0.7, colour: rgb(60, 140, 230), colourMolL: 0.5 },
  { id: 'FeSO4(aq)', formula: 'FeSO4', phase: 'aq', nameKey: n('ironIISulfate'), dfHkJPerMol: -998.37, cpJPerGK: 0.7, colour: rgb(190, 228, 180), colourMolL: 0.5 },
  { id: 'ZnSO4(aq)', formula: 'ZnSO4', phase: 'aq', nameKey: n('zincSulfate'), dfHkJPerMol: -1063.16, cpJPerGK: 0.7 },
  { id: 'Na2SO4(aq)', formula: 'Na2SO4', phase: 'aq', nameKey: n('sodiumSulfate'), dfHkJPerMol: -1389.51, cpJPerGK: 0.9 },
  { id: 'AgNO3(aq)', formula: 'AgNO3', phase: 'aq', nameKey: n('silverNitrate'), dfHkJPerMol: -99.42, cpJPerGK: 0.5 },
  { id: 'Cu(NO3)2(aq)', formula: 'Cu(NO3)2', phase: 'aq', nameKey: n('copperNitrate'), dfHkJPerMol: -345.23, cpJPerGK: 0.6, colour: rgb(70, 150, 230), colourMolL: 0.5 },
  { id: 'KCl(aq)', formula: 'KCl', phase: 'aq', nameKey: n('potassiumChloride'), dfHkJPerMol: -419.54, cpJPerGK: 0.7 },
  { id: 'KSCN(aq)', formula: 'KSCN', phase: 'aq', nameKey: n('potassiumThiocyanate'), dfHkJPerMol: -175.94, cpJPerGK: 0.7 },
  { id: 'KMnO4(aq)', formula: 'KMnO4', phase: 'aq', nameKey: n('permanganateSolution'), dfHkJPerMol: -793.78, cpJPerGK: 0.7, colour: rgb(120, 20, 120), colourMolL: 0.001 },
  { id: 'Na2CO3(aq)', formula: 'Na2CO3', phase: 'aq', nameKey: n('sodiumCarbonateSolution'), dfHkJPerMol: -1157.38, cpJPerGK: 1 },
  { id: 'H2O2(aq)', formula: 'H2O2', phase: 'aq', nameKey: n('hydrogenPeroxide'), dfHkJPerMol: -191.17, cpJPerGK: 2.6, molarVolumeMlPerMol: 22 },
  { id: 'Cl2(aq)', formula: 'Cl2', phase: 'aq', nameKey: n('chlorineWater'), dfHkJPerMol: -23.4, cpJPerGK: 0.5, colour: rgb(215, 230, 150), colourMolL: 0.1 },
  { id: 'CH3COOH(aq)', formula: 'CH3COOH', phase: 'aq', nameKey: n('aceticAcidSolution'), dfHkJPerMol: -485.76, cpJPerGK: 2.05, molarVolumeMlPerMol: 52 },
  { id: '(CH3COO)2Ca(aq)', formula: '(CH3COO)2Ca', phase: 'aq', nameKey: n('calciumAcetate'), dfHkJPerMol: -1514.85, cpJPerGK: 1.2 },
  { id: 'CH3COONa(aq)', formula: 'CH3COONa', phase: 'aq', nameKey: n('sodiumAcetate'), dfHkJPerMol: -726.13, cpJPerGK: 1.2 },
  // Ammonia and the complexes it makes (人教版 选择性必修2 第三章第四节 实验3-3, 实验活动 简单配合物的形成); ΔfH° of the ions as above:
  // NH₃(aq) −80.29, NH₄⁺ −132.51, [Cu(NH₃)₄]²⁺ −348.5, [Ag(NH₃)₂]⁺ −111.29; AgCl(s) −127.07 (NBS). The deep blue of
  // [Cu(NH₃)₄]²⁺ absorbs about four times as strongly as the pale blue aqua ion (ε ≈ 50 against 12 L/(mol·cm) near 600 nm).
  { id: 'NH3(aq)', formula: 'NH3', phase: 'aq', nameKey: n('ammonia'), dfHkJPerMol: -80.29, cpJPerGK: 2, molarVolumeMlPerMol: 24 },
  { id: '(NH4)2SO4(aq)', formula: '(NH4)2SO4', phase: 'aq', nameKey: n('ammoniumSulfate'), dfHkJPerMol: -1174.29, cpJPerGK: 1 },
  { id: 'Cu(NH3)4SO4(aq)', formula: 'Cu(NH3)4SO4', phase: 'aq', nameKey: n('tetraamminecopperSulfate'), dfHkJPerMol: -1257.77, cpJPerGK: 1, colour: rgb(40, 70, 205), colourMolL: 0.05 },
  // The dark blue crystals ethanol brings out ([Cu(NH₃)₄]SO₄·H₂O, CRC density 1.81 g/cm³; no tabulated ΔfH°).
  { id: 'Cu(NH3)4SO4·H2O(s)', formula: 'Cu(NH3)4SO4·H2O', phase: 's', nameKey: n('tetraamminecopperCrystals'), cpJPerGK: 1, densityGPerMl: 1.81, colour: rgb(30, 40, 150) },
  { id: 'AgCl(s)', formula: 'AgCl', phase: 's', nameKey: n('silverChloride'), dfHkJPerMol: -127.07, cpJPerGK: 0.355, densityGPerMl: 5.56, colour: WHITE },
  { id: 'NaNO3(aq)', formula: 'NaNO3', phase: 'aq', nameKey: n('sodiumNitrate'), dfHkJPerMol: -445.12, cpJPerGK: 1 },
  { id: 'Ag(NH3)2Cl(aq)', formula: 'Ag(NH3)2Cl', phase: 'aq', nameKey: n('diamminesilverChloride'), dfHkJPerMol: -278.45, cpJPerGK: 1 },
  // Salts of 盐类的水解 (人教版 选择性必修1 第三章第三节): ΔfH° the sums of their ions' (NH₄⁺ −132.51, Al³⁺ −531, HCO₃⁻ −691.99,
  // SO₄²⁻ −909.27, Cl⁻ −167.16, Na⁺ −240.12, NBS). Al(OH)₃: the white flocculent precipitate of the foam extinguisher (ΔfH° of
  // gibbsite −1293.1 kJ/mol, NBS; density 2.42 g/mL, CRC), fine enough to cloud the liquid.
  { id: 'NaHCO3(aq)', formula: 'NaHCO3', phase: 'aq', nameKey: n('sodiumBicarbonate'), dfHkJPerMol: -932.11, cpJPerGK: 1 },
  { id: 'NH4Cl(aq)', formula: 'NH4Cl', phase: 'aq', nameKey: n('ammoniumChloride'), dfHkJPerMol: -299.67, cpJPerGK: 1 },
  { id: 'Al2(SO4)3(aq)', formula: 'Al2(SO4)3', phase: 'aq', nameKey: n('aluminiumSulfate'), dfHkJPerMol: -3789.81, cpJPerGK: 0.8 },
  // 粗盐中的杂质离子 (必修第二册 第五章 实验活动4; BaCl₂, BaSO₄ and Mg(OH)₂ are the sulfur's and the periodic trends' rows): BaCO₃(s)
  // −1216.3 kJ/mol (NBS), 4.29 g/mL (CRC), white.
  { id: 'BaCO3(s)', formula: 'BaCO3', phase: 's', nameKey: n('bariumCarbonate'), dfHkJPerMol: -1216.3, cpJPerGK: 0.433, densityGPerMl: 4.29, colour: WHITE },
  { id: 'Al(OH)3(s)', formula: 'Al(OH)3', phase: 's', nameKey: n('aluminiumHydroxide'), dfHkJPerMol: -1293.1, cpJPerGK: 0.93, densityGPerMl: 2.42, colour: WHITE },
  // 同周期、同主族元素性质的递变 (人教版 必修第一册 第四章 实验活动3): Mg(OH)₂, the white precipitate NaOH gives with Mg²⁺ and which more
  // NaOH leaves (ΔfH° −924.54, NBS; density 2.34 g/mL, CRC); Na[Al(OH)₄], what Al(OH)₃ dissolves to in excess NaOH (ΔfH° of the
  // ions: Na⁺ −240.12, [Al(OH)₄]⁻ −1502.5, NBS). The halides and the halogens: NaBr, KBr, KI (sums of Na⁺ −240.12, K⁺ −252.38,
  // Br⁻ −121.55, I⁻ −55.19, NBS); Br₂(aq) −2.59 and I₂(aq) 22.6 (NBS). Bromine water is orange-yellow (橙黄色) at a few mmol/L, its
  // colour set by eye from the textbook's words: Br₂ absorbs near 400 nm with ε ≈ 170 L/(mol·cm), so about 5 mmol/L through 2 cm
  // leaves the blue almost gone and the green half.
  { id: 'Mg(OH)2(s)', formula: 'Mg(OH)2', phase: 's', nameKey: n('magnesiumHydroxide'), dfHkJPerMol: -924.54, cpJPerGK: 1.32, densityGPerMl: 2.34, colour: WHITE },
  { id: 'Na[Al(OH)4](aq)', formula: 'Na[Al(OH)4]', phase: 'aq', nameKey: n('sodiumTetrahydroxoaluminate'), dfHkJPerMol: -1742.62, cpJPerGK: 1 },
  { id: 'NaBr(aq)', formula: 'NaBr', phase: 'aq', nameKey: n('sodiumBromide'), dfHkJPerMol: -361.67, cpJPerGK: 0.6 },
  { id: 'KBr(aq)', formula: 'KBr', phase: 'aq', nameKey: n('potassiumBromide'), dfHkJPerMol: -373.93, cpJPerGK: 0.6 },
  { id: 'KI(aq)', formula: 'KI', phase: 'aq', nameKey: n('potassiumIodide'), dfHkJPerMol: -307.57, cpJPerGK: 0.5 },
  { id: 'Br2(aq)', formula: 'Br2', phase: 'aq', nameKey: n('bromineWater'), dfHkJPerMol: -2.59, cpJPerGK: 0.5, colour: rgb(240, 165, 40), colourMolL: 0.01 },
  // 有机化合物中常见官能团的检验 (人教版 选择性必修3 第三章 实验活动2). 1-Hexene and hexane (CRC: 0.673 and 0.655 g/mL; ΔfH°(l) −74.2 and
  // −198.7 kJ/mol, NIST WebBook), and 1,2-dibromohexane, what bromine adds to the C=C (CRC 1.58 g/mL; no tabulated ΔfH°: its row gives ΔH).
  // Pentanoic acid, what acidified permanganate leaves of 1-hexene (the =CH₂ goes to CO₂; its MnSO₄ and K₂SO₄ are sulfur's, below). Phenol (its rows give their own ΔH); the violet complex of Fe³⁺ with phenol,
  // written as the textbook's [Fe(C₆H₅O)₆]³⁻ with its 3H⁺, its colour set by eye from the textbook's 紫色 at a few mmol/L; white
  // 2,4,6-tribromophenol (CRC: 2.55 g/mL); HBr(aq) (H⁺ 0, Br⁻ −121.55, NBS).
  // The haloalkane's test: 1-bromobutane (CRC 1.276 g/mL; ΔfH°(l) −143.8 kJ/mol, NIST WebBook), butan-1-ol from its hydrolysis (soluble
  // enough at these amounts, 7.7 g per 100 mL, CRC; its row gives ΔH), pale-yellow AgBr (NBS −100.37; CRC 6.47 g/mL), brown-black Ag₂O
  // (NBS −31.05; CRC 7.14 g/mL), dilute nitric acid (NBS, HNO₃ ao −207.36).
  { id: 'C4H9Br(l)', formula: 'C4H9Br', phase: 'l', nameKey: n('bromobutane'), dfHkJPerMol: -143.8, cpJPerGK: 1.1, densityGPerMl: 1.276 },
  { id: 'C4H9OH(aq)', formula: 'C4H9OH', phase: 'aq', nameKey: n('butanol'), cpJPerGK: 2.4, molarVolumeMlPerMol: 92 },
  { id: 'AgBr(s)', formula: 'AgBr', phase: 's', nameKey: n('silverBromide'), dfHkJPerMol: -100.37, cpJPerGK: 0.27, densityGPerMl: 6.47, colour: rgb(236, 222, 150) },
  { id: 'Ag2O(s)', formula: 'Ag2O', phase: 's', nameKey: n('silverOxide'), dfHkJPerMol: -31.05, cpJPerGK: 0.28, densityGPerMl: 7.14, colour: rgb(62, 46, 36) },
  { id: 'HNO3(aq)', formula: 'HNO3', phase: 'aq', nameKey: n('nitricAcid'), dfHkJPerMol: -207.36, cpJPerGK: 0.8 },
  { id: 'C6H12(l)', formula: 'C6H12', phase: 'l', nameKey: n('hexene'), dfHkJPerMol: -74.2, cpJPerGK: 2.18, densityGPerMl: 0.673 },
  { id: 'C6H14(l)', formula: 'C6H14', phase: 'l', nameKey: n('hexane'), dfHkJPerMol: -198.7, cpJPerGK: 2.26, densityGPerMl: 0.655 },
  // Carbon tetrachloride, the extracting solvent of the halogens' displacement (人教版 必修第一册 第四章 实验活动3): denser than water, it stands
  // under it (./extraction.ts). CRC: 1.594 g/mL, ΔfH° −128.2 kJ/mol, 0.856 J/(g·K).
  { id: 'CCl4(l)', formula: 'CCl4', phase: 'l', nameKey: n('carbonTetrachloride'), dfHkJPerMol: -128.2, cpJPerGK: 0.856, densityGPerMl: 1.594 },
  { id: 'C6H12Br2(l)', formula: 'C6H12Br2', phase: 'l', nameKey: n('dibromohexane'), cpJPerGK: 1.2, densityGPerMl: 1.58 },
  { id: 'C4H9COOH(aq)', formula: 'C4H9COOH', phase: 'aq', nameKey: n('pentanoicAcid'), cpJPerGK: 2, molarVolumeMlPerMol: 105 },
  { id: 'C6H5OH(aq)', formula: 'C6H5OH', phase: 'aq', nameKey: n('phenol'), cpJPerGK: 1.4, molarVolumeMlPerMol: 86 },
  { id: 'H3[Fe(OC6H5)6](aq)', formula: 'H3[Fe(OC6H5)6]', phase: 'aq', nameKey: n('ironPhenolate'), cpJPerGK: 1, colour: rgb(120, 40, 150), colourMolL: 0.002 },
  { id: 'C6H2Br3OH(s)', formula: 'C6H2Br3OH', phase: 's', nameKey: n('tribromophenol'), cpJPerGK: 0.8, densityGPerMl: 2.55, colour: WHITE },
  { id: 'HBr(aq)', formula: 'HBr', phase: 'aq', nameKey: n('hydrobromicAcid'), dfHkJPerMol: -121.55, cpJPerGK: 0.8 },
  { id: 'CH3COOC2H5(aq)', formula: 'CH3COOC2H5', phase: 'aq', nameKey: n('ethylAcetateDissolved'), dfHkJPerMol: -479.0, cpJPerGK: 1.93, molarVolumeMlPerMol: 98 },
  // The Fe(OH)₃ colloid: particles of 1–100 nm that stay dispersed, so it is drawn as a red-brown liquid (Beer–Lambert, like a
  // solution; its absorbance per mol of iron estimated from the textbook's "红褐色" at a few mmol/L), not a precipitate. ΔfH° as
  // the solid's (NBS −823.0).
  { id: 'Fe(OH)3:colloid(aq)', formula: 'Fe(OH)3', phase: 'aq', nameKey: n('ironHydroxideColloid'), dfHkJPerMol: -823.0, cpJPerGK: 0.9, colour: rgb(170, 70, 25), colourMolL: 0.01 },
  { id: 'C2H5ONa(aq)', formula: 'C2H5ONa', phase: 'aq', nameKey: n('sodiumEthoxide'), cpJPerGK: 1.2 },
  // Sugars and their tests (人教版 化学 选择性必修3 第四章第一节 糖类, 实验4-1 … 4-3 and 实验活动3 糖类的性质). Their reactions give
  // their own heats (./reaction-data.ts), so no ΔfH° here. Apparent molar volumes from the solutions' densities (CRC, concentrative
  // properties: glucose ≈ 112, sucrose ≈ 211 mL/mol). Starch is counted per glucose unit C₆H₁₀O₅ (162.14 g/mol); with iodine it is deep
  // blue (./starch-iodine.ts), and iodine water alone is pale yellow-brown (I₂ about 1 mmol/L, near its solubility of 0.33 g/L, CRC).
  { id: 'C6H12O6(aq)', formula: 'C6H12O6', phase: 'aq', nameKey: n('glucose'), cpJPerGK: 1.2, molarVolumeMlPerMol: 112 },
  { id: 'C6H12O6:fructose(aq)', formula: 'C6H12O6', phase: 'aq', nameKey: n('fructose'), cpJPerGK: 1.2, molarVolumeMlPerMol: 112 },
  { id: 'C12H22O11(aq)', formula: 'C12H22O11', phase: 'aq', nameKey: n('sucrose'), cpJPerGK: 1.2, molarVolumeMlPerMol: 211 },
  { id: 'C6H10O5:starch(aq)', formula: 'C6H10O5', phase: 'aq', nameKey: n('starch'), cpJPerGK: 1.2, molarVolumeMlPerMol: 100 },
  { id: 'I2(aq)', formula: 'I2', phase: 'aq', nameKey: n('iodine'), dfHkJPerMol: 22.6, cpJPerGK: 0.5, colour: rgb(215, 150, 60), colourMolL: 0.001 },
  { id: 'C6H11O7Na(aq)', formula: 'C6H11O7Na', phase: 'aq', nameKey: n('sodiumGluconate'), cpJPerGK: 1.2 },
  { id: 'C6H15NO7(aq)', formula: 'C6H15NO7', phase: 'aq', nameKey: n('ammoniumGluconate'), cpJPerGK: 1.2 },
  // The aldehyde test (选择性必修3 第三章第三节): acetaldehyde dissolved (miscible with water; apparent molar volume ≈ 56 mL/mol from its density
  // 0.785 g/mL, CRC), ΔfH° (aq) −212.23 kJ/mol, and the ammonium acetate Tollens' reagent leaves, −618.52 (NBS 1982).
  { id: 'CH3CHO(aq)', formula: 'CH3CHO', phase: 'aq', nameKey: n('acetaldehydeSolution'), dfHkJPerMol: -212.23, cpJPerGK: 1.2, molarVolumeMlPerMol: 56 },
  { id: 'CH3COONH4(aq)', formula: 'CH3COONH4', phase: 'aq', nameKey: n('ammoniumAcetate'), dfHkJPerMol: -618.52, cpJPerGK: 1.2 },
  // Brick-red copper(I) oxide (CRC: red cubic crystals, 6.0 g/cm³); ΔfH° −168.6 kJ/mol (NBS).
  { id: 'Cu2O(s)', formula: 'Cu2O', phase: 's', nameKey: n('cuprousOxide'), dfHkJPerMol: -168.6, cpJPerGK: 0.46, densityGPerMl: 6.0, colour: rgb(185, 70, 40) },
  // Tollens' reagent (银氨溶液) and the way to it: AgOH (at once brown Ag₂O; not tabulated) dissolving in ammonia as [Ag(NH₃)₂]OH.
  { id: 'AgOH(s)', formula: 'AgOH', phase: 's', nameKey: n('silverHydroxide'), cpJPerGK: 0.5, densityGPerMl: 7.1, colour: rgb(150, 120, 90) },
  { id: 'Ag(NH3)2OH(aq)', formula: 'Ag(NH3)2OH', phase: 'aq', nameKey: n('diamminesilverHydroxide'), cpJPerGK: 1 },
  { id: 'NH4NO3(aq)', formula: 'NH4NO3', phase: 'aq', nameKey: n('ammoniumNitrate'), dfHkJPerMol: -339.87, cpJPerGK: 1 },
  { id: 'Ag2SO4(aq)', formula: 'Ag2SO4', phase: 'aq', nameKey: n('silverSulfate'), dfHkJPerMol: -698.11, cpJPerGK: 0.5 },
  // Silver from glucose: laid down slowly on clean glass in a still, warm tube it is a bright mirror; hurried (boiled over a flame) it comes
  // out as a black powder of fine grains (人教版 选择性必修3 第三章第三节 实验3-7 and its 注意: 水浴加热, 不可振荡; heated directly: 黑色沉淀).
  { id: 'Ag:mirror(s)', formula: 'Ag', phase: 's', nameKey: n('silverMirror'), dfHkJPerMol: 0, cpJPerGK: 0.235, densityGPerMl: 10.49, colour: rgb(168, 174, 184), coating: true },
  { id: 'Ag:powder(s)', formula: 'Ag', phase: 's', nameKey: n('silverPowder'), dfHkJPerMol: 0, cpJPerGK: 0.235, densityGPerMl: 10.49, colour: rgb(40, 40, 42) },
  // Sulfur in its oxidation states (人教版 必修第二册 第五章第一节 and 实验活动5). ΔfH° of the dissolved salts the sums of their ions'
  // (Na⁺ −240.12, S²⁻ +33.1, SO₃²⁻ −635.5, SO₄²⁻ −909.27, K⁺ −252.38, Mn²⁺ −220.75, Ba²⁺ −537.64, Cl⁻ −167.16 kJ/mol, NBS 1982);
  // H₂S gas −20.63, BaSO₄ (barite) −1473.2 (NBS; ρ 4.50 g/mL, CRC). BaSO₃ is not in the NBS tables: estimated as BaSO₄ less the
  // difference of the sulfate and sulfite ions (−1473.2 + 273.8 = −1199.4; ρ taken as 4.4). Both barium salts are white, fine enough to
  // cloud the liquid; sulfur from solution is pale yellow (淡黄色).
  { id: 'H2S(g)', formula: 'H2S', phase: 'g', nameKey: n('hydrogenSulfide'), dfHkJPerMol: -20.63, cpJPerGK: 1.0, smell: 'rottenEggs' },
  { id: 'Na2S(aq)', formula: 'Na2S', phase: 'aq', nameKey: n('sodiumSulfide'), dfHkJPerMol: -447.14, cpJPerGK: 1 },
  { id: 'Na2SO3(aq)', formula: 'Na2SO3', phase: 'aq', nameKey: n('sodiumSulfite'), dfHkJPerMol: -1115.74, cpJPerGK: 1 },
  { id: 'K2SO4(aq)', formula: 'K2SO4', phase: 'aq', nameKey: n('potassiumSulfate'), dfHkJPerMol: -1414.03, cpJPerGK: 0.8 },
  { id: 'MnSO4(aq)', formula: 'MnSO4', phase: 'aq', nameKey: n('manganeseSulfate'), dfHkJPerMol: -1130.02, cpJPerGK: 0.7 },
  { id: 'BaCl2(aq)', formula: 'BaCl2', phase: 'aq', nameKey: n('bariumChloride'), dfHkJPerMol: -871.96, cpJPerGK: 0.5 },
  { id: 'BaSO4(s)', formula: 'BaSO4', phase: 's', nameKey: n('bariumSulfate'), dfHkJPerMol: -1473.2, cpJPerGK: 0.44, densityGPerMl: 4.5, colour: WHITE },
  // +6 → +4: copper in hot concentrated sulfuric acid gives SO₂ and copper sulfate, which the little water there cannot hold: a greyish-white
  // solid (anhydrous CuSO₄, ΔfH° −771.36 kJ/mol, NBS; ρ 3.60 g/mL, CRC). Magenta (品红, basic fuchsine, C₂₀H₁₉N₃·HCl) at 0.01 %
  // (3 × 10⁻⁴ mol/L) is deep pink; SO₂ adds to it as a colourless compound (the textbook's 漂白). Their heats are left to the reactions.
  { id: 'CuSO4(s)', formula: 'CuSO4', phase: 's', nameKey: n('anhydrousCopperSulfate'), dfHkJPerMol: -771.36, cpJPerGK: 0.63, densityGPerMl: 3.6, colour: rgb(225, 228, 222) },
  { id: 'C20H20ClN3(aq)', formula: 'C20H20ClN3', phase: 'aq', nameKey: n('magenta'), cpJPerGK: 1, colour: rgb(205, 25, 125), colourMolL: 3e-4 },
  // SO₂ dissolved in water (sulfurous acid, H₂SO₃ ⇌ H⁺ + HSO₃⁻: ./acidity.ts): ΔfH° of SO₂(aq), un-ionised, −322.98 kJ/mol (NBS 1982).
  { id: 'SO2(aq)', formula: 'SO2', phase: 'aq', nameKey: n('sulfurousAcid'), dfHkJPerMol: -322.98, cpJPerGK: 1 },
  { id: 'C20H20ClN3:so2(aq)', formula: 'C20H20ClN3O2S', phase: 'aq', nameKey: n('magentaSulfurDioxide'), cpJPerGK: 1 },
  { id: 'C20H20Cl3N3:bleached(aq)', formula: 'C20H20Cl3N3', phase: 'aq', nameKey: n('magentaBleached'), cpJPerGK: 1 },
  { id: 'BaSO3(s)', formula: 'BaSO3', phase: 's', nameKey: n('bariumSulfite'), dfHkJPerMol: -1199.4, cpJPerGK: 0.45, densityGPerMl: 4.4, colour: WHITE },
];

const BY_ID = new Map(LIST.map((s) => [s.id, s]));
const MOLAR_MASS = new Map(LIST.map((s) => [s.id, molarMass(parseFormula(s.formula))]));

export const SPECIES: readonly SpeciesDef[] = LIST;

export function findSpecies(id: string): SpeciesDef | undefined {
  return BY_ID.get(id);
}

export function species(id: string): SpeciesDef {
  const s = BY_ID.get(id);
  if (!s) throw new Error(`unknown species '${id}'`);
  return s;
}

/** Molar mass from the formula (IUPAC standard atomic weights), g/mol. */
export function molarMassOf(id: string): number {
  const m = MOLAR_MASS.get(id);
  if (m === undefined) throw new Error(`unknown species '${id}'`);
  return m;
}

/** Molar volume of an ideal gas at T and P, mL/mol (R = 8.314 462 618 J/(mol·K), CODATA 2018). */
export const GAS_CONSTANT = 8.314462618;
export function gasMolarVolumeMl(temperatureK: number, pressurePa: number): number {
  return ((GAS_CONSTANT * temperatureK) / pressurePa) * 1e6;
}

/** Dry air by amount (N₂ with argon counted in, O₂): 0.79 / 0.21, as school texts round it. */
export const AIR: Readonly<Record<string, number>> = { 'N2(g)': 0.79, 'O2(g)': 0.21 };
/** Molar mass of dry air, g/mol. */
export const AIR_MOLAR_MASS = 28.96;

export const STANDARD_PRESSURE_PA = 101325;
export const ROOM_TEMPERATURE_K = 293.15;
export const ZERO_CELSIUS_K = 273.15;
