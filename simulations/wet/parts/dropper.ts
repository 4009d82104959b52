/**
 * A dropper (胶头滴管) with the solution of its bottle, drawn upright with its tip at the bottom. Squeezed, it lets
 * its drops (0.05 mL each, 20 to the millilitre) fall at 4 a second into the vessel whose mouth is under its tip,
 * or with its tip pushed below the liquid's surface straight into the liquid (the way iron(II) hydroxide is made
 * without stirring air in); with nothing under it, onto the table. Let go, it fills again from its bottle.
 * Solutions: potassium thiocyanate (0.1 mol/L), chlorine water (0.05 mol/L Cl₂), 3 % hydrogen peroxide, dilute
 * (5 %) hydrochloric acid and sodium hydroxide, vegetable oil; for shifting an equilibrium 1 mol/L iron(III) chloride and
 * potassium thiocyanate and 0.1 mol/L sodium hydroxide; for the complexes 1 mol/L ammonia, 95 % ethanol and 0.1 mol/L silver
 * nitrate; for the sugars 10 % NaOH, 5 % CuSO₄, 2 % ammonia, 10 % glucose, Tollens' reagent, 20 % sulfuric acid and iodine water; for the foam extinguisher 0.5 mol/L aluminium sulfate; for the periodic trends bromine water (0.05 mol/L Br₂) and 1 mol/L sodium hydroxide ; for sulfur's oxidation states 0.1 mol/L sodium sulfite and barium chloride; for the crude salt's impurity ions 1 mol/L barium chloride and saturated sodium carbonate (../dropping.ts); for the functional groups saturated bromine water (0.2 mol/L), 0.1 mol/L iron(III) chloride, acidified potassium permanganate, 1-bromobutane, 2 mol/L nitric acid, 1 mol/L sodium hydrogencarbonate and 10 % acetaldehyde; carbon tetrachloride to extract the halogens; for the oil film oleic acid in alcohol, 1 mL made
 * up to 200, 500 or 1000 mL, whose drops are smaller (../oil-film.ts OLEIC_SOLUTION_DROP_ML) and go to ../engine/film-step.ts.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const DROPPER_REAGENTS = ['kscn', 'chlorineWater', 'h2o2', 'hcl', 'naoh', 'oil', 'fecl3Molar', 'kscnMolar', 'naohDilute', 'ammonia', 'ethanol95', 'agno3', 'al2so43', 'oleic200', 'oleic500', 'oleic1000', 'naohTen', 'cuso4Five', 'ammoniaTwo', 'glucose', 'tollens', 'h2so4Dilute', 'iodine', 'bromineWater', 'naohMolar', 'na2so3', 'bacl2', 'bacl2Molar', 'na2co3Saturated', 'bromineSaturated', 'fecl3Tenth', 'kmno4Acid', 'bromobutane', 'hno3Dilute', 'nahco3Molar', 'acetaldehyde', 'ccl4', 'magenta'] as const;
/** The tip's place below the dropper's centre, metres (the dropper is drawn 12 cm long). */
export const DROPPER_TIP_Y_M = 0.06;

export const dropper: PartDefinition = {
  kind: 'dropper',
  bench: 'wet',
  labelKey: k('part.dropper'),
  idPrefix: 'R',
  widthM: 0.014,
  heightM: 0.12,
  props: [
    { kind: 'choice', name: 'reagent', labelKey: k('prop.reagent'), options: DROPPER_REAGENTS.map((r) => ({ value: r, labelKey: k(`reagent.${r}`) })), default: 'kscn' },
    { kind: 'number', name: 'drops', labelKey: k('prop.drops'), unit: '', min: 1, max: 40, step: 1, default: 5 },
    { kind: 'boolean', name: 'squeeze', labelKey: k('prop.squeeze'), default: false },
  ],
  terminals: [],
  liveProps: ['squeeze'],
};
