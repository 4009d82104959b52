/**
 * What a bench gives the shared BenchView: how each part kind looks (a Svelte component per kind, drawn
 * in the part's own metres, centred at the origin, before rotation) and how the whole setup is told to a
 * screen reader. Everything else (placing, wiring, selection, keyboard, undo, sharing, teacher marks) is
 * BenchView's.
 */
import type { Component } from 'svelte';
import type { ParamValue } from '../core/params';
import type { ViewI18n } from '../view';
import type { BenchModel } from './bench-model';
import type { PartDefinition } from './part';
import type { Setup, SetupLink, SetupPart } from './setup';

export interface PartViewProps {
  /** The part as the viewer may see it: a student's copy has mystery properties removed. */
  part: SetupPart;
  def: PartDefinition;
  model: BenchModel;
  /** Changes after every frame's steps and every edit: read live values (`model.engine.value(part.id, …)`) when it does. */
  tick: number;
  i18n: ViewI18n;
  /**
   * Screen pixels per table metre now: a renderer may round what it draws of running values (a liquid's level) to
   * what the screen can show, so a change too small to see redraws nothing.
   */
  pxPerM?: number;
  /** Change a live property (flip a switch, move a slider): one undoable edit. */
  setLive: (prop: string, value: ParamValue) => void;
}

export interface BenchViewConfig {
  renderers: Record<string, Component<PartViewProps>>;
  /** The whole setup in words ("bulb L1 in series with switch S1, closed"), for the screen reader and the description panel. */
  describe: (setup: Setup, model: BenchModel, i18n: ViewI18n, audience: 'student' | 'teacher') => string;
  /** A part's accessible name ("resistor R1, 10 Ω"); without it, the kind's label and the id. */
  partLabel?: (part: SetupPart, def: PartDefinition, i18n: ViewI18n) => string;
  /**
   * How a link is drawn between two terminals (metres): wires sag by default; a bench of strings draws them taut.
   * Given the link too (not while one is being drawn), a bench may draw it where its ends are now rather than
   * at the terminals (a string from a knot that rests where the forces balance); it is redrawn every frame.
   */
  linkPath?: (a: { xM: number; yM: number }, b: { xM: number; yM: number }, link?: SetupLink) => string;
  /** Colour of every link (default: wires in turn red, black, blue, brown, green). */
  linkColour?: string;
  /** Table size and grid, metres. */
  tableWidthM?: number;
  tableHeightM?: number;
  gridM?: number;
  /**
   * How far R (and the Rotate button) turns a part, degrees (default 90: circuits). A bench that turns parts
   * by any angle (optics: a mirror, a laser) sets a small step, and the inspector then offers the angle as a
   * field.
   */
  rotateStepDeg?: number;
  /** 'dark': the table of a darkened room (optics: light shows against it); default 'light'. */
  tableTheme?: 'light' | 'dark';
  /**
   * For a second bench view on one page (a circuit diagram drawn beside the apparatus): its name in element
   * ids and test ids (`<instanceId>-description`; default 'bench'), whether it opens a setup from the page's
   * `#setup=` link (default true), offers sharing (default true) and the teacher's marks (default true), and
   * the colour of its table (paper for a diagram), and its accessible name (default 'bench.label').
   */
  instanceId?: string;
  labelKey?: string;
  readsSetupLink?: boolean;
  sharing?: boolean;
  teacherTools?: boolean;
  tableFill?: string;
  /**
   * Something moving along the links while time runs (charges in wires): per link a speed from −1 to 1 of the
   * fastest (+: from its `from` terminal to its `to` terminal; 0: nothing moves), and the colour of what moves.
   */
  linkFlow?: { speed: (link: SetupLink) => number; colour: () => string };
}

/** What a bench's overlay (drawn over the table: rays, field lines) gets: the setup as shown, a drag included. */
export interface BenchOverlayProps {
  /** The setup as it is drawn now: while parts are dragged, with them where they would land. */
  setup: Setup;
  /** Parts are being dragged: `setup` is where they would land, not yet the model's (the engine has not seen it). */
  dragging: boolean;
  widthPx: number;
  heightPx: number;
  /** Table metres to pixels: x_px = originXPx + x_m · pxPerM (likewise y). */
  pxPerM: number;
  originXPx: number;
  originYPx: number;
  /** As PartViewProps.tick. */
  tick: number;
}

export { visiblePart } from './audience';
