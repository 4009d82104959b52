/**
 * Starch and iodine (人教版 化学 选择性必修3 第四章第一节, 淀粉遇碘变蓝; 实验活动3 淀粉水解程度的检验): iodine threads into the starch's
 * helix as a deep blue complex. Iodine water alone is pale yellow-brown; with starch present all its iodine is taken into the blue
 * complex, whose absorption (ε ≈ 4 × 10⁴ L/(mol·cm) near 600 nm, Rundle & French's starch–triiodide values) makes even 10⁻⁵ mol/L
 * a clear blue through 2 cm. Starch counts while there is enough of it to see the colour: above 20 mg/L (1.2 × 10⁻⁴ mol/L of glucose
 * units), the test's detection limit of the order of tens of mg/L. So a hydrolysed starch solution stops turning blue once nearly
 * all its starch is glucose: the textbook's sign that hydrolysis is complete.
 */
import type { Rgb } from '../../titration/indicators';
import { concentrationMolL, type Contents } from './contents';

export const STARCH = 'C6H10O5:starch(aq)';
export const IODINE = 'I2(aq)';
/** Least starch that shows with iodine, mol/L of glucose units (20 mg/L ÷ 162.14 g/mol). */
export const STARCH_SHOWS_MOL_L = 20e-3 / 162.14;
/** The blue complex: its colour at this iodine concentration through 2 cm (Beer–Lambert per channel, as ./appearance.ts). */
export const STARCH_IODINE_COLOUR: Rgb = { r: 60, g: 80, b: 190 };
export const STARCH_IODINE_COLOUR_MOL_L = 2e-5;

/** Iodine bound in the blue complex, mol/L (0 without enough starch). */
export function starchIodineMolL(c: Contents): number {
  return concentrationMolL(c, STARCH) >= STARCH_SHOWS_MOL_L ? concentrationMolL(c, IODINE) : 0;
}
