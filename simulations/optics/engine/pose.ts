/**
 * Where a part is: its centre on the table (metres) and its rotation (degrees, clockwise on screen with y
 * down, as the workbench turns parts). Optical parts are drawn along their own x axis: light travels along
 * local +x, a lens's axis is local x, a mirror or screen faces local −x.
 */
export interface Pose {
  xM: number;
  yM: number;
  rotDeg: number;
}

export class Frame {
  readonly c: number;
  readonly s: number;
  constructor(readonly pose: Pose) {
    const a = (pose.rotDeg * Math.PI) / 180;
    this.c = Math.cos(a);
    this.s = Math.sin(a);
  }
  /** A point of the part's own frame on the table. */
  x(lx: number, ly: number): number {
    return this.pose.xM + lx * this.c - ly * this.s;
  }
  y(lx: number, ly: number): number {
    return this.pose.yM + lx * this.s + ly * this.c;
  }
  point(lx: number, ly: number): { x: number; y: number } {
    return { x: this.x(lx, ly), y: this.y(lx, ly) };
  }
  /** A direction of the part's frame on the table. */
  dir(lx: number, ly: number): { x: number; y: number } {
    return { x: lx * this.c - ly * this.s, y: lx * this.s + ly * this.c };
  }
  /** A table point in the part's own frame. */
  local(x: number, y: number): { x: number; y: number } {
    const dx = x - this.pose.xM, dy = y - this.pose.yM;
    return { x: dx * this.c + dy * this.s, y: -dx * this.s + dy * this.c };
  }
}
