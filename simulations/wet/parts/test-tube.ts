/**
 * A test tube (试管, 18 × 180 mm, about 30 mL), drawn lying along its length: the bottom at the left, the
 * mouth at the right. Turned 5° clockwise the mouth points slightly down, as the textbook clamps it for heating
 * a solid (试管口略向下倾斜); turned −90° it stands mouth up in a rack. What it holds at the start: potassium
 * permanganate (for oxygen), limewater (to test carbon dioxide), with or without a loose plug of cotton wool at
 * the mouth (试管口放一团棉花, so the powder does not blow into the delivery tube); crushed 海波 (sodium thiosulfate
 * pentahydrate) or paraffin wax to melt in a water bath; or, sealed, nitrogen dioxide (2NO₂ ⇌ N₂O₄) to put into hot or
 * ice water.
 * Terminals: `stopper`, a stopper with a delivery tube (the tube is closed; gas leaves only along the link), and
 * `dip`, the end of a delivery tube dipped into what it holds (gas bubbles through it), and `mouth`, a delivery tube's end
 * held in its mouth above the liquid.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const TEST_TUBE_ML = 30;
/**
 * Solutions a school stocks for the properties of acids, bases and metals (dilute: 5 % by mass), and of iron (0.1 mol/L FeCl₃, FeCl₂, FeSO₄); anhydrous ethanol and 5 % acetic acid;
 * 0.1 mol/L CuSO₄ and NaCl for the complexes; 10 % NaOH, 2 % AgNO₃, 10 % glucose and sucrose and 1 % starch for the sugars; 0.1 mol/L Na₂CO₃, NaHCO₃, CH₃COONa, NH₄Cl and Al₂(SO₄)₃ for salt hydrolysis and 1 mol/L NaHCO₃ for the foam extinguisher; 0.1 mol/L MgCl₂, AlCl₃, NaBr and KI and water with phenolphthalein (`waterPhenolphthalein`) for the trends in a period and a group; 1-hexene, hexane and 0.1 mol/L phenol for the functional groups; for the equilibrium activity the light-red mixture of equal volumes of 0.005 mol/L FeCl₃ and 0.015 mol/L KSCN (`ironThiocyanate`);
 * for ethyl acetate (../chem/esterification.ts) 3 mL ethanol, 2 mL concentrated sulfuric acid and 2 mL glacial acetic acid in that
 * order (`esterMixture`, scaled to its volume; `esterMixtureNoAcid` without the sulfuric acid), saturated sodium carbonate solution
 * (`sodaSaturated`) and 30 % sodium hydroxide solution (`naoh30`) for the ester's hydrolysis; 0.1 mol/L Na₂S and Na₂SO₃ and acidified
 * permanganate (0.01 mol/L KMnO₄ in 0.5 mol/L H₂SO₄), concentrated (98 %) sulfuric acid and 0.01 % magenta (品红) for sulfur's oxidation states.
 */
export const TUBE_SOLUTIONS = ['none', 'water', 'hcl', 'h2so4', 'naoh', 'cuso4', 'agno3', 'fecl3', 'fecl2', 'feso4', 'ethanol', 'aceticAcid', 'ironThiocyanate', 'cuso4Tenth', 'naclTenth', 'na2co3Tenth', 'nahco3Tenth', 'ch3coonaTenth', 'nh4clTenth', 'al2so43Tenth', 'nahco3Molar', 'naohTen', 'agno3Two', 'glucose', 'sucrose', 'starch', 'esterMixture', 'esterMixtureNoAcid', 'sodaSaturated', 'naoh30', 'mgcl2Tenth', 'alcl3Tenth', 'nabrTenth', 'kiTenth', 'na2sTenth', 'na2so3Tenth', 'kmno4Acidified', 'hexene', 'hexane', 'phenol', 'waterPhenolphthalein', 'h2so4Conc', 'magenta'] as const;
/** What goes into it: two drops of an indicator, a piece of metal, marble chips, a rusty nail's rust, soda, copper oxide. */
export const TUBE_ADDITIONS = ['nothing', 'litmus', 'phenolphthalein', 'zinc', 'magnesium', 'iron', 'copper', 'marble', 'rust', 'soda', 'copperOxide', 'aluminium', 'ironSulfur', 'copperSulfur'] as const;

/** How the concentrated sulfuric acid went into the ethanol. */
export const ACID_ADDED = ['slowly', 'quickly', 'first'] as const;

/**
 * A tube sealed with its nitrogen dioxide in it, or closed with a plain stopper (`stopper`: the tube of SO₂ turned over into water,
 * 人教版 必修第二册 第五章第一节 实验5-1): nothing leaves or enters; drawn stoppered.
 */
export const sealedTube = (p: { kind: string; props: Record<string, unknown> }) => p.kind === 'test-tube' && (Number(p.props.no2Mmol ?? 0) > 0 || p.props.stopper === true);

export const testTube: PartDefinition = {
  kind: 'test-tube',
  bench: 'wet',
  labelKey: k('part.test-tube'),
  idPrefix: 'T',
  widthM: 0.18,
  heightM: 0.022,
  props: [
    { kind: 'number', name: 'kmno4G', labelKey: k('prop.kmno4G'), unit: 'g', min: 0, max: 10, step: 0.1, default: 0 },
    { kind: 'number', name: 'limewaterMl', labelKey: k('prop.limewaterMl'), unit: 'mL', min: 0, max: 20, step: 1, default: 0 },
    { kind: 'boolean', name: 'cotton', labelKey: k('prop.cotton'), default: true },
    // Cotton soaked in sodium hydroxide solution at the mouth of a tube that gas bubbles through: it takes up the SO₂ that comes out (尾气吸收).
    { kind: 'boolean', name: 'naohCotton', labelKey: k('prop.naohCotton'), default: false },
    { kind: 'choice', name: 'solution', labelKey: k('prop.solution'), options: TUBE_SOLUTIONS.map((s) => ({ value: s, labelKey: k(`solution.${s}`) })), default: 'none' },
    { kind: 'number', name: 'solutionMl', labelKey: k('prop.solutionMl'), unit: 'mL', min: 0, max: 15, step: 1, default: 0 },
    { kind: 'choice', name: 'added', labelKey: k('prop.added'), options: TUBE_ADDITIONS.map((s) => ({ value: s, labelKey: k(`added.${s}`) })), default: 'nothing' },
    { kind: 'number', name: 'addedG', labelKey: k('prop.addedG'), unit: 'g', min: 0, max: 5, step: 0.1, default: 0.5 },
    { kind: 'number', name: 'hypoG', labelKey: k('prop.hypoG'), unit: 'g', min: 0, max: 10, step: 0.5, default: 0 },
    // A sealed tube of nitrogen dioxide (with its N₂O₄): this many millimoles counted as NO₂; the tube is closed, nothing gets in or out.
    { kind: 'number', name: 'no2Mmol', labelKey: k('prop.no2Mmol'), unit: 'mmol', min: 0, max: 3, step: 0.1, default: 0 },
    // Ethyl acetate poured on what it holds (the hydrolysis tubes), mL; broken porcelain against bumping (沸石); how the
    // sulfuric acid went into the ethanol (slowly while shaking, as the textbook says; quickly; or the acid first).
    { kind: 'number', name: 'esterMl', labelKey: k('prop.esterMl'), unit: 'mL', min: 0, max: 5, step: 0.5, default: 0 },
    { kind: 'boolean', name: 'chips', labelKey: k('prop.chips'), default: false },
    { kind: 'choice', name: 'acidAdded', labelKey: k('prop.acidAdded'), options: ACID_ADDED.map((s) => ({ value: s, labelKey: k(`acidAdded.${s}`) })), default: 'slowly' },
    // A tube filled with sulfur dioxide, this many millilitres of it (the rest air), and a plain stopper in its mouth that can be taken out and
    // put back (under water: 实验5-1).
    { kind: 'number', name: 'so2Ml', labelKey: k('prop.so2Ml'), unit: 'mL', min: 0, max: 30, step: 1, default: 0 },
    { kind: 'boolean', name: 'stopper', labelKey: k('prop.stopper'), default: false },
    { kind: 'number', name: 'paraffinG', labelKey: k('prop.paraffinG'), unit: 'g', min: 0, max: 10, step: 0.5, default: 0 },
  ],
  liveProps: ['stopper'],
  // Tipped about its mouth (to pour from it: ../engine/pouring.ts), so the mouth stays over the vessel it was held over.
  tip: { aboutXM: 0.09, aboutYM: 0, labelKey: k('tipTube') },
  terminals: [
    { name: 'stopper', xM: 0.09, yM: 0, labelKey: k('terminal.stopper') },
    { name: 'dip', xM: -0.06, yM: 0, labelKey: k('terminal.dip') },
    // The end of a delivery tube held in its mouth, above what it holds (the ester's receiver: 导管口在液面上方).
    { name: 'mouth', xM: 0.07, yM: 0, labelKey: k('terminal.mouth') },
  ],
};
