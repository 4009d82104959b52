/**
 * Making a solution of a given mass fraction (配制一定溶质质量分数的溶液): the salt weighed on the tray balance
 * (read as weights plus rider, to 0.1 g) and the water measured in the cylinder go into the beaker and are
 * stirred until the salt has dissolved (./chem/dissolving.ts). The mass fraction is the dissolved salt over the
 * solution's mass: 3.0 g of NaCl in 47 mL of water is 6.0 % (人教版 化学 九年级下册 实验活动5). The textbook's
 * mistakes come out of the instruments: the cylinder read from above holds less water than it says (the fraction
 * comes out high), from below more (low); salt short of balance (the pointer still right of the middle) low.
 */
import type { SetupPart } from '../bench/setup';
import { readCylinder, CYLINDERS, type EyePosition } from '../bench/instruments/measuring-cylinder';
import { isBalanced, massReadingG, pointerFor, type TrayBalanceSpec } from '../bench/instruments/tray-balance';
import { changeAmount, massOfG, type Contents } from './chem/contents';
import { molarMassOf } from './chem/species';

/** 托盘天平 100 g, rider 0–5 g in 0.1 g (the chemistry lab's 0.1 g balance); sensitivity as the physics lab's. */
export const CHEM_BALANCE: TrayBalanceSpec = { capacityG: 100, riderMaxG: 5, riderDivisionG: 0.1, divisionsPerG: 10, stopDivisions: 10, nutTravelMm: 10, nutGPerMm: 0.5, swingPeriodS: 1.6, swingDamping: 0.12 };
export const CYLINDER_50 = CYLINDERS['50'];

const loads = (b: SetupPart) => ({ leftG: Number(b.props.saltG), rightG: Number(b.props.weightsG), riderG: Number(b.props.riderG), nutMm: 0, trimG: 0 });

export function balancePointer(b: SetupPart): { divisions: number; balanced: boolean } {
  const l = loads(b);
  return { divisions: pointerFor(l, CHEM_BALANCE).divisions, balanced: isBalanced(l, CHEM_BALANCE) };
}

export function balanceReadingG(b: SetupPart): number {
  return massReadingG([Number(b.props.weightsG)], Number(b.props.riderG), CHEM_BALANCE);
}

export function cylinderReading(c: SetupPart) {
  return readCylinder(Number(c.props.waterMl), String(c.props.eye) as EyePosition, CYLINDER_50);
}

/** Put a balance's salt (and the sand in it, for coarse salt) and a cylinder's water into a beaker's contents. */
export function pourIn(into: Contents, balances: SetupPart[], cylinders: SetupPart[]): void {
  for (const b of balances) {
    // Coarse salt: the sand's share of what was weighed (sandPercent), as grains of 0.3 mm.
    const sand = Number(b.props.saltG) * (Number(b.props.sandPercent ?? 0) / 100);
    changeAmount(into, 'NaCl(s)', (Number(b.props.saltG) - sand) / molarMassOf('NaCl(s)'), 5e-4);
    if (sand > 0) changeAmount(into, 'SiO2(s)', sand / molarMassOf('SiO2(s)'), 3e-4);
  }
  for (const c of cylinders) changeAmount(into, 'H2O(l)', (cylinderReading(c).heldMl * 0.998) / molarMassOf('H2O(l)'));
}

/** Mass fraction of the dissolved salt in the solution, %. */
export function massFractionPct(c: Contents): number {
  const salt = massOfG(c, 'NaCl(aq)'), water = massOfG(c, 'H2O(l)');
  return salt + water > 0 ? (100 * salt) / (salt + water) : NaN;
}
