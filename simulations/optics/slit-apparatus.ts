/**
 * The double-slit apparatus (双缝干涉仪, 人教版 选择性必修第一册 第四章第4节): along one line, the lamp with
 * its filter, the single slit, the double slit (or a grating) and the measuring head. This module finds
 * them on the eyepiece's line of sight (parts within 5 mm of its axis, behind it), and gives the pattern on
 * the measuring head's screen from the wave model (engine/wave.ts): L is from the double slit to the head,
 * the light is as coherent as the single slit (or, without one, the lamp's 3 mm filament) makes it.
 * The handwheel moves the cross-hair across the screen; its drum is read as a micrometer is
 * (bench/instruments/micrometer.ts). The cross-hair is on the axis when the handwheel reads AXIS_READING_MM.
 */
import type { Setup, SetupPart } from '../bench/setup';
import { screwReading, type ScrewScale } from '../bench/instruments/micrometer';
import { Frame } from './engine/pose';
import { brightFringes, screenIntensity, sourceSamples, type SlitSet, type SourceSlit } from './engine/wave';
import { FILAMENT_WIDTH_M, wavelengthsOfPart } from './scene-of-setup';

export const AXIS_READING_MM = 7.6;
export const HANDWHEEL: ScrewScale = { pitchM: 0.5e-3, divisions: 50, rangeM: 15e-3 };
const ON_AXIS_M = 0.005;

export interface SlitApparatus {
  slits: SlitSet;
  slitPart: string;
  lampPart: string;
  singleSlitPart: string | null;
  /** From the slits to the measuring head's screen. */
  screenDistanceM: number;
  source: SourceSlit;
  wavelengthsM: number[];
}

export type ApparatusProblem = 'noSlits' | 'noLamp' | 'lampOff';

export function findApparatus(setup: Setup, eyepiece: SetupPart): SlitApparatus | ApparatusProblem {
  const f = new Frame(eyepiece);
  const behind: { part: SetupPart; d: number }[] = [];
  for (const p of setup.parts) {
    if (p.id === eyepiece.id) continue;
    const l = f.local(p.xM, p.yM);
    if (l.x < 0 && Math.abs(l.y) <= ON_AXIS_M) behind.push({ part: p, d: -l.x });
  }
  behind.sort((a, b) => a.d - b.d);
  const slit = behind.find((b) => b.part.kind === 'double-slit' || b.part.kind === 'grating');
  if (!slit) return 'noSlits';
  const lamp = behind.find((b) => b.part.kind === 'lamp' && b.d > slit.d);
  if (!lamp) return 'noLamp';
  if (lamp.part.props.on !== true) return 'lampOff';
  const single = behind.find((b) => b.part.kind === 'single-slit' && b.d > slit.d && b.d < lamp.d);
  const slits: SlitSet =
    slit.part.kind === 'double-slit'
      ? { slitCount: 2, slitWidthM: Number(slit.part.props.slitWidthMm) / 1000, slitSpacingM: Number(slit.part.props.slitSpacingMm) / 1000 }
      : { slitCount: 400, slitWidthM: 0.5e-3 / Number(slit.part.props.linesPerMm), slitSpacingM: 1e-3 / Number(slit.part.props.linesPerMm) };
  const source: SourceSlit = single ? { widthM: Number(single.part.props.slitWidthMm) / 1000, distanceM: single.d - slit.d } : { widthM: FILAMENT_WIDTH_M, distanceM: lamp.d - slit.d };
  return { slits, slitPart: slit.part.id, lampPart: lamp.part.id, singleSlitPart: single?.part.id ?? null, screenDistanceM: slit.d, source, wavelengthsM: wavelengthsOfPart(lamp.part) };
}

/** Relative intensity on the head's screen at x across it (metres from the axis), per wavelength. */
export function intensityAt(a: SlitApparatus, xM: number): number[] {
  return a.wavelengthsM.map((l) => screenIntensity(a.slits, l, a.screenDistanceM, xM, a.source, sourceSamples(a.slits, l, a.source)));
}

/** Where the cross-hair is on the screen for a handwheel setting (metres from the axis). */
export function crossHairM(handwheelMm: number): number {
  return (handwheelMm - AXIS_READING_MM) / 1000;
}

/** The handwheel's reading as a student takes it (sleeve + drum, to 0.001 mm). */
export function handwheelReading(handwheelMm: number) {
  return screwReading(handwheelMm / 1000, HANDWHEEL);
}

/** Spacing of the bright fringes near the centre, from the pattern itself (NaN for white light or none). */
export function fringeSpacingOf(a: SlitApparatus): number {
  if (a.wavelengthsM.length !== 1) return NaN;
  const l = a.wavelengthsM[0];
  const guess = (l * a.screenDistanceM) / a.slits.slitSpacingM;
  const found = brightFringes(a.slits, l, a.screenDistanceM, guess * 3.5, a.source);
  if (found.length < 2) return NaN;
  return (found[found.length - 1] - found[0]) / (found.length - 1);
}
