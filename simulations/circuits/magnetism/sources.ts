/**
 * The field sources on the table, each built in its own part's frame (frame.ts): a solenoid carrying the
 * current the circuit gives it, a U magnet's two poles. Sums them at any world point, with the Earth's
 * horizontal field (north, up the page).
 */
import { EARTH_FIELD_CHINA_T, fieldAt, type FieldSource, type Vec3 } from '../engine';
import type { Setup } from '../../bench/setup';
import { CORE_RELATIVE_PERMEABILITY, SOLENOID_LENGTH_M, SOLENOID_RADIUS_M } from '../parts/solenoid';
import { BAR_MAGNET } from '../parts/bar-magnet';
import { U_MAGNET } from '../parts/u-magnet';
import { toPartFrame, vectorToWorld, type Pose } from './frame';

/** One part's field: its sources placed in the part's own frame, and where the part is. */
export interface SourceGroup {
  partId: string;
  pose: Pose;
  local: FieldSource[];
}

/**
 * A solenoid part in its own frame: centre at the origin, axis along ±X. Current `currentA` runs from post a
 * to post b; wound `right`, that current circulates right-handed about +X (field inside towards b).
 */
export function solenoidSource(props: Record<string, unknown>, currentA: number): FieldSource {
  const sense = props.winding === 'left' ? -1 : 1;
  return {
    kind: 'solenoid',
    solenoid: {
      center: { x: 0, y: 0, z: 0 },
      axis: { x: 1, y: 0, z: 0 },
      turns: Number(props.turns),
      lengthM: SOLENOID_LENGTH_M,
      radiusM: SOLENOID_RADIUS_M,
      currentA: sense * currentA,
      coreRelativePermeability: props.ironCore === true ? CORE_RELATIVE_PERMEABILITY : 1,
    },
  };
}

/** A U magnet's poles in its own frame: two discs above and below the gap, magnetised down when N is on top. */
export function uMagnetSources(props: Record<string, unknown>): FieldSource[] {
  const { poleRadiusM, poleThicknessM, gapM, poleXM } = U_MAGNET;
  const down = props.northPole !== 'down';
  // A magnet's axis points from its S to its N end: with N on top, the upper disc's N face is its lower face.
  const axis = { x: 0, y: 0, z: down ? -1 : 1 };
  const zc = gapM / 2 + poleThicknessM / 2;
  return [zc, -zc].map((z) => ({
    kind: 'magnet' as const,
    magnet: { center: { x: poleXM, y: 0, z }, axis, lengthM: poleThicknessM, radiusM: poleRadiusM, remanenceT: Number(props.remanenceT) },
  }));
}

/** A bar magnet in its own frame: centred, its N end towards +X. */
export function barMagnetSource(props: Record<string, unknown>): FieldSource {
  return { kind: 'magnet', magnet: { center: { x: 0, y: 0, z: 0 }, axis: { x: 1, y: 0, z: 0 }, lengthM: BAR_MAGNET.lengthM, radiusM: BAR_MAGNET.radiusM, remanenceT: Number(props.remanenceT) } };
}

/** Every source on the table; `currentOf(partId)` gives a solenoid's current from post a to post b, A. */
export function sourceGroups(setup: Setup, currentOf: (partId: string) => number): SourceGroup[] {
  const out: SourceGroup[] = [];
  for (const p of setup.parts) {
    const pose = { xM: p.xM, yM: p.yM, rotDeg: p.rotDeg };
    if (p.kind === 'solenoid') {
      const i = currentOf(p.id);
      out.push({ partId: p.id, pose, local: [solenoidSource(p.props, Number.isFinite(i) ? i : 0)] });
    } else if (p.kind === 'u-magnet') out.push({ partId: p.id, pose, local: uMagnetSources(p.props) });
    else if (p.kind === 'bar-magnet') out.push({ partId: p.id, pose, local: [barMagnetSource(p.props)] });
  }
  return out;
}

/** The Earth's horizontal field on the table (north up the page), T. */
export const EARTH: Vec3 = { x: 0, y: EARTH_FIELD_CHINA_T, z: 0 };

/** The field at a world point: every group's, turned into the world frame, plus the Earth's. */
export function fieldOfGroups(groups: readonly SourceGroup[], point: Vec3, withEarth = true): Vec3 {
  let b = withEarth ? { ...EARTH } : { x: 0, y: 0, z: 0 };
  for (const g of groups) {
    const local = fieldAt(g.local, toPartFrame(g.pose, point));
    const w = vectorToWorld(g.pose, local);
    b = { x: b.x + w.x, y: b.y + w.y, z: b.z + w.z };
  }
  return b;
}
