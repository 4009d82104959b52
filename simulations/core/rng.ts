/** Seeded pseudo-random numbers (mulberry32). Models never call Math.random(). */
export class SeededRandom {
  private s: number;
  constructor(seed = 1) {
    this.s = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Standard normal (Box–Muller). */
  normal(): number {
    let u = 0;
    while (u === 0) u = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  /** Internal state, for `Simulation.state()`. */
  get seedState(): number {
    return this.s;
  }
  set seedState(v: number) {
    this.s = v >>> 0;
  }
}
