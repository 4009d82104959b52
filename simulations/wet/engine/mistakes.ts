/**
 * Wrong technique, shown and explained (never silent): what the wet bench tells the student about a setup and
 * what happened to it (a cracked beaker, water sucked back, no cotton at a permanganate tube's mouth, a jar
 * covered while it should collect, a thermometer's bulb on the bottom, the eye not level with a scale, a burette
 * running onto the table, a volumetric flask not rinsed, sand through torn paper, a dish heated dry, a flame put to
 * a jar of hydrogen mixed with air …). The words
 * are `wet.diag.<key>` in both languages.
 */
import { esterLayerMl } from '../chem/esterification';
import { ESCAPED_WARN_ML } from './ester-step';
import { SODIUM_MAX_G, SODIUM_WET_PAPER_SHARE } from '../dropping';
import type { BenchDiagnostic } from '../../bench/engine';
import type { SetupPart } from '../../bench/setup';
import { amountOf, emptyContents, gasFractions, type Contents } from '../chem/contents';
import { species } from '../chem/species';
import { fuelOf, pieceValue } from '../combustion';
import { impuritiesLeft } from '../crude-salt-ions';
import { armMl } from '../electrolysis';
import { deliveryOf, type VesselState } from '../gas-train';
import { heatingOf } from '../heating';
import { ARM_ML } from '../parts/hofmann';
import { sealedTube } from '../parts/test-tube';
import { BULB_Y_M } from '../parts/thermometer';
import { worldPoint } from '../pose';
import { freshStrip, looseSharePct } from './cell-step';
import { filmMistakes } from './film-step';
import { inBeaker } from './places';
import { mouthUnderWater } from './inverted-tube';
import { SPILT_NOTICED_ML } from './pouring';
import { GENERATORS } from './vessels';
import { celsius, type WetBench } from './state';

type Say = (key: string, part: string, severity: BenchDiagnostic['severity'], vars?: Record<string, string | number>) => void;

/** `heatedSolidMouthUp`: tubes the last step heated with a solid in them and their mouth up. */
export function mistakesOf(b: WetBench, heatedSolidMouthUp: ReadonlySet<string>): BenchDiagnostic[] {
  const out: BenchDiagnostic[] = [];
  const { setup, s } = b;
  const d: Say = (key, part, severity, vars = {}) => out.push({ key: `wet.diag.${key}`, vars: { part, ...vars }, parts: [part], severity });
  for (const p of setup.parts) {
    const v = s.vessels[p.id];
    if (v?.cracked && !v.exploded) d(p.kind === 'beaker' ? 'beakerCracked' : 'suckBack', p.id, 'error');
    if (v?.exploded) d(GENERATORS.has(p.kind) ? 'generatorExploded' : 'hydrogenExploded', p.id, 'error');
    if (v?.poppedAtOutlet) d('flameNearHydrogen', p.id, 'warning');
    if (heatedSolidMouthUp.has(p.id)) d('mouthUp', p.id, 'warning');
    if (p.kind === 'test-tube' && v && p.props.cotton !== true && amountOf(v.contents, 'KMnO4(s)') > 0 && celsius(v.contents.temperatureK) > 200) {
      const del = deliveryOf(setup, p.id);
      if (del) d('noCotton', p.id, 'warning', { to: del.to.part });
    }
    if (p.kind === 'gas-jar' && p.props.covered === true && setup.links.some((l) => (l.to.part === p.id || l.from.part === p.id) && v)) d('jarCovered', p.id, 'info');
    if (p.kind === 'thermometer') {
      const at = inBeaker(b, worldPoint(p, 0, BULB_Y_M));
      if (at?.onBottom) d('bulbOnBottom', p.id, 'warning');
      if (p.props.eye !== 'level') d(p.props.eye === 'above' ? 'eyeAbove' : 'eyeBelow', p.id, 'info');
    }
    if (p.kind === 'burette') {
      const bu = s.burettes[p.id];
      if (bu && bu.flowMlPerS > 0 && !bu.into) d('buretteSpill', p.id, 'warning');
      if (p.props.eye !== 'level') d(p.props.eye === 'above' ? 'buretteEyeAbove' : 'buretteEyeBelow', p.id, 'info');
    }
    if (p.kind === 'volumetric-flask') volumetricMistakes(b, p, d);
    if (p.kind === 'hofmann' && p.props.electrolyte !== true) d('noElectrolyte', p.id, 'info');
    if (p.kind === 'hofmann' && (s.electrolysers[p.id]?.h2Mol ?? 0) > 0 && armMl(s.electrolysers[p.id].h2Mol, b.room) >= ARM_ML) d('armFull', p.id, 'warning');
    const t = s.tallies[p.id];
    if (p.kind === 'funnel' && t?.aboveEdge) d('aboveEdge', p.id, 'warning');
    if (p.kind === 'funnel' && t && t.sandThroughG > 1e-3) d(p.props.paper === 'torn' ? 'paperTorn' : 'sandRoundPaper', p.id, 'warning');
    if (p.kind === 'funnel' && t && t.spiltG > 1e-3) d('spilt', p.id, 'warning');
    if (p.kind === 'evaporating-dish' && t && t.spatteredG > 0) d('spattering', p.id, 'error');
    // The crude salt's impurity ions (../crude-salt-ions.ts): acid on the unfiltered precipitates, ions left in the dish's salt.
    if (v?.acidOnPrecipitate) d('acidBeforeFiltering', p.id, 'error');
    if (p.kind === 'evaporating-dish' && v) for (const key of impuritiesLeft(v.contents)) d(key, p.id, 'warning');
    if (p.kind === 'phosphorus' && (s.pieces[p.id] ? pieceValue(s.pieces[p.id], fuelOf(p), 'smokeG') : 0) > 0) d('phosphorusSmoke', p.id, 'warning');
    // (A stoppered generator's gas goes along its delivery tube, not to a nose: what comes out at the far end is its own warning, so2Escapes.)
    // (Nor does an upside-down tube's gas while its mouth is under water: ./inverted-tube.ts.)
    if ((p.kind === 'test-tube' || p.kind === 'conical-flask') && v && !sealedTube(p) && !deliveryOf(b.setup, p.id) && !mouthUnderWater(b, p)) for (const gas of smellsOf(v.contents)) d(`smell.${gas}`, p.id, 'warning');
    if (p.kind === 'metal-strip') platingMistakes(b, p, d);
    if (p.kind === 'spatula' && p.props.solid === 'sodium') sodiumMistakes(b, p, d);
    if (p.kind === 'oil-tray' || p.kind === 'small-cylinder') filmMistakes(b, p, d);
    if (p.kind === 'test-tube' && v) sugarTestMistakes(v.contents, p.id, d);
    if (p.kind === 'test-tube' && v) esterMistakes(b, p, d);
    if (p.kind === 'test-tube' && v && sulfiteTakenForSulfate(v)) d('sulfiteNotSulfate', p.id, 'info');
    // The tube of SO₂ over water (./inverted-tube.ts): lifted out mouth down before the stopper went back, its water fell out (error);
    // while its mouth is under water with the stopper out, the water rising is explained (info).
    if (p.kind === 'test-tube' && v && (v.fellOutMl ?? 0) > 0) d('so2TubeLifted', p.id, 'error');
    if (p.kind === 'test-tube' && v && !sealedTube(p) && amountOf(v.contents, 'SO2(aq)') > 0 && mouthUnderWater(b, p)) d('so2Dissolves', p.id, 'info');
    // Poured from a tipped tube with nothing under its mouth (./pouring.ts); a tube heated with its stopper in (加热时试管口不能塞紧:
    // the gas inside expands and the stopper flies out or the tube bursts).
    if (p.kind === 'test-tube' && v && (v.spiltMl ?? 0) > SPILT_NOTICED_ML) d('tubeSpilt', p.id, 'warning');
    if (p.kind === 'test-tube' && v && p.props.stopper === true && heatingOf(b.setup, p).powerW > 0) d('stopperHeated', p.id, 'error');
    // SO₂ let out into the room (more than a millilitre): no NaOH-soaked cotton at the mouth of the tube it bubbles through.
    if (v && (v.so2EscapedMol ?? 0) > 4e-5) d('so2Escapes', p.id, 'warning');
    // Copper heated in dilute sulfuric acid: nothing happens (only the hot concentrated acid oxidises copper).
    if (p.kind === 'test-tube' && v && amountOf(v.contents, 'Cu(s)') > 0 && amountOf(v.contents, 'H2SO4(aq)') > 0 && celsius(v.contents.temperatureK) > 60) d('copperDiluteAcid', p.id, 'info');
    if (p.kind === 'conical-flask' && v && amountOf(v.contents, 'H2O2(aq)') > 0 && !(amountOf(v.contents, 'MnO2(s)') > 0)) d('noCatalyst', p.id, 'info');
  }
  return out;
}

/**
 * Gases with a warning smell (the species' `smell`: acetaldehyde, sulfur dioxide, nitrogen dioxide) that fill an open vessel's gas to more than
 * 100 ppm, by their name's key: far above what a nose notices, so the bench tells how to smell them (扇闻: waft the gas
 * towards the nose with a hand, never put the nose over the mouth).
 */
function smellsOf(c: Contents): string[] {
  const f = gasFractions(c);
  return Object.keys(f).filter((id) => species(id).smell && f[id] > 1e-4).map((id) => species(id).nameKey.split('.').pop()!);
}

/**
 * The ester (./ester-step.ts): the sulfuric acid poured in quickly or first (spatters: it heats as it mixes, add it slowly
 * to the ethanol while shaking), bumping without broken porcelain, heating too strongly, the receiver's liquid sucked back,
 * and the fruity smell of the layer (waft it).
 */
function esterMixtures(p: SetupPart): boolean {
  return p.props.solution === 'esterMixture';
}

function esterMistakes(b: WetBench, p: SetupPart, d: Say): void {
  const v = b.s.vessels[p.id];
  if (esterMixtures(p) && p.props.acidAdded === 'quickly') d('acidQuickly', p.id, 'warning');
  if (esterMixtures(p) && p.props.acidAdded === 'first') d('acidFirst', p.id, 'warning');
  const dist = v.distil;
  if (dist && dist.bumps > 0) d('bumping', p.id, 'error', { n: dist.bumps });
  if (dist && (dist.escapedMl ?? 0) > ESCAPED_WARN_ML) d('strongHeating', p.id, 'warning');
  if (dist && dist.suckedBackMl > 0) d('esterSuckBack', p.id, 'error');
  if (esterLayerMl(v.contents) > 0.05) d('smell.ethylAcetate', p.id, 'warning');
}

/** An iron piece plated while oily (patchy, flaking copper), or put on the supply's + (it dissolves instead). */
function platingMistakes(b: WetBench, p: SetupPart, d: Say): void {
  const st = b.s.strips[p.id];
  if (!st || p.props.metal !== 'iron') return;
  if (looseSharePct(st) > 5) d('platingPatchy', p.id, 'warning', { pct: Math.round(looseSharePct(st)) });
  if (st.metalMol < freshStrip(p).metalMol - 1e-7) d('pieceOnPlus', p.id, 'error');
}

function volumetricMistakes(b: WetBench, p: SetupPart, d: Say): void {
  const g = b.s.volumetric[p.id];
  if (!g) return;
  if (p.props.transferred === true && !g.transferred) d('noBeaker', p.id, 'warning');
  if (g.from && amountOf(b.s.vessels[g.from]?.contents ?? emptyContents(0), 'NaCl(s)') > 0) d('saltLeft', p.id, 'warning');
  if (g.madeUp && g.rinses === 0) d('notRinsed', p.id, 'warning');
  if (g.madeUp && Number(p.props.rinses) > g.rinses) d('rinseTooLate', p.id, 'warning');
  if (p.props.madeUp === true && !g.transferred) d('nothingToMakeUp', p.id, 'info');
  if (p.props.eye !== 'level') d(p.props.eye === 'above' ? 'markEyeAbove' : 'markEyeBelow', p.id, 'info');
}

/**
 * The sugar tests' mistakes (人教版 选择性必修3 第三章第三节 实验3-7 and 第四章第一节 实验4-1, 4-2): Tollens' reagent made with ammonia well past
 * the point where the precipitate just dissolves (free NH₃ more than half the silver's: a less sensitive reagent, and one that must not be
 * kept: it can deposit explosive silver compounds); silver boiled out as black powder instead of a mirror; Tollens' reagent destroyed by a
 * hydrolysate still acid; Cu(OH)₂ made with too little NaOH, which heated with glucose (or acetaldehyde, 第三章第三节 实验3-8) goes black,
 * not brick red.
 */
function sugarTestMistakes(c: Contents, part: string, d: Say): void {
  const ammine = amountOf(c, 'Ag(NH3)2OH(aq)');
  // Once glucose or acetaldehyde has reduced some of it, the ammonia it sets free is no mistake.
  if (ammine > 0 && amountOf(c, 'NH3(aq)') > EXCESS_AMMONIA_SHARE * ammine && !(amountOf(c, 'C6H15NO7(aq)') > 0) && !(amountOf(c, 'CH3COONH4(aq)') > 0)) d('excessAmmonia', part, 'warning');
  if (amountOf(c, 'Ag:powder(s)') > 0) d('silverBlack', part, 'warning');
  if (amountOf(c, 'Ag2SO4(aq)') > 0 && amountOf(c, 'H2SO4(aq)') > 0) d('tollensInAcid', part, 'warning');
  const copperTest = amountOf(c, 'Cu(OH)2(s)') > 0 || amountOf(c, 'CuO(s)') > 0;
  if (copperTest && (amountOf(c, 'C6H12O6(aq)') > 0 || amountOf(c, 'CH3CHO(aq)') > 0) && !(amountOf(c, 'NaOH(aq)') > 0) && !(amountOf(c, 'Cu2O(s)') > 0)) d('copperTestNoAlkali', part, 'warning');
}

/** Free ammonia beyond this share of the silver's in a Tollens' reagent is more than "just dissolving the precipitate". */
export const EXCESS_AMMONIA_SHARE = 0.5;

/**
 * Barium chloride's white precipitate gone in hydrochloric acid with SO₂ given off: it was BaSO₃, not BaSO₄ (the sulfite was not oxidised
 * first; 人教版 必修第二册 第五章第一节 硫酸根离子的检验: BaSO₄ does not dissolve in dilute acid).
 */
function sulfiteTakenForSulfate(v: VesselState): boolean {
  const c = v.contents;
  return (v.madeMol['SO2(g)'] ?? 0) > 1e-6 && amountOf(c, 'BaCl2(aq)') > 0 && amountOf(c, 'HCl(aq)') > 0 && !(amountOf(c, 'BaSO3(s)') > 0) && !(amountOf(c, 'BaSO4(s)') > 0);
}

/**
 * Sodium handled as the textbook warns not to (人教版 必修第一册 第二章第一节 and 第四章 实验活动3: 用镊子夹取, 切绿豆大小, 用滤纸吸干煤油):
 * picked up with fingers, cut on wet paper (part of it reacted there: ../dropping.ts SODIUM_WET_PAPER_SHARE), a piece far bigger than a mung bean
 * (told before it goes in; once tipped into water, it spatters).
 */
function sodiumMistakes(b: WetBench, p: SetupPart, d: Say): void {
  if (p.props.handling === 'fingers') d('sodiumByHand', p.id, 'error');
  if (p.props.handling === 'wetPaper') d('sodiumWetPaper', p.id, 'warning', { pct: Math.round(SODIUM_WET_PAPER_SHARE * 100) });
  const g = Number(p.props.grams);
  if (g > SODIUM_MAX_G) {
    const into = b.s.adders[p.id]?.into;
    const v = into ? b.s.vessels[into] : undefined;
    if (into && v && amountOf(v.contents, 'H2O(l)') > 0) d('sodiumSpatters', into, 'error', { g });
    else d('sodiumTooBig', p.id, 'warning', { g });
  }
}
