/** Where a point of a part is on the table: the part's own metres (x right, y down) turned and moved with it. */
import type { SetupPart } from '../bench/setup';

export interface Point {
  x: number;
  y: number;
}

export function worldPoint(p: Pick<SetupPart, 'xM' | 'yM' | 'rotDeg'>, lx: number, ly: number): Point {
  const a = (p.rotDeg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
  return { x: p.xM + lx * c - ly * s, y: p.yM + lx * s + ly * c };
}

/** A table point in a part's own frame. */
export function localPoint(p: Pick<SetupPart, 'xM' | 'yM' | 'rotDeg'>, q: Point): Point {
  const a = (p.rotDeg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
  const dx = q.x - p.xM, dy = q.y - p.yM;
  return { x: dx * c + dy * s, y: -dx * s + dy * c };
}

/** Distance from a point to the segment a–b. */
export function distanceToSegment(q: Point, a: Point, b: Point): number {
  const vx = b.x - a.x, vy = b.y - a.y, l2 = vx * vx + vy * vy;
  const t = l2 > 0 ? Math.max(0, Math.min(1, ((q.x - a.x) * vx + (q.y - a.y) * vy) / l2)) : 0;
  return Math.hypot(q.x - a.x - t * vx, q.y - a.y - t * vy);
}
