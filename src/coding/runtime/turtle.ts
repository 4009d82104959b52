/**
 * The turtle of the drawing stage. It runs inside the program (in the worker, or in Node for tests)
 * and only emits drawing commands; the page draws them on a canvas (see ../stage-render.ts).
 *
 * Coordinates: the stage is STAGE_SIZE × STAGE_SIZE units, origin in the middle, y up.
 * Heading in degrees, 0 = east (to the right), turning left is counter-clockwise (as in Logo).
 */
import { CodeError } from './errors';

export const STAGE_SIZE = 400;

export type StampShape = 'circle' | 'square' | 'triangle' | 'star';
export const STAMP_SHAPES: readonly StampShape[] = ['circle', 'square', 'triangle', 'star'];

export type DrawCommand =
  | { op: 'line'; x0: number; y0: number; x1: number; y1: number; colour: string; width: number }
  | { op: 'fill'; points: number[]; colour: string }
  | { op: 'stamp'; shape: StampShape; x: number; y: number; size: number; headingDeg: number; colour: string }
  | { op: 'clear' };

export interface TurtlePose {
  x: number;
  y: number;
  headingDeg: number;
  visible: boolean;
}

/** Colours a student may name (the dropdown offers them); any `#rrggbb` is accepted too. */
export const NAMED_COLOURS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#e53935',
  orange: '#fb8c00',
  yellow: '#fdd835',
  green: '#43a047',
  blue: '#1e88e5',
  purple: '#8e24aa',
  pink: '#ec407a',
  brown: '#6d4c41',
  grey: '#757575',
};

export function parseColour(value: unknown, blockId: string | null = null): string {
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (/^#[0-9a-f]{6}$/.test(v)) return v;
    if (v in NAMED_COLOURS) return NAMED_COLOURS[v];
  }
  throw new CodeError('badColour', { value: String(value) }, blockId);
}

/** `#rrggbb` from a hue in degrees (saturation 80 %, lightness 50 %), for colourful patterns. */
export function colourFromHue(hueDeg: number): string {
  const h = (((hueDeg % 360) + 360) % 360) / 60;
  const s = 0.8, l = 0.5;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const [r, g, b] = h < 1 ? [c, x, 0] : h < 2 ? [x, c, 0] : h < 3 ? [0, c, x] : h < 4 ? [0, x, c] : h < 5 ? [x, 0, c] : [c, 0, x];
  const m = l - c / 2;
  const hex = (v: number) => Math.round((v + m) * 255).toString(16).padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

export function colourFromRgb(r: number, g: number, b: number): string {
  const hex = (v: number) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

const DEG = Math.PI / 180;

export class Turtle {
  x = 0;
  y = 0;
  headingDeg = 0;
  visible = true;
  penDown = true;
  colour = '#000000';
  width = 2;
  private fill: { colour: string; points: number[]; lines: DrawCommand[] } | null = null;

  constructor(private readonly emit: (c: DrawCommand) => void) {}

  pose(): TurtlePose {
    return { x: this.x, y: this.y, headingDeg: this.headingDeg, visible: this.visible };
  }

  private out(c: DrawCommand): void {
    if (this.fill && c.op === 'line') this.fill.lines.push(c);
    else this.emit(c);
  }

  moveTo(x: number, y: number): void {
    if (this.penDown && (x !== this.x || y !== this.y)) {
      this.out({ op: 'line', x0: this.x, y0: this.y, x1: x, y1: y, colour: this.colour, width: this.width });
    }
    this.x = x;
    this.y = y;
    this.fill?.points.push(x, y);
  }

  forward(distance: number): void {
    // Rounded to 1e-9 so that squares close exactly despite sin/cos rounding.
    const r = (v: number) => Math.round(v * 1e9) / 1e9 + 0; // + 0 turns -0 into 0
    this.moveTo(r(this.x + distance * Math.cos(this.headingDeg * DEG)), r(this.y + distance * Math.sin(this.headingDeg * DEG)));
  }

  turnLeft(angleDeg: number): void {
    this.headingDeg = (((this.headingDeg + angleDeg) % 360) + 360) % 360;
  }

  setHeading(angleDeg: number): void {
    this.headingDeg = ((angleDeg % 360) + 360) % 360;
  }

  setColour(colour: string): void {
    this.colour = colour;
  }

  setWidth(width: number): void {
    this.width = Math.max(0, width);
  }

  beginFill(colour: string): void {
    this.fill = { colour, points: [this.x, this.y], lines: [] };
  }

  /** The filled shape goes under the outline drawn while tracing it. */
  endFill(): void {
    const f = this.fill;
    if (!f) return;
    this.fill = null;
    if (f.points.length >= 6) this.emit({ op: 'fill', points: f.points, colour: f.colour });
    f.lines.forEach((l) => this.emit(l));
  }

  stamp(shape: StampShape, size: number): void {
    this.out({ op: 'stamp', shape, x: this.x, y: this.y, size: Math.max(0, size), headingDeg: this.headingDeg, colour: this.colour });
  }

  clear(): void {
    this.fill = null;
    this.emit({ op: 'clear' });
  }

  home(): void {
    const wasDown = this.penDown;
    this.penDown = false;
    this.moveTo(0, 0);
    this.penDown = wasDown;
    this.headingDeg = 0;
  }
}
