/**
 * How a diagram's lines run: straight across and up or down (orthogonal), leaving each end the way the
 * symbol's lead points, as a circuit diagram is drawn with a ruler; and where a junction gets its dot (three
 * or more lines and leads meeting at one end).
 */
import type { PartDefinition } from '../../bench/part';
import { terminalPositionM } from '../../bench/part';
import type { Setup } from '../../bench/setup';

export interface Point {
  xM: number;
  yM: number;
}

/** An L-shaped line from a to b: first horizontally when `horizontalFirst`, else vertically. */
export function orthogonalPath(a: Point, b: Point, horizontalFirst = true): string {
  return horizontalFirst ? `M ${a.xM} ${a.yM} H ${b.xM} V ${b.yM}` : `M ${a.xM} ${a.yM} V ${b.yM} H ${b.xM}`;
}

/** Whether an end's lead leaves its symbol sideways (its offset from the centre, turned, is mostly across). */
export function leavesSideways(def: PartDefinition, end: string, rotDeg: number): boolean {
  const t = def.terminals.find((x) => x.name === end);
  if (!t) return true;
  const a = (rotDeg * Math.PI) / 180;
  const dx = t.xM * Math.cos(a) - t.yM * Math.sin(a), dy = t.xM * Math.sin(a) + t.yM * Math.cos(a);
  return Math.abs(dx) >= Math.abs(dy);
}

export interface RoutedLine {
  id: string;
  d: string;
}

/** Every line of a diagram as a path, and the junction dots. `def` gives each symbol's definition. */
export function routeDiagram(setup: Setup, def: (kind: string) => PartDefinition, shown: (partId: string) => boolean = () => true): { lines: RoutedLine[]; dots: Point[] } {
  const byId = new Map(setup.parts.map((p) => [p.id, p]));
  const lines: RoutedLine[] = [];
  const meeting = new Map<string, { at: Point; n: number }>();
  for (const l of setup.links) {
    const pa = byId.get(l.from.part), pb = byId.get(l.to.part);
    if (!pa || !pb || !shown(pa.id) || !shown(pb.id)) continue;
    const a = terminalPositionM(def(pa.kind), l.from.terminal, pa), b = terminalPositionM(def(pb.kind), l.to.terminal, pb);
    lines.push({ id: l.id, d: orthogonalPath(a, b, leavesSideways(def(pa.kind), l.from.terminal, pa.rotDeg)) });
    for (const [ref, at] of [[l.from, a], [l.to, b]] as const) {
      const key = `${ref.part}.${ref.terminal}`;
      const m = meeting.get(key) ?? { at, n: 1 };
      m.n++;
      meeting.set(key, m);
    }
  }
  return { lines, dots: [...meeting.values()].filter((m) => m.n >= 3).map((m) => m.at) };
}
