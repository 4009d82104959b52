/**
 * Water electrolysed in a Hofmann apparatus: the current I gives 2H₂O = 2H₂ + O₂ at I/(4F) mol of reaction per
 * second (the reaction table's `water-electrolysis`, run by ./chem/kinetics.ts), hydrogen into the negative arm,
 * oxygen into the positive. The first gas of each arm dissolves in the arm's water until the water is saturated
 * (Henry's law at 20 °C and 1 atm: O₂ 1.39 mmol/L, H₂ 0.81 mmol/L; Sander, Atmos. Chem. Phys. 15 (2015) 4399,
 * corrected to 20 °C), bubbles losing to it in proportion to how far from saturation it is. Oxygen dissolves
 * more, so the volumes collected stand a little above 2 : 1 at first (the textbook's 氧气在水中的溶解能力比氢气
 * 稍强), and once both are saturated V(H₂) − 2V(O₂) stays at 2·c(O₂) − c(H₂) of the two arms' water.
 * Without an electrolyte (pure water, κ ≈ 5.5 µS/m) the current is a ten-thousandth of what the salt allows.
 */
import { emptyContents, amountOf, changeAmount } from './chem/contents';
import { reactStep } from './chem/kinetics';
import { gasVolumeMl } from './chem/gases';
import type { Room } from './gas-train';

export const ARM_WATER_L = 0.05;
export const HENRY_MOL_PER_L: Readonly<Record<string, number>> = { 'H2(g)': 0.81e-3, 'O2(g)': 1.39e-3 };
const PURE_WATER_SHARE = 1e-4;

export interface ArmGas {
  /** Gas collected at the top of each arm, mol. */
  h2Mol: number;
  o2Mol: number;
  /** Gas dissolved in each arm's water, mol. */
  h2DissolvedMol: number;
  o2DissolvedMol: number;
}

export const noArmGas = (): ArmGas => ({ h2Mol: 0, o2Mol: 0, h2DissolvedMol: 0, o2DissolvedMol: 0 });

/** The current that flows: as set with the salt in, next to none without. */
export function electrolysisCurrentA(currentA: number, electrolyte: boolean, on: boolean): number {
  return on ? currentA * (electrolyte ? 1 : PURE_WATER_SHARE) : 0;
}

/** Split what the electrodes give between each arm's water (till saturated) and its gas. */
function toArm(made: number, dissolved: number, capacity: number): { gas: number; dissolved: number } {
  const take = Math.min(capacity - dissolved, made * Math.max(0, 1 - dissolved / capacity));
  return { gas: made - take, dissolved: dissolved + take };
}

export function stepElectrolysis(s: ArmGas, currentA: number, dtS: number, room: Room): void {
  if (!(currentA > 0)) return;
  const water = emptyContents(room.temperatureK);
  changeAmount(water, 'H2O(l)', 100);
  const gas = emptyContents(room.temperatureK);
  reactStep(water, { gas, pressurePa: room.pressurePa, burning: new Set(), currentA: { 'water-electrolysis': currentA } }, dtS);
  const h = toArm(amountOf(gas, 'H2(g)'), s.h2DissolvedMol, HENRY_MOL_PER_L['H2(g)'] * ARM_WATER_L);
  const o = toArm(amountOf(gas, 'O2(g)'), s.o2DissolvedMol, HENRY_MOL_PER_L['O2(g)'] * ARM_WATER_L);
  s.h2Mol += h.gas;
  s.h2DissolvedMol = h.dissolved;
  s.o2Mol += o.gas;
  s.o2DissolvedMol = o.dissolved;
}

export const armMl = (mol: number, room: Room) => gasVolumeMl(mol, room.temperatureK, room.pressurePa);
