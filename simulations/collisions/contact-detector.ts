/**
 * matter-js as the collision detector: its sort-and-sweep broadphase plus SAT narrowphase find
 * which bodies touch. The response (impulses, sticking) is computed by the model itself so that
 * momentum and energy come out exactly (see model.md). Positions are in metres here; matter-js gets
 * them scaled by SCALE (matter-js has tolerances tuned for pixel-sized numbers).
 */
import Matter from 'matter-js';

const SCALE = 1000;
/**
 * Discs are given to matter-js as 12-gons *circumscribing* the circle: the polygon test then never
 * misses a real contact (it may report pairs 3.5% of a radius apart, which the model's exact circle test
 * rejects). Fewer sides than matter-js's 26-gon circles make its SAT test about four times cheaper.
 */
const DISC_SIDES = 12;

/** The part of matter-js 0.20's Detector module used here (not in @types/matter-js 0.20). */
interface DetectorModule {
  create(options: { bodies: Matter.Body[] }): DetectorInstance;
  collisions(detector: DetectorInstance): { bodyA: Matter.Body; bodyB: Matter.Body }[];
}
type DetectorInstance = { bodies: Matter.Body[] };

// @types/matter-js lacks Detector; the runtime module has it (matter-js 0.20 src/collision/Detector.js).
const Detector = (Matter as unknown as { Detector: DetectorModule }).Detector;

export type BodyShape = { kind: 'disc'; radiusM: number } | { kind: 'box'; widthM: number; heightM: number };

export class ContactDetector {
  private readonly bodies: Matter.Body[];
  private readonly indexById = new Map<number, number>();
  private readonly detector: DetectorInstance;
  /** Candidate pairs [i, j] with i < j, sorted, reused between calls. */
  private readonly pairs: [number, number][] = [];
  /** Each body's vertices relative to its centre, so placing a body never accumulates rounding. */
  private readonly offsets: Float64Array[];
  private static readonly still = { x: 0, y: 0 };

  constructor(shapes: BodyShape[], xs: ArrayLike<number>, ys: ArrayLike<number>) {
    this.bodies = shapes.map((s, i) =>
      s.kind === 'disc'
        // Built at the origin so the vertex template is the same for every run (see place()).
        ? Matter.Bodies.polygon(0, 0, DISC_SIDES, (s.radiusM * SCALE) / Math.cos(Math.PI / DISC_SIDES))
        : Matter.Bodies.rectangle(0, 0, s.widthM * SCALE, s.heightM * SCALE),
    );
    this.bodies.forEach((b, i) => this.indexById.set(b.id, i));
    this.offsets = this.bodies.map((b) => Float64Array.from(b.vertices.flatMap((v) => [v.x - b.position.x, v.y - b.position.y])));
    this.bodies.forEach((_, i) => this.place(i, xs[i] * SCALE, ys[i] * SCALE));
    // The detector sorts its list in place: give it its own copy so body i stays this.bodies[i].
    this.detector = Detector.create({ bodies: this.bodies.slice() });
  }

  /**
   * Put body i at (cx, cy) from its vertex template. (Matter.Body.setPosition translates vertices
   * incrementally; the rounding that accumulates would make detection depend on history, and a
   * restored run would drift apart from the original.)
   */
  private place(i: number, cx: number, cy: number): void {
    const body = this.bodies[i], off = this.offsets[i], verts = body.vertices;
    for (let k = 0; k < verts.length; k++) {
      verts[k].x = cx + off[2 * k];
      verts[k].y = cy + off[2 * k + 1];
    }
    body.position.x = cx;
    body.position.y = cy;
    Matter.Bounds.update(body.bounds, verts, ContactDetector.still);
  }

  /**
   * Bodies stuck together (one cluster) share a negative collision group, so matter-js skips the
   * pairs inside a cluster (they touch permanently and need no response). 0 = collides with all.
   */
  setCluster(i: number, cluster: number | null): void {
    this.bodies[i].collisionFilter.group = cluster === null ? 0 : -(cluster + 1);
  }

  /** Pairs of body indices whose shapes overlap at the given positions, sorted for determinism. */
  touching(xs: ArrayLike<number>, ys: ArrayLike<number>): readonly [number, number][] {
    for (let i = 0; i < this.bodies.length; i++) this.place(i, xs[i] * SCALE, ys[i] * SCALE);
    const found = Detector.collisions(this.detector);
    this.pairs.length = 0;
    for (const c of found) {
      const a = this.indexById.get(c.bodyA.id)!, b = this.indexById.get(c.bodyB.id)!;
      this.pairs.push(a < b ? [a, b] : [b, a]);
    }
    this.pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    return this.pairs;
  }
}
