/**
 * The crude salt's soluble impurities (用化学沉淀法去除粗盐中的杂质离子, 人教版 化学 必修第二册 第五章 实验活动4): what the crude salt
 * is, the impurity ions a vessel still holds dissolved and the precipitates that took them out, and the mistakes the bench tells.
 *
 * The crude salt (our choice, stated in the preset): by mass 94 % NaCl, 2 % each of CaCl₂, MgCl₂ and Na₂SO₄, 5.0 g of it in 20 mL of
 * water (the textbook's amounts, with its sand already filtered off: junior ../salt-purification.ts). The reagents, one dropper each:
 * BaCl₂ 1 mol/L, NaOH 10 %, saturated Na₂CO₃ (21.5 g per 100 g of water at 20 °C), hydrochloric acid 5 % (./dropping.ts). The
 * reactions are rows of ./chem/reaction-data.ts; the filter keeps every solid back (./salt-purification.ts); nothing here is scripted.
 */
import { amountOf, changeAmount, type Contents } from './chem/contents';
import { molarMassOf } from './chem/species';

/** Grams of crude salt per millilitre of water (5.0 g in 20 mL) and its composition by mass. */
export const CRUDE_SALT_G_PER_ML = 0.25;
export const CRUDE_SALT_MASS_FRACTIONS: Readonly<Record<string, number>> = {
  'NaCl(aq)': 0.94,
  'CaCl2(aq)': 0.02,
  'MgCl2(aq)': 0.02,
  'Na2SO4(aq)': 0.02,
};

/** `waterMl` mL of water with the crude salt (CRUDE_SALT_G_PER_ML per mL) dissolved in it. */
export function addCrudeBrine(c: Contents, waterMl: number): void {
  if (!(waterMl > 0)) return;
  const saltG = waterMl * CRUDE_SALT_G_PER_ML;
  for (const [id, w] of Object.entries(CRUDE_SALT_MASS_FRACTIONS)) changeAmount(c, id, (saltG * w) / molarMassOf(id));
  changeAmount(c, 'H2O(l)', waterMl / molarMassOf('H2O(l)'));
}

/** The impurity ions, and the dissolved species that carry each (mol of the ion per mol of the species). */
export const IMPURITY_IONS = {
  sulfate: { 'Na2SO4(aq)': 1 },
  magnesium: { 'MgCl2(aq)': 1 },
  calcium: { 'CaCl2(aq)': 1 },
  barium: { 'BaCl2(aq)': 1 },
  hydroxide: { 'NaOH(aq)': 1 },
  carbonate: { 'Na2CO3(aq)': 1 },
  bicarbonate: { 'NaHCO3(aq)': 1 },
} as const satisfies Record<string, Record<string, number>>;
export type ImpurityIon = keyof typeof IMPURITY_IONS;

/** Molar masses of the ions, g/mol (IUPAC weights: SO₄ 96.06, Mg 24.305, Ca 40.078, Ba 137.327, OH 17.007, CO₃ 60.009, HCO₃ 61.017). */
const ION_G_PER_MOL: Record<ImpurityIon, number> = { sulfate: 96.06, magnesium: 24.305, calcium: 40.078, barium: 137.327, hydroxide: 17.007, carbonate: 60.009, bicarbonate: 61.017 };

/** An impurity ion dissolved in a vessel's contents (or left among the dry crystals), mg. */
export function ionMg(c: Contents, ion: ImpurityIon): number {
  let mol = 0;
  for (const [id, per] of Object.entries(IMPURITY_IONS[ion])) mol += per * amountOf(c, id);
  return 1000 * mol * ION_G_PER_MOL[ion];
}

/** The precipitates, by the names of their readings. */
export const PRECIPITATES = { baso4Mg: 'BaSO4(s)', mgoh2Mg: 'Mg(OH)2(s)', caco3Mg: 'CaCO3(s)', baco3Mg: 'BaCO3(s)' } as const;

/** What a beaker, funnel or dish reads of the crude-salt work, by name (undefined: not one of these). */
export function crudeSaltValue(c: Contents, name: string): number | undefined {
  if (name in PRECIPITATES) return 1000 * amountOf(c, PRECIPITATES[name as keyof typeof PRECIPITATES]) * molarMassOf(PRECIPITATES[name as keyof typeof PRECIPITATES]);
  const ion = name.endsWith('LeftMg') ? (name.slice(0, -'LeftMg'.length) as ImpurityIon) : undefined;
  if (ion && ion in IMPURITY_IONS) return ionMg(c, ion);
  return undefined;
}

/** Impurity ions below this (mg in the vessel) are none: a test with a few drops would show nothing. */
export const ION_TRACE_MG = 0.1;

/** The solids that hydrochloric acid dissolves again (the textbook filters them off before adding it). */
const ACID_SOLUBLE = ['Mg(OH)2(s)', 'CaCO3(s)', 'BaCO3(s)'];

/** Whether acid dropped into these contents meets precipitates it dissolves again (the bench remembers it: a mistake). */
export const holdsAcidSoluble = (c: Contents) => ACID_SOLUBLE.some((id) => amountOf(c, id) > 0);

/**
 * The impurities left in a dish's salt (keys of `wet.diag.`): barium (sodium carbonate added before the barium chloride, or too little
 * of it), sulfate, magnesium or calcium (too little of a reagent, or the precipitates dissolved again by acid added before filtering),
 * hydroxide, carbonate or the hydrogencarbonate the first drops of acid turn it into (the filtrate not neutralised with hydrochloric acid
 * until no more gas comes).
 */
export function impuritiesLeft(c: Contents): string[] {
  const out: string[] = [];
  for (const ion of ['barium', 'sulfate', 'magnesium', 'calcium'] as const) if (ionMg(c, ion) > ION_TRACE_MG) out.push(`${ion}Left`);
  if (ionMg(c, 'hydroxide') + ionMg(c, 'carbonate') + ionMg(c, 'bicarbonate') > ION_TRACE_MG) out.push('alkaliLeft');
  return out;
}
