/**
 * What the view draws of a vessel, from the engine's state: how full it is (liquid and solids, as shares of its
 * height), the liquid's colour and cloudiness, the solids' colours, whether gas is bubbling out or through it,
 * whether it boils, whether it cracked. Pure numbers and colours; the look components draw them.
 */
import type { Setup, SetupPart } from '../bench/setup';
import type { Rgb } from '../titration/indicators';
import { appearanceOf, gasColour } from './chem/appearance';
import { liquidVolumeMl, solidVolumeMl, type Contents } from './chem/contents';
import { esterLayerMl } from './chem/esterification';
import { organicColour, organicLayer } from './chem/extraction';
import { waterBoilingPointK } from './chem/heat';
import type { WetBenchEngine } from './bench-engine';
import { deliveryOf } from './gas-train';
import { heatingOf } from './heating';
import { GAS_JAR_ML } from './parts/gas-jar';
import { sealedTube } from './parts/test-tube';
import { worldPoint } from './pose';
import { capacityMl } from './reagents';

export interface VesselLook {
  liquidShare: number;
  /** The top part of the liquid that is an oily layer floating on it (ethyl acetate on water), as a share of the vessel's height. */
  layerShare: number;
  /** An organic solvent standing apart from the water (CCl₄ below, hexane above: ./chem/extraction.ts), its share of the height and colour. */
  organic: { share: number; below: boolean; colour: Rgb } | null;
  solidShare: number;
  liquid: Rgb | null;
  cloudiness: number;
  cloud: Rgb | null;
  solids: { colour: Rgb; massG: number }[];
  /** A silver mirror on the glass: its colour and how much of the wetted glass it covers, 0 … 1 (about 5 mg per tube makes it bright). */
  coating: { colour: Rgb; cover: number } | null;
  /** Gas leaving along the delivery tube, mL/s. */
  bubblingMlPerS: number;
  boiling: boolean;
  cracked: boolean;
  stoppered: boolean;
  /** Colour of the gas (a sealed tube's nitrogen dioxide), null when it is colourless. */
  gas: Rgb | null;
  /** A test tube turned mouth down (the tube of SO₂ over water): its liquid stands at the mouth end. */
  mouthDown: boolean;
  /** A gas jar over water: the share of it still full of water. */
  waterShare: number;
}

/** Silver that covers a tube's wetted glass as a bright mirror, g (a film ~0.1 µm thick over ~20 cm² weighs about 2 mg). */
const MIRROR_FULL_G = 5e-3;

function organicLook(c: Contents, capMl: number): VesselLook['organic'] {
  const layer = organicLayer(c);
  return layer ? { share: Math.min(1, layer.ml / capMl), below: layer.below, colour: organicColour(c, layer) } : null;
}

export function vesselLook(engine: WetBenchEngine, setup: Setup, p: SetupPart): VesselLook | null {
  const v = engine.vesselState(p.id);
  if (!v) return null;
  const cap = p.kind === 'gas-jar' ? GAS_JAR_ML : capacityMl(p.kind);
  const a = appearanceOf(v.contents);
  const heated = heatingOf(setup, p).powerW > 0;
  const bp = waterBoilingPointK(engine.room.pressurePa);
  // Summed once: every flask on the table is looked at again after each step.
  const liquidMl = liquidVolumeMl(v.contents), solidMl = solidVolumeMl(v.contents);
  return {
    liquidShare: Math.min(1, liquidMl / cap),
    layerShare: Math.min(1, esterLayerMl(v.contents) / cap),
    organic: organicLook(v.contents, cap),
    solidShare: Math.min(1, solidMl / cap),
    liquid: a.liquid,
    cloudiness: a.cloudiness,
    cloud: a.cloudColour,
    solids: a.solids.map((s) => ({ colour: s.colour, massG: s.massG })),
    coating: a.coating ? { colour: a.coating.colour, cover: Math.min(1, a.coating.massG / MIRROR_FULL_G) } : null,
    bubblingMlPerS: v.outRateMlPerS,
    boiling: p.kind === 'beaker' && heated && v.contents.temperatureK >= bp - 1e-6 && liquidMl > 0,
    cracked: v.cracked,
    stoppered: deliveryOf(setup, p.id) !== null || sealedTube(p),
    gas: gasColour(v.contents, Math.max(0, cap - liquidMl - solidMl)),
    mouthDown: p.kind === 'test-tube' && worldPoint(p, 0.09, 0).y > worldPoint(p, -0.09, 0).y + 0.09,
    waterShare: p.kind === 'gas-jar' ? v.waterLeftMl / GAS_JAR_ML : 0,
  };
}
