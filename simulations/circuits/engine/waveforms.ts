/**
 * Time-varying source values, as SPICE defines them (ngspice manual, section 4.1 "Independent sources"):
 * PULSE, SIN and PWL. Values are in the source's unit (V for a voltage source, A for a current source).
 */

export interface PulseWaveform {
  kind: 'pulse';
  initial: number;
  pulsed: number;
  delayS: number;
  riseS: number;
  fallS: number;
  widthS: number;
  periodS: number;
}

export interface SineWaveform {
  kind: 'sine';
  offset: number;
  amplitude: number;
  frequencyHz: number;
  delayS: number;
  /** Damping factor θ, 1/s: the amplitude falls as exp(−θ(t − delay)). */
  dampingPerS: number;
  phaseDeg: number;
}

export interface PwlWaveform {
  kind: 'pwl';
  /** [time s, value] pairs in increasing time. */
  points: [number, number][];
}

export type Waveform = PulseWaveform | SineWaveform | PwlWaveform;

/** The waveform's value at time t (s). */
export function waveformValue(w: Waveform, tS: number): number {
  switch (w.kind) {
    case 'pulse': {
      let t = tS - w.delayS;
      if (t > w.periodS && w.periodS > 0) t -= w.periodS * Math.floor(t / w.periodS);
      if (t <= 0 || t >= w.riseS + w.widthS + w.fallS) return w.initial;
      if (t >= w.riseS && t <= w.riseS + w.widthS) return w.pulsed;
      if (t < w.riseS) return w.initial + ((w.pulsed - w.initial) * t) / w.riseS;
      return w.pulsed + ((w.initial - w.pulsed) * (t - w.riseS - w.widthS)) / w.fallS;
    }
    case 'sine': {
      const phase = (w.phaseDeg * Math.PI) / 180;
      const t = tS - w.delayS;
      if (t <= 0) return w.offset + w.amplitude * Math.sin(phase);
      return w.offset + w.amplitude * Math.sin(2 * Math.PI * w.frequencyHz * t + phase) * Math.exp(-t * w.dampingPerS);
    }
    case 'pwl': {
      const p = w.points;
      if (p.length === 0) return 0;
      if (tS <= p[0][0]) return p[0][1];
      for (let i = 0; i + 1 < p.length; i++) {
        const [t0, v0] = p[i];
        const [t1, v1] = p[i + 1];
        if (tS <= t1) return t1 === t0 ? v1 : v0 + ((v1 - v0) * (tS - t0)) / (t1 - t0);
      }
      return p[p.length - 1][1];
    }
  }
}

/**
 * The first corner of the waveform strictly after t (where its slope jumps), or Infinity. A fixed-step
 * run lands a step on each corner so the integration never straddles one.
 */
export function nextBreakpointS(w: Waveform, tS: number): number {
  const eps = 1e-15 + Math.abs(tS) * 1e-12;
  switch (w.kind) {
    case 'pulse': {
      const corners = [0, w.riseS, w.riseS + w.widthS, w.riseS + w.widthS + w.fallS];
      const period = w.periodS > 0 ? w.periodS : Infinity;
      const rel = tS - w.delayS;
      const start = Number.isFinite(period) && rel > 0 ? Math.floor(rel / period) : 0;
      for (let cycle = start; cycle <= start + 1; cycle++) {
        const base = w.delayS + (Number.isFinite(period) ? cycle * period : 0);
        for (const c of corners) if (base + c > tS + eps) return base + c;
        if (!Number.isFinite(period)) break;
      }
      return Infinity;
    }
    case 'sine':
      return w.delayS > tS + eps ? w.delayS : Infinity;
    case 'pwl':
      for (const [t] of w.points) if (t > tS + eps) return t;
      return Infinity;
  }
}

/** Problems with a waveform's numbers, naming the field; empty when it is usable. */
export function waveformProblems(w: Waveform): { field: string; allowed: string }[] {
  const out: { field: string; allowed: string }[] = [];
  const finite = (field: string, v: number) => {
    if (!Number.isFinite(v)) out.push({ field, allowed: 'a finite number' });
  };
  const nonNegative = (field: string, v: number) => {
    if (!(Number.isFinite(v) && v >= 0)) out.push({ field, allowed: '≥ 0 s' });
  };
  switch (w.kind) {
    case 'pulse':
      finite('initial', w.initial);
      finite('pulsed', w.pulsed);
      nonNegative('delayS', w.delayS);
      nonNegative('widthS', w.widthS);
      nonNegative('periodS', w.periodS);
      nonNegative('riseS', w.riseS);
      nonNegative('fallS', w.fallS);
      break;
    case 'sine':
      finite('offset', w.offset);
      finite('amplitude', w.amplitude);
      nonNegative('frequencyHz', w.frequencyHz);
      nonNegative('delayS', w.delayS);
      finite('dampingPerS', w.dampingPerS);
      finite('phaseDeg', w.phaseDeg);
      break;
    case 'pwl':
      if (w.points.length === 0) out.push({ field: 'points', allowed: 'at least one (time, value) pair' });
      for (let i = 0; i < w.points.length; i++) {
        const [t, v] = w.points[i];
        if (!Number.isFinite(t) || t < 0 || (i > 0 && t < w.points[i - 1][0])) out.push({ field: `points[${i}].time`, allowed: 'times ≥ 0 in increasing order' });
        finite(`points[${i}].value`, v);
      }
      break;
  }
  return out;
}
