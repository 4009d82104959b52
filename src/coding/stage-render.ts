/**
 * Draws the turtle's commands on a canvas (the worker only emits commands). Stage units are mapped
 * to pixels with the origin in the middle and y up.
 */
import { STAGE_SIZE, type DrawCommand, type StampShape, type TurtlePose } from './runtime/turtle';

export class StageRenderer {
  private readonly scale: number;

  constructor(private readonly ctx: CanvasRenderingContext2D) {
    this.scale = ctx.canvas.width / STAGE_SIZE;
    this.clear();
  }

  private px(x: number, y: number): [number, number] {
    return [(x + STAGE_SIZE / 2) * this.scale, (STAGE_SIZE / 2 - y) * this.scale];
  }

  clear(): void {
    const { ctx } = this;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  }

  draw(commands: readonly DrawCommand[]): void {
    const { ctx } = this;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (const c of commands) {
      switch (c.op) {
        case 'clear':
          this.clear();
          break;
        case 'line':
          if (c.width <= 0) break;
          ctx.strokeStyle = c.colour;
          ctx.lineWidth = c.width * this.scale;
          ctx.beginPath();
          ctx.moveTo(...this.px(c.x0, c.y0));
          ctx.lineTo(...this.px(c.x1, c.y1));
          ctx.stroke();
          break;
        case 'fill':
          ctx.fillStyle = c.colour;
          ctx.beginPath();
          for (let i = 0; i < c.points.length; i += 2) {
            const [x, y] = this.px(c.points[i], c.points[i + 1]);
            if (i === 0) ctx.moveTo(x, y);
            else ctx.lineTo(x, y);
          }
          ctx.closePath();
          ctx.fill();
          break;
        case 'stamp':
          this.stamp(c.shape, c.x, c.y, c.size, c.headingDeg, c.colour);
          break;
      }
    }
  }

  private stamp(shape: StampShape, x: number, y: number, size: number, headingDeg: number, colour: string): void {
    const { ctx } = this;
    const [cx, cy] = this.px(x, y);
    const r = (size / 2) * this.scale;
    ctx.save();
    ctx.translate(cx, cy);
    ctx.rotate((-headingDeg * Math.PI) / 180);
    ctx.fillStyle = colour;
    ctx.beginPath();
    if (shape === 'circle') ctx.arc(0, 0, r, 0, 2 * Math.PI);
    else if (shape === 'square') ctx.rect(-r, -r, 2 * r, 2 * r);
    else {
      const points = shape === 'triangle' ? 3 : 10;
      for (let i = 0; i < points; i++) {
        const a = (i * 2 * Math.PI) / points;
        const rr = shape === 'star' && i % 2 === 1 ? r * 0.45 : r;
        if (i === 0) ctx.moveTo(rr * Math.cos(a), rr * Math.sin(a));
        else ctx.lineTo(rr * Math.cos(a), rr * Math.sin(a));
      }
      ctx.closePath();
    }
    ctx.fill();
    ctx.restore();
  }
}

/** The turtle arrow, drawn on an overlay canvas so it is not part of the saved picture. */
export function drawTurtle(ctx: CanvasRenderingContext2D, pose: TurtlePose): void {
  const scale = ctx.canvas.width / STAGE_SIZE;
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  if (!pose.visible) return;
  ctx.save();
  ctx.translate((pose.x + STAGE_SIZE / 2) * scale, (STAGE_SIZE / 2 - pose.y) * scale);
  ctx.rotate((-pose.headingDeg * Math.PI) / 180);
  ctx.fillStyle = 'rgba(46, 125, 50, 0.85)';
  ctx.beginPath();
  ctx.moveTo(12 * scale, 0);
  ctx.lineTo(-8 * scale, 8 * scale);
  ctx.lineTo(-4 * scale, 0);
  ctx.lineTo(-8 * scale, -8 * scale);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}
