/**
 * What a meter's pointer shows in an AC circuit: a moving coil cannot follow 50 Hz, so it stands at the average
 * of its drive over a cycle. On DC ranges that is the mean (zero for a sine: the pointer trembles at zero); the AC
 * volts range rectifies and its scale is printed in RMS values, which this takes as the RMS over the last cycle
 * (a true-RMS idealisation: for a sine the two agree). Samples are the sub-steps of the last cycle, one per
 * sub-step, per meter element (voltage across it and current through it).
 */
import type { CircuitSolution } from './engine';

export class MeterWindow {
  private readonly volts = new Map<string, Float64Array>();
  private readonly amps = new Map<string, Float64Array>();
  private next = 0;
  private filled = 0;

  constructor(private readonly size: number) {}

  /** Follow the circuit's meters (after an edit): samples of meters still there are kept. */
  track(names: readonly string[]): void {
    for (const name of names) {
      if (!this.volts.has(name)) {
        this.volts.set(name, new Float64Array(this.size));
        this.amps.set(name, new Float64Array(this.size));
      }
    }
    for (const name of [...this.volts.keys()]) {
      if (!names.includes(name)) {
        this.volts.delete(name);
        this.amps.delete(name);
      }
    }
  }

  push(solution: CircuitSolution): void {
    for (const [name, v] of this.volts) {
      const r = solution.ok ? solution.elements[name] : undefined;
      v[this.next] = r?.voltageV ?? 0;
      this.amps.get(name)![this.next] = r?.currentA ?? 0;
    }
    this.next = (this.next + 1) % this.size;
    this.filled = Math.min(this.size, this.filled + 1);
  }

  has(name: string): boolean {
    return this.filled > 0 && this.volts.has(name);
  }

  /** Mean over the window of the meter's voltage ('v') or current ('i'). */
  mean(name: string, quantity: 'v' | 'i'): number {
    const xs = (quantity === 'v' ? this.volts : this.amps).get(name);
    if (!xs || this.filled === 0) return 0;
    let sum = 0;
    for (let k = 0; k < this.filled; k++) sum += xs[k];
    return sum / this.filled;
  }

  /** RMS over the window. */
  rms(name: string, quantity: 'v' | 'i'): number {
    const xs = (quantity === 'v' ? this.volts : this.amps).get(name);
    if (!xs || this.filled === 0) return 0;
    let sum = 0;
    for (let k = 0; k < this.filled; k++) sum += xs[k] * xs[k];
    return Math.sqrt(sum / this.filled);
  }
}
