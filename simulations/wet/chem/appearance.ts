/**
 * What a vessel's contents look like, for the view and for the words a screen reader hears: the liquid's
 * colour (coloured dissolved species by Beer–Lambert per colour channel: transmittance (colour/255)^(c/c_ref)
 * through the same 2 cm, so a 0.05 mol/L copper sulfate solution is a paler blue than a 0.5 one; then the
 * indicators' tint), how cloudy it is (fine solids suspended in it, with their colour), and the solids lying
 * at the bottom. Pure: numbers and colours, no drawing.
 */
import type { Rgb } from '../../titration/indicators';
import { pHOf, indicatorTint } from './acidity';
import { amountOf, concentrationMolL, liquidVolumeMl, massOfG, phaseOf, present, SUSPENDED_GRAIN_M, type Contents } from './contents';
import { COMPLEX_COLOUR, COMPLEX_COLOUR_MOL_L, hydroxideOxidisedShare, ironHydroxideColour, thiocyanateComplexMolL } from './iron-colours';
import { layerMolL, organicLayer, PARTITION } from './extraction';
import { species } from './species';
import { IODINE, STARCH_IODINE_COLOUR, STARCH_IODINE_COLOUR_MOL_L, starchIodineMolL } from './starch-iodine';

const WATER: Rgb = { r: 236, g: 243, b: 250 };

export interface Appearance {
  /** Colour of the liquid seen through the glass (null without liquid). */
  liquid: Rgb | null;
  /** 0 clear … 1 opaque: fine solids suspended in the liquid. */
  cloudiness: number;
  /** Colour of what clouds it. */
  cloudColour: Rgb | null;
  /** Solids at the bottom (coarse, or settled), with their colour and mass, heaviest first. */
  solids: { id: string; colour: Rgb; massG: number }[];
  /** A film on the glass (a silver mirror): its colour and mass, null without one. */
  coating: { colour: Rgb; massG: number } | null;
}

export function liquidColour(c: Contents): Rgb | null {
  if (!(liquidVolumeMl(c) > 0)) return null;
  let r = 1, g = 1, b = 1;
  // Iodine held by starch is blue, not its own yellow-brown (./starch-iodine.ts).
  const blue = starchIodineMolL(c);
  // With an organic layer standing apart (./extraction.ts) the liquid is the water under or over it: the halogens it keeps, over its volume.
  const layer = organicLayer(c);
  for (const id of present(c, 'aq')) {
    const s = species(id);
    if (!s.colour || !s.colourMolL || (id === IODINE && blue > 0)) continue;
    const e = (layer && id in PARTITION ? layerMolL(c, layer, id, false) : concentrationMolL(c, id)) / s.colourMolL;
    r *= (s.colour.r / 255) ** e;
    g *= (s.colour.g / 255) ** e;
    b *= (s.colour.b / 255) ** e;
  }
  // The blood-red thiocyanate complex of Fe³⁺ (./iron-colours.ts).
  const complex = thiocyanateComplexMolL(c);
  if (complex > 0) {
    const e = complex / COMPLEX_COLOUR_MOL_L;
    r *= (COMPLEX_COLOUR.r / 255) ** e;
    g *= (COMPLEX_COLOUR.g / 255) ** e;
    b *= (COMPLEX_COLOUR.b / 255) ** e;
  }
  if (blue > 0) {
    const e = blue / STARCH_IODINE_COLOUR_MOL_L;
    r *= (STARCH_IODINE_COLOUR.r / 255) ** e;
    g *= (STARCH_IODINE_COLOUR.g / 255) ** e;
    b *= (STARCH_IODINE_COLOUR.b / 255) ** e;
  }
  // A liquid that is not water (ethanol, molten 海波) has its own colour.
  let base = WATER;
  const liquids = present(c, 'l');
  if (!liquids.includes('H2O(l)')) for (const id of liquids) if (species(id).colour) base = species(id).colour!;
  const tint = indicatorTint(c, pHOf(c));
  const t = tint ? { r: tint.r / WATER.r, g: tint.g / WATER.g, b: tint.b / WATER.b } : { r: 1, g: 1, b: 1 };
  const clamp = (x: number) => Math.max(0, Math.min(255, Math.round(x)));
  return { r: clamp(base.r * r * t.r), g: clamp(base.g * g * t.g), b: clamp(base.b * b * t.b) };
}

/**
 * Colour of the gas a vessel holds, seen through 2 cm of it as a liquid is (null when no coloured gas): red-brown
 * nitrogen dioxide, paler as it becomes colourless N₂O₄ (./nitrogen-dioxide.ts). Concentrations over the free volume.
 */
export function gasColour(c: Contents, gasMl: number): Rgb | null {
  if (!(gasMl > 0)) return null;
  let r = 1, g = 1, b = 1, any = false;
  for (const id of present(c, 'g')) {
    const s = species(id);
    if (!s.colour || !s.colourMolL) continue;
    const e = amountOf(c, id) / (gasMl / 1000) / s.colourMolL;
    r *= (s.colour.r / 255) ** e;
    g *= (s.colour.g / 255) ** e;
    b *= (s.colour.b / 255) ** e;
    any = true;
  }
  if (!any) return null;
  return { r: Math.round(250 * r), g: Math.round(250 * g), b: Math.round(250 * b) };
}

/** A solid's colour; iron hydroxides together show how far air has oxidised them (./iron-colours.ts). */
function colourOf(c: Contents, id: string): Rgb {
  if ((id === 'Fe(OH)2(s)' || id === 'Fe(OH)3(s)') && amountOf(c, 'Fe(OH)2(s)') > 0) return ironHydroxideColour(hydroxideOxidisedShare(c));
  return species(id).colour ?? WATER;
}

/** Suspended solids' volume share that makes a liquid opaque (a milky limewater is about 0.05 % by volume of CaCO₃). */
const OPAQUE_SHARE = 0.001;

export function appearanceOf(c: Contents): Appearance {
  const v = liquidVolumeMl(c);
  const solids: Appearance['solids'] = [];
  let suspendedMl = 0;
  let cloud: Rgb | null = null;
  let cloudMass = 0;
  let coating: Appearance['coating'] = null;
  for (const id of present(c, 's')) {
    const s = species(id);
    const m = massOfG(c, id);
    if (s.coating) {
      coating = { colour: s.colour ?? WATER, massG: m };
      continue;
    }
    const fine = (c.grainM[id] ?? 1e-4) <= SUSPENDED_GRAIN_M;
    if (v > 0 && fine) {
      suspendedMl += m / (s.densityGPerMl ?? 2);
      if (m > cloudMass) [cloud, cloudMass] = [colourOf(c, id), m];
    }
    solids.push({ id, colour: id === 'Fe(OH)2(s)' || id === 'Fe(OH)3(s)' ? colourOf(c, id) : (s.colour ?? { r: 200, g: 200, b: 200 }), massG: m });
  }
  solids.sort((a, b) => b.massG - a.massG);
  const cloudiness = v > 0 ? Math.min(1, suspendedMl / v / OPAQUE_SHARE) : 0;
  return { liquid: liquidColour(c), cloudiness, cloudColour: cloud, solids, coating };
}

/** Whether the contents hold anything but gas. */
export function hasCondensed(c: Contents): boolean {
  return Object.keys(c.amounts).some((id) => phaseOf(id) !== 'g');
}
