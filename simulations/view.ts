/**
 * What the shared lab frame (src/labs) gives a simulation's `view.svelte`, and what a view may give back.
 * A view draws: it reads the model's per-frame state when `tick` changes; parameters are reactive. A view
 * that configures the model itself (strings the frame's controls cannot hold) says so with `onConfigured`.
 */
import type { Component } from 'svelte';
import type { ParamValues } from './core/params';
import type { Simulation } from './core/simulation';

/** How scene metres map to view pixels (y up in the scene, down on screen). For the ruler and probe. */
export interface SceneScale {
  pxPerM: number;
  /** Pixel position of the scene origin inside the view. */
  originXPx: number;
  originYPx: number;
}

/** One value the probe reads at a point of the scene. */
export interface ProbeReading {
  labelKey: string;
  value: number;
  unit: string;
}

/** Translate an i18n key, filling `{name}` placeholders. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/**
 * The app's language, handed to views through props so that `simulations/` never imports the app's i18n
 * singleton (../shared/DESIGN.md, "Directions of the arrows"). A new object arrives when the language
 * changes, so anything that read it (a canvas paint, a label) runs again.
 */
export interface ViewI18n {
  locale: string;
  t: Translate;
  /** A number with the locale's conventions and at most `digits` significant digits ('—' when not finite). */
  number: (value: number, digits?: number) => string;
}

export interface SimulationViewProps<M extends Simulation = Simulation> {
  model: M;
  /** Translation and number formatting in the user's language. */
  i18n: ViewI18n;
  /** Incremented by the frame after every animation frame's steps; redraw when it changes. */
  tick: number;
  params: ParamValues;
  /**
   * How much to draw: 'light' when this computer cannot keep the experiment in real time (the frame's
   * steady slow notice is on): the same picture with cheaper fills and without decoration, so more of each
   * frame is left to the physics. Default 'full'.
   */
  detail?: 'full' | 'light';
  /** Pixel size the frame gives the scene. */
  widthPx: number;
  heightPx: number;
  /** The view reports its scale whenever it changes (enables the ruler in scene units). */
  onScale?: (scale: SceneScale) => void;
  /** The view registers a probe function: what can be read at pixel (x, y). */
  registerProbe?: (probe: (xPx: number, yPx: number) => ProbeReading[]) => void;
  /**
   * The view changed the model's configuration outside the parameters (a typed equation, say): the
   * frame reads again what depends on it, such as which controls apply (`Simulation.controlApplies`).
   */
  onConfigured?: () => void;
  /** Who is looking: a teacher sees a preset's mystery values and may edit the preset. Default student. */
  audience?: 'student' | 'teacher';
  /**
   * The height the view's content needs, when it changes with what the view shows (a bench that opens a
   * diagram beside or below the table): the frame gives it that height instead of `heightPx`'s default.
   */
  onHeight?: (px: number) => void;
}

export type SimulationView = Component<SimulationViewProps>;
