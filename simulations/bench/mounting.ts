/**
 * Parts on tracks: where a mountable part lands when it is put down near a track (an optical bench's rail,
 * a lever's holes), which parts ride on a track, and how far along it they are. Pure: the editor uses it for
 * every placement (adding, dragging, arrow keys) and the view for the drag preview, so what a student sees
 * while dragging is where the part lands.
 *
 * A part rides on a track when its centre lies on the track's line, between its ends, and it is turned as
 * the track is. Putting it down within MOUNT_REACH_M of a track snaps it onto the nearest point of the
 * track, with its distance along the track on the grid (the rail's scale), turned with the track.
 */
import type { PartCatalog, PartDefinition, TrackDefinition } from './part';
import type { Setup, SetupPart } from './setup';

/** How near a track a part must be put to snap onto it. */
export const MOUNT_REACH_M = 0.03;
const ON_TRACK_M = 1e-6;

export interface Pose {
  xM: number;
  yM: number;
  rotDeg: number;
}

/** The track's ends on the table and its direction (unit), for a track part where it stands. */
export function trackOnTable(track: TrackDefinition, at: Pose): { x0: number; y0: number; x1: number; y1: number; ux: number; uy: number; lengthM: number; rotDeg: number } {
  const a = (at.rotDeg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
  const x0 = at.xM + track.x0M * c - track.y0M * s, y0 = at.yM + track.x0M * s + track.y0M * c;
  const x1 = at.xM + track.x1M * c - track.y1M * s, y1 = at.yM + track.x1M * s + track.y1M * c;
  const lengthM = Math.hypot(x1 - x0, y1 - y0);
  const local = (Math.atan2(track.y1M - track.y0M, track.x1M - track.x0M) * 180) / Math.PI;
  return { x0, y0, x1, y1, ux: (x1 - x0) / lengthM, uy: (y1 - y0) / lengthM, lengthM, rotDeg: normDeg(at.rotDeg + local) };
}

export function normDeg(d: number): number {
  const r = ((d % 360) + 360) % 360;
  return Math.abs(r - 360) < 1e-9 ? 0 : r;
}

function sameAngle(a: number, b: number): boolean {
  const d = Math.abs(normDeg(a) - normDeg(b));
  return d < 1e-6 || Math.abs(d - 360) < 1e-6;
}

/** The track parts of a setup that hold `name`, with their tracks on the table. */
function tracksFor(setup: Setup, catalog: PartCatalog, name: string, poses?: ReadonlyMap<string, Pose>) {
  const out: { part: SetupPart; track: ReturnType<typeof trackOnTable> }[] = [];
  for (const p of setup.parts) {
    const def = catalog.find(p.kind);
    if (def?.track?.holds === name) out.push({ part: p, track: trackOnTable(def.track, poses?.get(p.id) ?? p) });
  }
  return out;
}

/** Distance along a track from its start to a point's foot on it, and the point's distance from its line. */
function project(t: ReturnType<typeof trackOnTable>, x: number, y: number): { alongM: number; offM: number } {
  const wx = x - t.x0, wy = y - t.y0;
  return { alongM: wx * t.ux + wy * t.uy, offM: Math.abs(wx * t.uy - wy * t.ux) };
}

/**
 * Where a part of kind `def` lands when put at (x, y): on the nearest track within reach that holds it
 * (distance along the track snapped to the grid, kept between the ends; turned with the track), or at
 * (x, y) unchanged. `exclude` leaves out tracks (the one being moved along with the part).
 */
export function placeOnTrack(
  setup: Setup,
  catalog: PartCatalog,
  def: PartDefinition,
  x: number,
  y: number,
  gridM: number,
  opts: { exclude?: ReadonlySet<string>; poses?: ReadonlyMap<string, Pose> } = {},
): { xM: number; yM: number; rotDeg?: number; trackPart?: string; alongM?: number } {
  if (!def.mountsOn) return { xM: x, yM: y };
  let best: { xM: number; yM: number; rotDeg: number; trackPart: string; alongM: number } | null = null;
  let bestOff = MOUNT_REACH_M;
  for (const { part, track } of tracksFor(setup, catalog, def.mountsOn, opts.poses)) {
    if (opts.exclude?.has(part.id)) continue;
    const { alongM, offM } = project(track, x, y);
    if (alongM < -MOUNT_REACH_M || alongM > track.lengthM + MOUNT_REACH_M || offM > bestOff) continue;
    let along = gridM > 0 ? Math.round(alongM / gridM) * gridM : alongM;
    along = Math.min(track.lengthM, Math.max(0, along));
    bestOff = offM;
    best = { xM: track.x0 + along * track.ux, yM: track.y0 + along * track.uy, rotDeg: track.rotDeg, trackPart: part.id, alongM: along };
  }
  return best ?? { xM: x, yM: y };
}

/** The track a part rides on and how far along it (metres from the track's start), or null. */
export function mountOf(setup: Setup, catalog: PartCatalog, part: SetupPart, poses?: ReadonlyMap<string, Pose>): { trackPart: string; alongM: number } | null {
  const def = catalog.find(part.kind);
  if (!def?.mountsOn) return null;
  const at = poses?.get(part.id) ?? part;
  for (const { part: tp, track } of tracksFor(setup, catalog, def.mountsOn, poses)) {
    const { alongM, offM } = project(track, at.xM, at.yM);
    if (offM < ON_TRACK_M && alongM > -ON_TRACK_M && alongM < track.lengthM + ON_TRACK_M && sameAngle(at.rotDeg, track.rotDeg)) return { trackPart: tp.id, alongM };
  }
  return null;
}

/** The parts riding on a track part. */
export function ridersOf(setup: Setup, catalog: PartCatalog, trackPartId: string): SetupPart[] {
  return setup.parts.filter((p) => p.id !== trackPartId && mountOf(setup, catalog, p)?.trackPart === trackPartId);
}
