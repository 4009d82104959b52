/** Textbook reactions offered in the reaction choice (the student may also type their own). */
export interface ReactionPreset {
  id: string;
  equation: string;
}

export const REACTION_PRESETS: readonly ReactionPreset[] = [
  { id: 'propane-combustion', equation: 'C3H8 + O2 -> CO2 + H2O' },
  { id: 'methane-combustion', equation: 'CH4 + O2 -> CO2 + H2O' },
  { id: 'water-synthesis', equation: 'H2 + O2 -> H2O' },
  { id: 'haber', equation: 'N2 + H2 -> NH3' },
  { id: 'photosynthesis', equation: 'CO2 + H2O -> C6H12O6 + O2' },
  { id: 'fermentation', equation: 'C6H12O6 -> C2H5OH + CO2' },
  { id: 'thermite', equation: 'Al + Fe2O3 -> Al2O3 + Fe' },
  { id: 'blast-furnace', equation: 'Fe2O3 + CO -> Fe + CO2' },
  { id: 'neutralisation', equation: 'NaOH + H2SO4 -> Na2SO4 + H2O' },
  { id: 'precipitation', equation: 'AgNO3 + NaCl -> AgCl + NaNO3' },
  { id: 'copper-nitric', equation: 'Cu + HNO3 -> Cu(NO3)2 + NO + H2O' },
  { id: 'permanganate-iron', equation: 'MnO4- + Fe+2 + H+ -> Mn+2 + Fe+3 + H2O' },
  { id: 'dichromate-iron', equation: 'Cr2O7^2- + Fe+2 + H+ -> Cr+3 + Fe+3 + H2O' },
  { id: 'blue-vitriol', equation: 'CuSO4·5H2O -> CuSO4 + H2O' },
];
