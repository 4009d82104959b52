/**
 * A conical flask (锥形瓶, 250 mL) as a gas generator that needs no heating: marble chips and dilute
 * hydrochloric acid for carbon dioxide (人教版 九年级上册 第六单元 课题2), or hydrogen peroxide solution with
 * manganese dioxide for oxygen (第二单元 课题3), zinc granules and dilute acid for hydrogen (九年级下册 第八单元). Amounts of what is put in at the start are properties; the
 * acid's strength is its mass fraction (稀盐酸, about 7–10 %; concentrated acid gives off HCl and is not used).
 * What it holds starts at `startC` (warmed or cooled in a water bath beforehand, for the rate of a reaction).
 * For a titration it holds a sample of hydrochloric acid measured with a pipette (`sampleMl`, of concentration
 * `sampleMolL`: in a preset usually a mystery the teacher sees) and two drops of an indicator; a burette's tip
 * over its mouth runs titrant into it.
 * Terminals as the test tube's: `stopper` (two-holed stopper with a delivery tube) and `dip`.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const FLASK_ML = 250;
/** Indicators for a titration: two drops of phenolphthalein or of methyl orange (../../titration/indicators.ts). */
export const FLASK_INDICATORS = ['none', 'phenolphthalein', 'methyl-orange'] as const;

export const conicalFlask: PartDefinition = {
  kind: 'conical-flask',
  bench: 'wet',
  labelKey: k('part.conical-flask'),
  idPrefix: 'F',
  widthM: 0.09,
  heightM: 0.14,
  props: [
    { kind: 'number', name: 'marbleG', labelKey: k('prop.marbleG'), unit: 'g', min: 0, max: 30, step: 0.5, default: 0 },
    { kind: 'choice', name: 'marbleGrain', labelKey: k('prop.marbleGrain'), options: [{ value: 'chips', labelKey: k('grain.chips') }, { value: 'powder', labelKey: k('grain.powder') }], default: 'chips' },
    { kind: 'number', name: 'zincG', labelKey: k('prop.zincG'), unit: 'g', min: 0, max: 30, step: 0.5, default: 0 },
    { kind: 'number', name: 'hclMl', labelKey: k('prop.hclMl'), unit: 'mL', min: 0, max: 100, step: 1, default: 0 },
    { kind: 'number', name: 'hclPercent', labelKey: k('prop.hclPercent'), unit: '%', min: 1, max: 20, step: 0.5, default: 10 },
    { kind: 'number', name: 'h2o2Ml', labelKey: k('prop.h2o2Ml'), unit: 'mL', min: 0, max: 100, step: 1, default: 0 },
    { kind: 'number', name: 'h2o2Percent', labelKey: k('prop.h2o2Percent'), unit: '%', min: 1, max: 30, step: 0.5, default: 5 },
    { kind: 'number', name: 'mno2G', labelKey: k('prop.mno2G'), unit: 'g', min: 0, max: 5, step: 0.1, default: 0 },
    { kind: 'number', name: 'startC', labelKey: k('prop.acidStartC'), unit: '°C', min: 5, max: 60, step: 1, default: 20 },
    { kind: 'number', name: 'sampleMl', labelKey: k('prop.sampleMl'), unit: 'mL', min: 0, max: 100, step: 0.01, default: 0 },
    { kind: 'number', name: 'sampleMolL', labelKey: k('prop.sampleMolL'), unit: 'mol/L', min: 0.01, max: 0.5, step: 0.0001, default: 0.1 },
    { kind: 'choice', name: 'indicator', labelKey: k('prop.indicator'), options: FLASK_INDICATORS.map((i) => ({ value: i, labelKey: k(`indicator.${i}`) })), default: 'none' },
  ],
  terminals: [
    { name: 'stopper', xM: 0, yM: -0.07, labelKey: k('terminal.stopper') },
    { name: 'dip', xM: 0, yM: 0.05, labelKey: k('terminal.dip') },
  ],
};
