/**
 * A funnel with a filter paper (漏斗和滤纸), held in the iron stand's ring: the rim at local y −0.04 m, the stem's
 * tip at +0.05 m. A beaker held above it pours its contents in (../salt-purification.ts), along a glass rod
 * (slowly, 玻璃棒引流) or straight; the liquid runs through the paper into what stands under the stem's tip.
 * 一贴二低三靠: the paper lies flat against the funnel; the paper's edge is below the rim and the liquid below the
 * paper's edge; a torn paper, or liquid above its edge, lets the sand through.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const FUNNEL_RIM_Y_M = -0.04;
export const FUNNEL_TIP_Y_M = 0.05;
export const FILTER_PAPERS = ['intact', 'torn'] as const;
export const POURS = ['rod', 'straight'] as const;

export const funnel: PartDefinition = {
  kind: 'funnel',
  bench: 'wet',
  labelKey: k('part.funnel'),
  idPrefix: 'F',
  widthM: 0.07,
  heightM: 0.09,
  props: [
    { kind: 'choice', name: 'paper', labelKey: k('prop.paper'), options: FILTER_PAPERS.map((v) => ({ value: v, labelKey: k(`paper.${v}`) })), default: 'intact' },
    { kind: 'choice', name: 'pour', labelKey: k('prop.pour'), options: POURS.map((v) => ({ value: v, labelKey: k(`pour.${v}`) })), default: 'rod' },
  ],
  terminals: [],
};
