/**
 * The wet bench in words, for screen readers and the description panel: what is on the table and in what
 * state (lamps lit, what each vessel holds, where delivery tubes go, splints glowing or burning), what a student
 * sees (bubbles, the jar's water going down, limewater turning milky, water boiling), and what the bench warns
 * about. Numbers a student measures stay on the instruments.
 */
import type { ViewI18n } from '../view';
import type { BenchModel } from '../bench/bench-model';
import type { Setup, SetupPart } from '../bench/setup';
import type { WetBenchEngine } from './bench-engine';
import { deliveryOf } from './gas-train';
import { wetParts } from './parts';
import { vesselLook } from './vessel-look';
import { COMPLEX_VISIBLE_MOL_L } from './chem/iron-colours';

const k = (s: string) => `wet.describe.${s}`;
/** Nitrogen dioxide in a sealed tube, mmol/L: below the first it looks pale brown, from the second deep red-brown (its colour, ./chem/species.ts, is set at 10 mmol/L). */
const NO2_PALE_MMOL_L = 7;
const NO2_DEEP_MMOL_L = 20;

export function partName(p: SetupPart, i18n: ViewI18n): string {
  return `${i18n.t(wetParts.get(p.kind).labelKey)} ${p.id}`;
}

/**
 * What a part's properties say of it ("0.1 mol/L, tap slow"). Properties only, and a setup's parts are replaced,
 * never changed, by an edit: told once per part and language, not again each time the words are refreshed while
 * the bench runs (a table of 30 parts asked it three times each, several times a second).
 */
export function partState(p: SetupPart, i18n: ViewI18n): string {
  const told = toldStates.get(p);
  if (told && told.i18n === i18n && told.locale === i18n.locale) return told.text;
  const text = stateOf(p, i18n);
  toldStates.set(p, { i18n, locale: i18n.locale, text });
  return text;
}
const toldStates = new WeakMap<SetupPart, { i18n: ViewI18n; locale: string; text: string }>();

function stateOf(p: SetupPart, i18n: ViewI18n): string {
  const t = i18n.t;
  const n = (x: unknown) => (typeof x === 'number' ? i18n.number(x, 3) : '?');
  switch (p.kind) {
    case 'alcohol-lamp':
      return t(p.props.lit === true ? k('lit') : k('out'));
    case 'test-tube':
      return [
        Number(p.props.kmno4G) > 0 && t(k('kmno4'), { g: n(p.props.kmno4G) }),
        Number(p.props.limewaterMl) > 0 && t(k('limewater'), { ml: n(p.props.limewaterMl) }),
        p.props.solution !== 'none' && Number(p.props.solutionMl) > 0 && t(k('solution'), { ml: n(p.props.solutionMl), what: t(`wet.solution.${String(p.props.solution)}`) }),
        p.props.added !== 'nothing' && p.props.added !== undefined && t(k('added'), { what: t(`wet.added.${String(p.props.added)}`) }),
        Number(p.props.no2Mmol) > 0 && t(k('sealedNo2')),
        Number(p.props.esterMl) > 0 && t(k('esterOn'), { ml: n(p.props.esterMl) }),
        p.props.chips === true && t(k('chips')),
      ]
        .filter(Boolean)
        .join(', ');
    case 'conical-flask':
      return [
        Number(p.props.marbleG) > 0 && t(k('marble'), { g: n(p.props.marbleG) }),
        Number(p.props.hclMl) > 0 && t(k('hcl'), { ml: n(p.props.hclMl), pct: n(p.props.hclPercent) }),
        Number(p.props.h2o2Ml) > 0 && t(k('h2o2'), { ml: n(p.props.h2o2Ml), pct: n(p.props.h2o2Percent) }),
        Number(p.props.mno2G) > 0 && t(k('mno2'), { g: n(p.props.mno2G) }),
        Number(p.props.zincG) > 0 && t(k('zinc'), { g: n(p.props.zincG) }),
        Number(p.props.sampleMl) > 0 && t(k('sample'), { ml: n(p.props.sampleMl) }),
        p.props.startC !== undefined && Number(p.props.startC) !== 20 && t(k('startC'), { c: n(p.props.startC) }),
        p.props.indicator !== undefined && p.props.indicator !== 'none' && t(k('indicator'), { what: t(`wet.indicator.${String(p.props.indicator)}`) }),
      ]
        .filter(Boolean)
        .join(', ');
    case 'gas-jar':
      return [t(`wet.collection.${String(p.props.collection)}`), p.props.covered === true && t(k('covered'))].filter(Boolean).join(', ');
    case 'beaker':
      if (p.props.liquid === 'h2so4' || p.props.liquid === 'ethanol') return t(k('beakerLiquid'), { ml: n(p.props.waterMl), what: t(`wet.liquid.${String(p.props.liquid)}`) });
      return p.props.mixIn === true ? t(k('mixedIn')) : t(k('water'), { ml: n(p.props.waterMl) });
    case 'tripod':
      return t(p.props.gauze === true ? k('gauze') : k('noGauze'));
    case 'splint':
      return t(`wet.flame.${String(p.props.flame)}`);
    case 'hofmann':
      return [t(p.props.on === true ? k('supplyOn') : k('supplyOff'), { a: n(p.props.currentA) }), p.props.electrolyte !== true && t(k('pureWater'))].filter(Boolean).join(', ');
    case 'balance':
      return t(k('balance'), { rider: n(p.props.riderG), weights: n(p.props.weightsG) });
    case 'cylinder':
      return t(`wet.eye.${String(p.props.eye)}`);
    case 'thermometer':
      return t(`wet.eye.${String(p.props.eye)}`);
    case 'gas-syringe':
      return '';
    case 'volumetric-flask': {
      const state = p.props.madeUp === true ? t(k('volumetricMadeUp')) : p.props.transferred === true ? t(k('volumetricPoured'), { n: n(p.props.rinses) }) : t(k('volumetricEmpty'));
      return t(k('volumetric'), { size: String(p.props.sizeMl), state });
    }
    case 'burette':
      return t(k('burette'), { c: n(p.props.naohMolL), tap: t(`wet.tap.${String(p.props.tap)}`) });
    case 'phosphorus':
      return t(k('phosphorus'), { what: t(`wet.variety.${String(p.props.variety)}`), g: n(p.props.massG) });
    case 'funnel':
      return t(k('funnel'), { paper: t(`wet.paper.${String(p.props.paper)}`), pour: t(`wet.pour.${String(p.props.pour)}`) });
    case 'dropper':
      return [t(k('dropper'), { what: t(`wet.reagent.${String(p.props.reagent)}`), n: n(p.props.drops) }), p.props.squeeze === true && t(k('squeezed'))].filter(Boolean).join(', ');
    case 'spatula':
      return [t(k('spatula'), { what: t(`wet.solid.${String(p.props.solid)}`), g: n(p.props.grams) }), p.props.tipped === true && t(k('tipped'))].filter(Boolean).join(', ');
    case 'metal-strip':
      return t(`wet.metal.${String(p.props.metal)}`);
    case 'dc-supply':
      return t(p.props.on === true ? k('supplyOn') : k('supplyOff'), { a: n(p.props.currentA) });
    case 'oil-tray':
      return [t(k('tray'), { talc: t(`wet.talc.${String(p.props.talc)}`) }), p.props.plate === true && t(k('plateOn'))].filter(Boolean).join(', ');
    case 'gas-tube':
      return t(p.props.flowing === true ? k('tubeFlowing') : k('tubeShut'), { gas: t(`wet.gas.${String(p.props.gas)}`) });
    default:
      return '';
  }
}

export function describeWet(setup: Setup, model: BenchModel, i18n: ViewI18n, audience: 'student' | 'teacher'): string {
  const t = i18n.t;
  const engine = model.engine as WetBenchEngine;
  const parts = setup.parts.filter((p) => audience === 'teacher' || !p.hidden);
  if (!parts.length) return t(k('empty'));
  const shown = new Set(parts.map((p) => p.id));
  const sentences: string[] = [];
  sentences.push(t(k('onTable'), { list: parts.map((p) => [partName(p, i18n), partState(p, i18n) && `(${partState(p, i18n)})`].filter(Boolean).join(' ')).join('; ') }));
  for (const p of parts) {
    const d = deliveryOf(setup, p.id);
    if (d && shown.has(d.to.part)) sentences.push(t(k('tube'), { from: p.id, to: d.to.part }));
    const look = vesselLook(engine, setup, p);
    if (!look) continue;
    if (look.cracked) sentences.push(t(k('cracked'), { part: p.id }));
    if (look.bubblingMlPerS > 0.05) sentences.push(t(k('bubbling'), { part: p.id }));
    if (p.kind === 'gas-jar' && p.props.collection === 'water') sentences.push(t(look.waterShare > 0 ? k('jarWater') : k('jarNoWater'), { part: p.id }));
    if (look.cloudiness > 0.15) sentences.push(t(k('milky'), { part: p.id }));
    if (look.boiling) sentences.push(t(k('boiling'), { part: p.id }));
    if (look.layerShare > 0) sentences.push(t(k('oilyLayer'), { part: p.id }));
    if (look.organic) {
      const colour = engine.value(p.id, 'organicIodineMmolL') > 0.2 ? 'violet' : engine.value(p.id, 'organicBromineMmolL') > 0.5 ? 'orange' : 'clear';
      sentences.push(t(k(look.organic.below ? 'layerBelow' : 'layerAbove'), { part: p.id, colour: t(k(`layerColour.${colour}`)) }));
    }
    if (p.kind === 'test-tube' && engine.value(p.id, 'distilRateMlPerMin') > 0.05) sentences.push(t(k('distilling'), { part: p.id }));
    if (engine.vesselState(p.id)?.outletFlame) sentences.push(t(k('outletFlame'), { part: p.id }));
    if (p.kind === 'test-tube' && engine.value(p.id, 'redComplexMmolL') > 1000 * COMPLEX_VISIBLE_MOL_L) sentences.push(t(k('bloodRed'), { part: p.id }));
    if (p.kind === 'test-tube' && engine.value(p.id, 'tetraammineMmolL') > 1) sentences.push(t(k('deepBlue'), { part: p.id }));
    if (p.kind === 'test-tube' && engine.value(p.id, 'ammineCrystalsMg') > 1) sentences.push(t(k('blueCrystals'), { part: p.id }));
    if (p.kind === 'test-tube' && engine.value(p.id, 'cuprousOxideMg') > 0.5) sentences.push(t(k('brickRed'), { part: p.id }));
    if (p.kind === 'test-tube' && engine.value(p.id, 'silverMirrorMg') > 0.5) sentences.push(t(k('silverMirror'), { part: p.id }));
    if (p.kind === 'test-tube' && engine.value(p.id, 'starchBlueMmolL') > 0) sentences.push(t(k('starchBlue'), { part: p.id }));
    if (p.kind === 'test-tube' && engine.value(p.id, 'sulfurMg') > 0.5) sentences.push(t(k('paleYellow'), { part: p.id }));
    if (p.kind === 'test-tube' && engine.value(p.id, 'permanganateMmolL') > 0.05) sentences.push(t(k('purple'), { part: p.id }));
    // The periodic trends: sodium on water, the halogens set free, phenolphthalein turned red.
    if (p.kind === 'beaker' && engine.value(p.id, 'sodiumLeftMg') > 0) sentences.push(t(k('sodiumDarts'), { part: p.id }));
    if (p.kind === 'test-tube' && engine.value(p.id, 'bromineMmolL') > 0.5) sentences.push(t(k('bromineOrange'), { part: p.id }));
    if (p.kind === 'test-tube' && engine.value(p.id, 'iodineMmolL') > 0.5) sentences.push(t(k('iodineBrown'), { part: p.id }));
    if ((engine.contentsOf(p.id)?.indicators?.phenolphthalein ?? 0) > 0 && engine.value(p.id, 'pHMeter') >= 9) sentences.push(t(k('phenolphthaleinRed'), { part: p.id }));
    // (From 10 µmol/L: two drops of 0.01 % magenta in 2 mL, 14 µmol/L, are plainly pink.)
    if (p.kind === 'test-tube' && engine.value(p.id, 'magentaUmolL') > 10) sentences.push(t(k('magenta'), { part: p.id }));
    const no2 = p.kind === 'test-tube' && Number(p.props.no2Mmol) > 0 ? engine.value(p.id, 'no2MmolL') : NaN;
    if (Number.isFinite(no2)) sentences.push(t(k(no2 < NO2_PALE_MMOL_L ? 'no2Pale' : no2 < NO2_DEEP_MMOL_L ? 'no2Brown' : 'no2Deep'), { part: p.id }));
    const oxidised = p.kind === 'test-tube' ? engine.value(p.id, 'hydroxideOxidisedPct') : NaN;
    if (Number.isFinite(oxidised)) sentences.push(t(k(oxidised < 5 ? 'hydroxideWhite' : oxidised < 60 ? 'hydroxideGreyGreen' : 'hydroxideRedBrown'), { part: p.id }));
  }
  for (const p of parts.filter((q) => q.kind === 'galvanometer')) {
    const ma = engine.value(p.id, 'trueMa');
    sentences.push(t(Math.abs(ma) < 0.5 ? k('pointerZero') : k('pointerSwings'), { part: p.id }));
  }
  for (const p of parts.filter((q) => q.kind === 'metal-strip')) {
    if (engine.value(p.id, 'bubblingMlPerMin') > 0.05) sentences.push(t(k('stripBubbles'), { part: p.id }));
    if (p.props.metal !== 'copper' && engine.value(p.id, 'platedMg') > 1) sentences.push(t(k('copperCoat'), { part: p.id }));
  }
  for (const p of parts.filter((q) => q.kind === 'electronic-balance')) sentences.push(t(k('balanceReads'), { part: p.id, g: engine.value(p.id, 'readingG').toFixed(3) }));
  for (const p of parts.filter((q) => q.kind === 'dropper' || q.kind === 'spatula')) {
    const a = engine.adderState(p.id);
    if (a?.into && shown.has(a.into) && (p.kind === 'dropper' ? p.props.squeeze === true && a.left > 0 : p.props.tipped === true)) sentences.push(t(k(p.kind === 'dropper' ? 'dripping' : 'tippedInto'), { from: p.id, to: a.into }));
  }
  for (const p of parts.filter((q) => q.kind === 'burette')) {
    const into = engine.buretteInto(p.id);
    if (into && shown.has(into)) sentences.push(t(k('flowing'), { from: p.id, to: into }));
  }
  for (const p of parts.filter((q) => q.kind === 'balance')) {
    const d = engine.value(p.id, 'pointerDivisions');
    sentences.push(t(Math.abs(d) <= 0.5 ? k('pointerMiddle') : d > 0 ? k('pointerLeft') : k('pointerRight'), { part: p.id }));
  }
  for (const p of parts.filter((q) => q.kind === 'hofmann')) {
    const h2 = engine.value(p.id, 'h2TrueMl'), o2 = engine.value(p.id, 'o2TrueMl');
    if (h2 > 0.2 || o2 > 0.2) sentences.push(t(h2 > 1.5 * o2 ? k('armsMore') : k('armsSome'), { part: p.id }));
  }
  for (const p of parts.filter((q) => q.kind === 'splint')) {
    const s = engine.splintState(p.id);
    if (s && s !== p.props.flame) sentences.push(t(k(`splintNow.${s}`), { part: p.id }));
  }
  for (const p of parts.filter((q) => q.kind === 'copper-wire')) {
    if (engine.value(p.id, 'temperatureC') > 400) sentences.push(t(k('wireGlows'), { part: p.id }));
    sentences.push(t(k(engine.value(p.id, 'blackPct') >= 50 ? 'wireBlack' : 'wireBright'), { part: p.id }));
  }
  for (const p of parts.filter((q) => q.kind === 'oil-tray')) {
    const f = engine.filmState(p.id);
    if (!f) continue;
    if (f.talc === 'none') sentences.push(t(k('filmUnseen'), { part: p.id }));
    else sentences.push(t(k(engine.value(p.id, 'spreading') === 1 ? 'filmSpreading' : 'filmSpread'), { part: p.id }));
    if (f.tracedSinceS !== null && f.talc !== 'none') sentences.push(t(k('outlineTraced'), { part: p.id }));
  }
  for (const p of parts.filter((q) => q.kind === 'phosphorus')) {
    const piece = engine.pieceState(p.id);
    if (piece?.burning) sentences.push(t(k('pieceBurning'), { part: p.id }));
    else if (piece && engine.value(p.id, 'smokeG') > 0) sentences.push(t(k('pieceBurnt'), { part: p.id }));
  }
  for (const d of model.diagnostics()) {
    if (d.parts.some((id) => !shown.has(id))) continue;
    sentences.push(t(d.key, { ...d.vars }));
  }
  return sentences.join('. ') + '.';
}
