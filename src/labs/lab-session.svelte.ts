/**
 * One running experiment in the lab frame: the model, its parameters, the fixed-step clock, speed,
 * play/pause/step/reset, events, a time series for the live graph, and the recorder's table.
 * Per-frame state stays in the model (the view reads it on `tick`); only what the controls show is reactive.
 */
import { tick as afterRender } from 'svelte';
import {
  FixedStepClock,
  FrameBudget,
  SlowNotice,
  defaultParams,
  emptyTable,
  isParamVisible,
  parseParam,
  recordRow,
  type DataColumn,
  type DataTable,
  type Measurements,
  type ParamSpec,
  type ParamValue,
  type ParamValues,
  type SimEvent,
  type Simulation,
} from '../../simulations/core';

export const SPEEDS = [0.1, 0.25, 0.5, 1, 2] as const;
/** How often the numbers on screen are refreshed while running (the scene redraws every frame). */
const DISPLAY_INTERVAL_MS = 100;
const SERIES_LIMIT = 4000;
/** Steps one frame may take at most; FrameBudget caps them by this device's measured step cost below that. */
const MAX_STEPS_PER_FRAME = 256;
/** Frames kept for the frame-time figures (step + draw). */
const FRAME_SAMPLES = 600;

export interface LoggedEvent extends SimEvent {
  measurements: Measurements;
}

export class LabSession {
  readonly model: Simulation;
  params = $state<ParamValues>({});
  running = $state(false);
  speed = $state(1);
  /** Bumped after every frame's steps; views redraw on it. */
  tick = $state(0);
  /** Measurements as last shown (refreshed ~10× a second while running). */
  shown = $state.raw<Measurements>({});
  /** Simulated time as last shown, seconds. */
  timeS = $state(0);
  /** Running slower than real time, steadily (SlowNotice's hysteresis), not frame by frame. */
  slowed = $state(false);
  /** Simulated time per real time over the speed, averaged (1 = keeping up), as last shown. */
  realTimeRatio = $state(1);
  /**
   * The view draws lighter (cheaper fills, no decoration): set when the slow notice comes on and kept until
   * the parameters change, so the picture does not switch back and forth as the lab catches up.
   */
  drawLight = $state(false);
  /** The student kept the heavy setting when offered a lighter one: not offered again in this session. */
  lighterDeclined = $state(false);
  events = $state.raw<LoggedEvent[]>([]);
  /** Pause automatically when this event happens ('' = never). */
  pauseAt = $state('');
  table = $state.raw<DataTable>(emptyTable([]));
  /** Time series for the live graph: time plus every measurement. */
  series = $state.raw<{ timeS: number[]; values: Record<string, number[]> }>({ timeS: [], values: {} });
  seriesVersion = $state(0);

  private clock: FixedStepClock;
  /** What a step costs on this device: caps the steps per frame so the picture stays smooth. */
  private budget = new FrameBudget();
  private slowNotice = new SlowNotice();
  private frame = 0;
  private lastWallMs = 0;
  private lastShownMs = 0;
  private onEvent: (e: LoggedEvent) => void;
  private onActivity: (kind: 'run' | 'record') => void;
  private frameMs: number[] = [];

  constructor(
    model: Simulation,
    opts: { initial?: ParamValues; state?: unknown; onEvent?: (e: LoggedEvent) => void; /** a run started, a row recorded (process evaluation's lab work) */ onActivity?: (kind: 'run' | 'record') => void } = {},
  ) {
    this.model = model;
    this.onEvent = opts.onEvent ?? (() => {});
    this.onActivity = opts.onActivity ?? (() => {});
    // The frame budget decides how many steps fit a frame on this device; the clock's own ceiling only bounds a
    // frame before the budget has measured a step. At 64, gas (1 000 steps per real second) could not
    // keep real time below 16 fps however cheap its steps were.
    this.clock = new FixedStepClock(model.meta.fixedDtS, model.meta.timeScale ?? 1, MAX_STEPS_PER_FRAME);
    this.params = { ...defaultParams(model.meta.params), ...opts.initial };
    this.pauseAt = model.meta.events[0]?.name ?? '';
    this.table = emptyTable(this.defaultColumns(), { simulationId: model.meta.id, simulationVersion: model.meta.version });
    this.model.reset($state.snapshot(this.params));
    // A saved experiment (from a notebook) continues exactly where it was saved.
    if (opts.state !== undefined && opts.state !== null) this.model.restore(opts.state);
    this.refresh();
  }

  /** Bumped when the model is configured anew: at every reset, and when the view reconfigures it (onConfigured). */
  private configRev = $state(0);
  /** Counts the view's configuration changes (a bench's setup edited on the table): what depends on the setup reads it. */
  get configRevision(): number {
    return this.configRev;
  }

  /** The view changed the model's configuration: what depends on it (the controls shown) is read again. */
  configured(): void {
    // A bench's bound part properties may have been edited on the table: the controls show them.
    const now = this.model.paramsNow?.();
    if (now) for (const [k, v] of Object.entries(now)) if (this.params[k] !== v) this.params[k] = v;
    this.configRev++;
    this.refresh();
  }

  /** What the model hides from this user as configured (a teacher's preset): tools and measurement readouts. */
  get hidden(): { tools: string[]; measurements: string[] } {
    void this.configRev;
    return this.model.hides?.() ?? { tools: [], measurements: [] };
  }

  /** The measurements shown as numbers (all of them unless the model hides some). */
  get shownMeasurements() {
    const hidden = new Set(this.hidden.measurements);
    return this.model.meta.measurements.filter((m) => !hidden.has(m.name));
  }

  /** The parameter controls that apply now: their `showIf` holds and the model as configured uses them. */
  get shownParams(): ParamSpec[] {
    void this.configRev;
    return this.model.meta.params.filter((p) => isParamVisible(p, this.params) && this.model.controlApplies?.(p.name) !== false);
  }

  private defaultColumns(): DataColumn[] {
    const meta = this.model.meta;
    const rd = meta.recordDefaults;
    // Without recordDefaults: every number parameter whose control can show under these values (not
    // custom-only ones). All of a model's own slots stay: the table is made once, before any reconfiguring.
    const params = meta.params.filter((p) => (rd ? rd.params.includes(p.name) : p.kind === 'number' && isParamVisible(p, this.params)));
    const hidden = new Set(this.model.hides?.().measurements ?? []);
    const measurements = meta.measurements.filter((m) => (rd ? rd.measurements.includes(m.name) : true) && !hidden.has(m.name));
    return [
      ...params.map((p): DataColumn => ({ name: p.name, unit: p.kind === 'number' ? p.unit : '', labelKey: p.labelKey, source: 'param' })),
      ...measurements.map((m): DataColumn => ({ name: m.name, unit: m.unit, labelKey: m.labelKey, source: 'measurement' })),
    ];
  }

  /** Change one parameter (validated); the experiment starts over with it. Returns an error message or null. */
  setParam(name: string, raw: unknown): string | null {
    const spec = this.model.meta.params.find((p) => p.name === name);
    if (!spec) return `unknown parameter '${name}'`;
    const r = parseParam(spec, raw);
    if (!r.ok) return r.error.message;
    this.params[name] = r.value as ParamValue;
    this.drawLight = false;
    this.reset();
    return null;
  }

  /**
   * The lighter setting to offer now (meta.lighter): while the lab runs slower than real time with its
   * parameter above the lighter value, unless the student kept the heavy one. Null otherwise.
   */
  get lighterOffer(): { param: string; from: number; to: number } | null {
    const lighter = this.model.meta.lighter;
    if (!lighter || !this.slowed || this.lighterDeclined) return null;
    const now = Number(this.params[lighter.param]);
    return now > lighter.value ? { param: lighter.param, from: now, to: lighter.value } : null;
  }

  /** Take the lighter setting: the experiment starts over with it, still running, and the slow notice starts afresh. */
  acceptLighter(): void {
    const offer = this.lighterOffer;
    if (!offer) return;
    this.setParam(offer.param, offer.to);
    this.budget = new FrameBudget();
    this.slowNotice.reset();
    this.slowed = false;
    this.clock.reset();
  }

  /** Keep the heavy setting: the offer goes (the slow notice stays while the lab is slow). */
  declineLighter(): void {
    this.lighterDeclined = true;
  }

  play(): void {
    if (this.running) return;
    this.running = true;
    this.lastWallMs = performance.now();
    this.clock.reset();
    this.slowNotice.reset();
    this.slowed = false;
    this.frame = requestAnimationFrame(this.loop);
    this.onActivity('run');
  }

  pause(): void {
    this.running = false;
    cancelAnimationFrame(this.frame);
    this.refresh();
  }

  toggle(): void {
    if (this.running) this.pause();
    else this.play();
  }

  /** Advance one fixed step (while paused). */
  stepOnce(): void {
    this.pause();
    this.advance(1);
    this.refresh();
  }

  reset(): void {
    this.model.reset($state.snapshot(this.params));
    this.configRev++; // a reset may change which controls apply (another reaction's reactants)
    this.clock.reset();
    this.events = [];
    this.series = { timeS: [], values: {} };
    this.seriesVersion++;
    this.tick++;
    this.refresh();
  }

  /** Back to a saved state (the setup an assignment opened), time restarting; the recorded table is kept. */
  restoreState(state: unknown): void {
    if (this.running) this.pause();
    this.model.reset($state.snapshot(this.params));
    this.model.restore(state);
    // the controls show the restored setup's bound part properties
    const now = this.model.paramsNow?.();
    if (now) for (const [k, v] of Object.entries(now)) if (this.params[k] !== v) this.params[k] = v;
    this.configRev++;
    this.clock.reset();
    this.events = [];
    this.series = { timeS: [], values: {} };
    this.seriesVersion++;
    this.tick++;
    this.refresh();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    this.clock.speed = speed * (this.model.meta.timeScale ?? 1);
  }

  /** The parameters as they may leave the lab (recorded, sent to a notebook): without those the model keeps secret. */
  shareableParams(): ParamValues {
    const params = $state.snapshot(this.params);
    for (const name of this.model.secretParams?.() ?? []) delete params[name];
    return params;
  }

  /** Append the current parameters and measurements as a row of the data table. */
  record(): void {
    this.table = recordRow(this.table, this.shareableParams(), this.model.measure());
    this.onActivity('record');
  }

  setColumns(columns: DataColumn[]): void {
    this.table = { ...this.table, columns, rows: [] };
  }

  clearTable(): void {
    this.table = { ...this.table, rows: [] };
  }

  deleteRow(index: number): void {
    this.table = { ...this.table, rows: this.table.rows.filter((_, i) => i !== index) };
  }

  dispose(): void {
    this.running = false;
    cancelAnimationFrame(this.frame);
  }

  /**
   * Time spent per animation frame on physics steps plus the view's redraw, ms (median and 95th percentile), over the
   * last `last` frames timed (at most the 600 kept): a bench reads one stretch of running apart from the one before it.
   */
  frameStats(last = FRAME_SAMPLES): { frames: number; medianMs: number; p95Ms: number } {
    const sorted = this.frameMs.slice(-Math.max(1, last)).sort((a, b) => a - b);
    const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
    return { frames: sorted.length, medianMs: at(0.5), p95Ms: at(0.95) };
  }

  private loop = (nowMs: number): void => {
    if (!this.running) return;
    const startedMs = performance.now();
    const wallS = (nowMs - this.lastWallMs) / 1000;
    this.lastWallMs = nowMs;
    const steps = this.clock.advance(wallS, this.budget.maxSteps(this.clock.maxStepsPerFrame));
    const stepStartMs = performance.now();
    this.advance(steps);
    this.budget.note(steps, performance.now() - stepStartMs, wallS * 1000);
    // Judged on the time the clock kept, not steps × dt: a wet bench's 50 ms step comes every third frame at 60 Hz,
    // and those frames' 3× ratio (capped at 2 by the notice) averaged with the empty ones read as 0.67× real time.
    const shown = this.slowNotice.update(this.clock.keptS, wallS, this.clock.speed);
    if (shown !== this.slowed) this.slowed = shown;
    if (shown && !this.drawLight) this.drawLight = true;
    // The view redraws in an effect on `tick`; Svelte's tick() resolves once that has run.
    void afterRender().then(() => {
      this.frameMs.push(performance.now() - startedMs);
      if (this.frameMs.length > FRAME_SAMPLES) this.frameMs.shift();
    });
    if (this.running && nowMs - this.lastShownMs >= DISPLAY_INTERVAL_MS) this.refresh(nowMs);
    if (this.running) this.frame = requestAnimationFrame(this.loop);
  };

  private advance(steps: number): void {
    for (let i = 0; i < steps; i++) {
      const happened = this.model.step(this.model.meta.fixedDtS);
      if (happened.length) {
        for (const e of happened) {
          const logged = { ...e, measurements: this.model.measure() };
          this.events = [...this.events.slice(-49), logged];
          this.onEvent(logged);
        }
        if (this.pauseAt && happened.some((e) => e.name === this.pauseAt)) {
          this.running = false;
          cancelAnimationFrame(this.frame);
          this.sample();
          this.refresh();
          break;
        }
      }
    }
    this.sample();
    this.tick++;
  }

  /** One point per frame for the live graph. */
  private sample(): void {
    const s = this.series;
    // Two frames in three carry no step (a wet bench steps every 50 ms): nothing new to measure.
    if (s.timeS.length && s.timeS[s.timeS.length - 1] === this.model.timeS) return;
    const m = this.model.measure();
    s.timeS.push(this.model.timeS);
    for (const [k, v] of Object.entries(m)) (s.values[k] ??= []).push(v);
    if (s.timeS.length > SERIES_LIMIT) {
      s.timeS.splice(0, s.timeS.length - SERIES_LIMIT);
      for (const k of Object.keys(s.values)) s.values[k].splice(0, s.values[k].length - SERIES_LIMIT);
    }
  }

  private refresh(nowMs = performance.now()): void {
    this.lastShownMs = nowMs;
    this.realTimeRatio = this.slowNotice.ratio;
    this.shown = this.model.measure();
    this.timeS = this.model.timeS;
    this.seriesVersion++;
  }
}
