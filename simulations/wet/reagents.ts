/**
 * What a vessel holds at the start, from its part's properties: solids by mass, solutions by volume and mass
 * fraction, with the solution's density from the CRC Handbook's concentrative-properties tables (hydrochloric
 * acid 10 % 1.047 g/mL, 20 % 1.098; hydrogen peroxide 3 % 1.010, 30 % 1.111: linear between), limewater saturated
 * at 20 °C (0.173 g Ca(OH)₂ per 100 g water, 人教版 九年级下册 第九单元 溶解度 table). Gases: the vessel's free
 * volume full of the room's air.
 */
import type { SetupPart } from '../bench/setup';
import { changeAmount, condensedVolumeMl, emptyContents, type Contents } from './chem/contents';
import { fillWithAir, gasMolFor } from './chem/gases';
import { addCrudeBrine } from './crude-salt-ions';
import { equilibrateNitrogenDioxide } from './chem/nitrogen-dioxide';
import { molarMassOf, species } from './chem/species';
import { FLASK_ML } from './parts/conical-flask';
import { BEAKER_ML } from './parts/beaker';
import { GAS_JAR_ML } from './parts/gas-jar';
import { TEST_TUBE_ML } from './parts/test-tube';

/**
 * Density of a dilute solution of mass fraction w, g/mL: 1 + slope·w (CRC fits above; H₂SO₄ 10 % 1.066, NaOH 10 % 1.109, CuSO₄ 10 % 1.107, AgNO₃ 10 % 1.088,
 * Na₂CO₃ 10 % 1.103, Na₂SO₄ 10 % 1.092; glucose 10 % 1.038, sucrose 10 % 1.038, ammonia 10 % 0.958).
 */
const DENSITY_SLOPE: Record<string, number> = {
  'HCl(aq)': 0.49, 'H2O2(aq)': 0.337, 'H2SO4(aq)': 0.66, 'NaOH(aq)': 1.09, 'CuSO4(aq)': 1.07, 'AgNO3(aq)': 0.88, 'Na2CO3(aq)': 1.03, 'Na2SO4(aq)': 0.92,
  'C6H12O6(aq)': 0.38, 'C12H22O11(aq)': 0.38, 'NH3(aq)': -0.42,
};
export const LIMEWATER_G_PER_100G = 0.173;
const CHIP_GRAIN_M = 5e-3;
const POWDER_GRAIN_M = 1e-4;
/** Crushed crystals (海波 for melting): 2 mm, they settle rather than cloud the melt. */
const CRUSHED_GRAIN_M = 2e-3;

export function solutionDensityGPerMl(solute: string, massFraction: number): number {
  return 1 + (DENSITY_SLOPE[solute] ?? 0) * massFraction;
}

/** Add a solution of `ml` mL at mass fraction w (0…1) of `solute`. */
export function addSolution(c: Contents, solute: string, ml: number, w: number): void {
  if (!(ml > 0)) return;
  const mass = ml * solutionDensityGPerMl(solute, w);
  changeAmount(c, solute, (mass * w) / molarMassOf(solute));
  changeAmount(c, 'H2O(l)', (mass * (1 - w)) / molarMassOf('H2O(l)'));
}

/**
 * Add `ml` mL of a dilute solution of `molL` mol/L of `solute` (a pipetted sample, a standard solution): the
 * solute's amount exactly c·V, and water so that the liquid's volume grows by `ml` (the solute's apparent molar
 * volume counted, ./chem/contents.ts).
 */
export function addMolarSolution(c: Contents, solute: string, ml: number, molL: number): void {
  if (!(ml > 0)) return;
  const n = (molL * ml) / 1000;
  changeAmount(c, solute, n);
  const waterMl = ml - n * (species(solute).molarVolumeMlPerMol ?? 0);
  changeAmount(c, 'H2O(l)', (waterMl * (species('H2O(l)').densityGPerMl ?? 1)) / molarMassOf('H2O(l)'));
}

export function addSolid(c: Contents, id: string, g: number, grainM?: number): void {
  if (g > 0) changeAmount(c, id, g / molarMassOf(id), grainM);
}

const TUBE_SOLUTES: Record<string, string> = { hcl: 'HCl(aq)', h2so4: 'H2SO4(aq)', naoh: 'NaOH(aq)', cuso4: 'CuSO4(aq)', agno3: 'AgNO3(aq)' };
/**
 * Solids added to a tube: species and grain (a zinc granule 3 mm, magnesium ribbon and an aluminium strip 0.2 mm thick, rust as flakes of
 * 0.5 mm scraped off a nail: they lie at the bottom, so the yellow of the iron(III) chloride shows above them).
 */
const TUBE_SOLIDS: Record<string, [string, number]> = {
  zinc: ['Zn(s)', 3e-3], magnesium: ['Mg(s)', 2e-4], aluminium: ['Al(s)', 2e-4], iron: ['Fe(s)', 3e-3], copper: ['Cu(s)', 3e-3], marble: ['CaCO3(s)', 5e-3], rust: ['Fe2O3(s)', 5e-4], copperOxide: ['CuO(s)', 1e-4],
};
/** Metal and sulfur powders mixed for heating (人教版 必修第二册 第五章第一节): the metal's share by mass. */
export const SULFUR_MIXTURES: Record<string, [string, number]> = { ironSulfur: ['Fe(s)', 7 / 11], copperSulfur: ['Cu(s)', 4 / 5] };
export const DILUTE_MASS_FRACTION = 0.05;
/** Saturated sodium carbonate solution at 20 °C: 21.5 g per 100 g of water (人教版 九年级下册 表9-1 / CRC). */
export const SODA_SATURATED_FRACTION = 21.5 / 121.5;
/** A copper plating bath: 10 % copper sulfate (0.7 mol/L). */
export const PLATING_BATH_MASS_FRACTION = 0.1;
/**
 * The iron salts, as the textbook's 实验活动2 makes them up: 0.1 mol/L; copper sulfate and sodium chloride at the same strength for the
 * complexes; the salts whose pH 盐类的水解 compares (人教版 选择性必修1 第三章第三节), 0.1 mol/L; MgCl₂, AlCl₃, NaBr and KI for the trends in a
 * period and a group (人教版 必修第一册 第四章 实验活动3), 0.1 mol/L.
 */
const TENTH_MOLAR_SOLUTES: Record<string, string> = {
  fecl3: 'FeCl3(aq)', fecl2: 'FeCl2(aq)', feso4: 'FeSO4(aq)', cuso4Tenth: 'CuSO4(aq)', naclTenth: 'NaCl(aq)',
  na2co3Tenth: 'Na2CO3(aq)', nahco3Tenth: 'NaHCO3(aq)', ch3coonaTenth: 'CH3COONa(aq)', nh4clTenth: 'NH4Cl(aq)', al2so43Tenth: 'Al2(SO4)3(aq)',
  mgcl2Tenth: 'MgCl2(aq)', alcl3Tenth: 'AlCl3(aq)', nabrTenth: 'NaBr(aq)', kiTenth: 'KI(aq)',
  na2sTenth: 'Na2S(aq)', na2so3Tenth: 'Na2SO3(aq)',
};
/** Acidified permanganate (酸性 KMnO₄ 溶液) as a school makes it up: 0.01 mol/L KMnO₄ in 0.5 mol/L sulfuric acid. */
export const ACID_PERMANGANATE = { kmno4MolL: 0.01, h2so4MolL: 0.5 };
/** Magenta (品红) solution, 0.01 % basic fuchsine (337.9 g/mol): 3 × 10⁻⁴ mol/L. */
export const MAGENTA_MOL_L = 3e-4;
/** Sodium hydrogencarbonate as strong as a school makes it for the foam extinguisher: 1 mol/L (saturated at 20 °C is 9.6 g per 100 g of water, about 1.1 mol/L, CRC). */
const MOLAR_SOLUTES: Record<string, string> = { nahco3Molar: 'NaHCO3(aq)' };
export const IRON_SOLUTION_MOL_L = 0.1;
/** Dilute phenol solution for the functional groups' tests (苯酚稀溶液), mol/L: 0.94 % by mass, well below its solubility (8.3 g per 100 g of water at 20 °C, CRC). */
export const PHENOL_MOL_L = 0.1;
/**
 * Solutions made up by mass fraction for the sugars (人教版 选择性必修3 第四章第一节 and 实验活动3): 10 % NaOH, 5 % CuSO₄, 2 % AgNO₃ and 2 %
 * ammonia, 10 % glucose and sucrose, 1 % starch, dilute (20 %) sulfuric acid, and 10 % acetaldehyde for the aldehyde test; a tube or a
 * dropper holds them by the same name.
 */
export const BY_MASS_FRACTION: Record<string, [string, number]> = {
  naohTen: ['NaOH(aq)', 0.1], cuso4Five: ['CuSO4(aq)', 0.05], agno3Two: ['AgNO3(aq)', 0.02], ammoniaTwo: ['NH3(aq)', 0.02],
  glucose: ['C6H12O6(aq)', 0.1], sucrose: ['C12H22O11(aq)', 0.1], starch: ['C6H10O5:starch(aq)', 0.01], h2so4Dilute: ['H2SO4(aq)', 0.2],
  // The aldehyde test (选择性必修3 第三章 实验活动2): a dilute acetaldehyde solution, 10 % (our choice; its density taken as water's, CRC 0.998 at 10 %).
  acetaldehyde: ['CH3CHO(aq)', 0.1],
};
/** The equilibrium activity's light-red mixture: iron(III) and thiocyanate in all, mol/L. */
export const EQUILIBRIUM_FE_MOL_L = 0.0025;
export const EQUILIBRIUM_SCN_MOL_L = 0.0075;

/** A few millilitres of a dilute solution (5 %) in a tube and what is added to it: indicator drops, a solid, soda. */
export function addTubeSolution(c: Contents, solution: string, ml: number, added: string, addedG: number): void {
  if (solution !== 'none' && ml > 0) {
    if (TENTH_MOLAR_SOLUTES[solution]) addMolarSolution(c, TENTH_MOLAR_SOLUTES[solution], ml, IRON_SOLUTION_MOL_L);
    else if (MOLAR_SOLUTES[solution]) addMolarSolution(c, MOLAR_SOLUTES[solution], ml, 1);
    else if (BY_MASS_FRACTION[solution]) addSolution(c, BY_MASS_FRACTION[solution][0], ml, BY_MASS_FRACTION[solution][1]);
    else if (solution === 'ethanol') changeAmount(c, 'C2H5OH(l)', (ml * 0.789) / molarMassOf('C2H5OH(l)'));
    else if (solution === 'aceticAcid') addSolution(c, 'CH3COOH(aq)', ml, DILUTE_MASS_FRACTION);
    // The functional groups (人教版 选择性必修3 第三章 实验活动2): 1-hexene and hexane by volume (CRC 0.673, 0.655 g/mL); dilute phenol, 0.1 mol/L (0.94 %).
    else if (solution === 'hexene') changeAmount(c, 'C6H12(l)', (ml * 0.673) / molarMassOf('C6H12(l)'));
    else if (solution === 'hexane') changeAmount(c, 'C6H14(l)', (ml * 0.655) / molarMassOf('C6H14(l)'));
    else if (solution === 'phenol') addMolarSolution(c, 'C6H5OH(aq)', ml, PHENOL_MOL_L);
    else if (solution === 'ironThiocyanate') {
      // Equal volumes of 0.005 mol/L FeCl₃ and 0.015 mol/L KSCN, mixed (人教版 选择性必修1 实验2-1): half of each in all.
      addMolarSolution(c, 'FeCl3(aq)', ml / 2, EQUILIBRIUM_FE_MOL_L * 2);
      addMolarSolution(c, 'KSCN(aq)', ml / 2, EQUILIBRIUM_SCN_MOL_L * 2);
    } else if (solution === 'esterMixture' || solution === 'esterMixtureNoAcid') {
      // 3 mL ethanol, 2 mL concentrated sulfuric acid (98 %, CRC 1.84 g/mL: taken as the pure acid at 1.83), 2 mL glacial acetic
      // acid (CRC 1.049 g/mL), scaled to the volume asked for (人教版 必修第二册 实验7-6).
      const acid = solution === 'esterMixture';
      const share = ml / (acid ? 7 : 5);
      changeAmount(c, 'C2H5OH(l)', (3 * share * 0.789) / molarMassOf('C2H5OH(l)'));
      if (acid) changeAmount(c, 'H2SO4(l)', (2 * share * 1.83) / molarMassOf('H2SO4(l)'));
      changeAmount(c, 'CH3COOH(l)', (2 * share * 1.049) / molarMassOf('CH3COOH(l)'));
    } else if (solution === 'kmno4Acidified') {
      addMolarSolution(c, 'KMnO4(aq)', ml, ACID_PERMANGANATE.kmno4MolL);
      changeAmount(c, 'H2SO4(aq)', (ACID_PERMANGANATE.h2so4MolL * ml) / 1000);
    } else if (solution === 'h2so4Conc') {
      // 98 % sulfuric acid, 1.84 g/mL (CRC).
      changeAmount(c, 'H2SO4(l)', (0.98 * 1.84 * ml) / molarMassOf('H2SO4(l)'));
      changeAmount(c, 'H2O(l)', (0.02 * 1.84 * ml) / molarMassOf('H2O(l)'));
    } else if (solution === 'magenta') addMolarSolution(c, 'C20H20ClN3(aq)', ml, MAGENTA_MOL_L);
    else if (solution === 'sodaSaturated') addSolution(c, 'Na2CO3(aq)', ml, SODA_SATURATED_FRACTION);
    else if (solution === 'naoh30') addSolution(c, 'NaOH(aq)', ml, 0.3);
    else if (solution === 'water') changeAmount(c, 'H2O(l)', (ml * 0.998) / molarMassOf('H2O(l)'));
    else if (solution === 'waterPhenolphthalein') {
      // Water with two drops of phenolphthalein (the magnesium ribbon's tubes, 人教版 必修第一册 第四章 实验活动3).
      changeAmount(c, 'H2O(l)', (ml * 0.998) / molarMassOf('H2O(l)'));
      c.indicators = { phenolphthalein: 2 };
    }
    else addSolution(c, TUBE_SOLUTES[solution], ml, DILUTE_MASS_FRACTION);
  }
  if (added === 'litmus' || added === 'phenolphthalein') c.indicators = { [added]: 2 };
  else if (added === 'soda') changeAmount(c, 'Na2CO3(aq)', addedG / molarMassOf('Na2CO3(aq)'));
  else if (TUBE_SOLIDS[added]) addSolid(c, TUBE_SOLIDS[added][0], addedG, TUBE_SOLIDS[added][1]);
  else if (SULFUR_MIXTURES[added]) {
    // Metal and sulfur powders mixed by mass (iron 7 : 4, the textbook's; copper 4 : 1), 0.1 mm grains.
    const [metal, share] = SULFUR_MIXTURES[added];
    addSolid(c, metal, addedG * share, 1e-4);
    addSolid(c, 'S(s)', addedG * (1 - share), 1e-4);
  }
}

/** A vessel's capacity, mL (0: not a vessel). */
export function capacityMl(kind: string): number {
  return kind === 'test-tube' ? TEST_TUBE_ML : kind === 'conical-flask' ? FLASK_ML : kind === 'beaker' ? BEAKER_ML : kind === 'gas-jar' ? GAS_JAR_ML : 0;
}

/** What a vessel part holds at the start, at the room's temperature and pressure. */
export function startingContents(p: SetupPart, roomK: number, pressurePa: number): Contents {
  const c = emptyContents(roomK);
  const n = (name: string) => Number(p.props[name] ?? 0);
  switch (p.kind) {
    case 'test-tube': {
      addSolid(c, 'KMnO4(s)', n('kmno4G'), POWDER_GRAIN_M);
      const lime = n('limewaterMl');
      if (lime > 0) {
        const water = lime; // g, the saturated solution's density is water's to 0.1 %
        changeAmount(c, 'H2O(l)', water / molarMassOf('H2O(l)'));
        changeAmount(c, 'Ca(OH)2(aq)', (water * LIMEWATER_G_PER_100G) / 100 / molarMassOf('Ca(OH)2(s)'));
      }
      addTubeSolution(c, String(p.props.solution ?? 'none'), n('solutionMl'), String(p.props.added ?? 'nothing'), n('addedG'));
      if (n('esterMl') > 0) changeAmount(c, 'CH3COOC2H5(l)', (n('esterMl') * 0.9) / molarMassOf('CH3COOC2H5(l)'));
      addSolid(c, 'Na2S2O3·5H2O(s)', n('hypoG'), CRUSHED_GRAIN_M);
      addSolid(c, 'C25H52(s)', n('paraffinG'), CHIP_GRAIN_M);
      if (n('no2Mmol') > 0) {
        // A sealed tube of nitrogen dioxide holds nothing else: no air is added (./chem/nitrogen-dioxide.ts sets the split).
        changeAmount(c, 'NO2(g)', n('no2Mmol') / 1000);
        equilibrateNitrogenDioxide(c, Math.max(0.5, capacityMl(p.kind) - condensedVolumeMl(c)));
        return c;
      }
      break;
    }
    case 'conical-flask':
      c.temperatureK = 273.15 + Number(p.props.startC ?? 20);
      addSolid(c, 'CaCO3(s)', n('marbleG'), p.props.marbleGrain === 'powder' ? POWDER_GRAIN_M : CHIP_GRAIN_M);
      addSolid(c, 'MnO2(s)', n('mno2G'), POWDER_GRAIN_M);
      addSolid(c, TUBE_SOLIDS.zinc[0], n('zincG'), TUBE_SOLIDS.zinc[1]);
      addSolution(c, 'HCl(aq)', n('hclMl'), n('hclPercent') / 100);
      addSolution(c, 'H2O2(aq)', n('h2o2Ml'), n('h2o2Percent') / 100);
      addMolarSolution(c, 'HCl(aq)', n('sampleMl'), n('sampleMolL'));
      if (p.props.indicator !== undefined && p.props.indicator !== 'none') c.indicators = { [String(p.props.indicator)]: 2 };
      break;
    case 'beaker':
      c.temperatureK = 273.15 + n('startC');
      if (p.props.liquid === 'h2so4') addSolution(c, 'H2SO4(aq)', n('waterMl'), DILUTE_MASS_FRACTION);
      else if (p.props.liquid === 'cuso4') addSolution(c, 'CuSO4(aq)', n('waterMl'), PLATING_BATH_MASS_FRACTION);
      else if (p.props.liquid === 'na2co3') addSolution(c, 'Na2CO3(aq)', n('waterMl'), DILUTE_MASS_FRACTION);
      else if (p.props.liquid === 'na2so4') addSolution(c, 'Na2SO4(aq)', n('waterMl'), DILUTE_MASS_FRACTION);
      else if (p.props.liquid === 'crudeBrine') addCrudeBrine(c, n('waterMl'));
      else if (p.props.liquid === 'ethanol') changeAmount(c, 'C2H5OH(l)', (n('waterMl') * 0.789) / molarMassOf('C2H5OH(l)'));
      else if (p.props.liquid === 'waterPhenolphthalein') {
        // Water with a few drops of phenolphthalein, for sodium (人教版 必修第一册 第二章第一节 and 第四章 实验活动3).
        changeAmount(c, 'H2O(l)', n('waterMl') / molarMassOf('H2O(l)'));
        c.indicators = { phenolphthalein: 3 };
      }
      else changeAmount(c, 'H2O(l)', n('waterMl') / molarMassOf('H2O(l)')); // 1 g/mL: the beaker's marks are rough
      break;
    case 'gas-jar':
      return c; // the engine fills it with water or air by how it collects
  }
  // A tube filled with sulfur dioxide (collected by upward displacement of air, 实验5-1): so2Ml of it, air in the rest.
  const so2Ml = p.kind === 'test-tube' ? Math.min(n('so2Ml'), Math.max(0, capacityMl(p.kind) - condensedVolumeMl(c))) : 0;
  if (so2Ml > 0) changeAmount(c, 'SO2(g)', gasMolFor(so2Ml, c.temperatureK, pressurePa));
  if (p.kind !== 'beaker') fillWithAir(c, Math.max(0, capacityMl(p.kind) - condensedVolumeMl(c) - so2Ml), c.temperatureK, pressurePa);
  return c;
}
