/**
 * Resistivity of wire materials at 20 °C, and the resistance of a round wire R = ρ·L / (π·d²/4).
 *
 * Values are those of the table students use (人教版 高中物理 必修第三册, 第十一章 "几种导体材料在 20 ℃
 * 时的电阻率"), which agree with the CRC Handbook of Chemistry and Physics (97th ed., "Electrical
 * Resistivity of Pure Metals"; alloys from its "Resistivity of Selected Alloys") to within the rounding shown.
 */

export interface Material {
  /** Stable id used in setups and netlists. */
  id: string;
  /** ρ at 20 °C, Ω·m. */
  resistivityOhmM: number;
  /** i18n key of the name (circuits namespace). */
  labelKey: string;
}

export const MATERIALS: readonly Material[] = [
  { id: 'silver', resistivityOhmM: 1.6e-8, labelKey: 'circuits.material.silver' },
  { id: 'copper', resistivityOhmM: 1.7e-8, labelKey: 'circuits.material.copper' },
  { id: 'aluminium', resistivityOhmM: 2.9e-8, labelKey: 'circuits.material.aluminium' },
  { id: 'tungsten', resistivityOhmM: 5.3e-8, labelKey: 'circuits.material.tungsten' },
  { id: 'iron', resistivityOhmM: 1.0e-7, labelKey: 'circuits.material.iron' },
  { id: 'manganin', resistivityOhmM: 4.4e-7, labelKey: 'circuits.material.manganin' },
  { id: 'constantan', resistivityOhmM: 5.0e-7, labelKey: 'circuits.material.constantan' },
  { id: 'nichrome', resistivityOhmM: 1.0e-6, labelKey: 'circuits.material.nichrome' },
];

export function findMaterial(id: string): Material | undefined {
  return MATERIALS.find((m) => m.id === id);
}

/** Resistance of a round wire, Ω. */
export function wireResistanceOhm(resistivityOhmM: number, lengthM: number, diameterM: number): number {
  return (resistivityOhmM * lengthM) / ((Math.PI * diameterM * diameterM) / 4);
}
