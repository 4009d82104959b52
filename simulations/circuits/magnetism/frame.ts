/**
 * Where the bench's parts are in space, for the magnetic field. The table is drawn from above with x to the
 * right and y down the page; the field is computed in a right-handed world frame W with X along the table's x,
 * Y up the page (north: a compass with nothing near points up the page) and Z up out of the table, metres.
 * A part turned by rotDeg (clockwise on the page, seen from above) is turned by −rotDeg about Z.
 * Each magnet or coil is built in its own frame (the part's centre at the origin, its length along X) and
 * moved there: a field computed in the part's frame, then turned back.
 */
import type { Vec3 } from '../engine';

export interface Pose {
  xM: number;
  yM: number;
  rotDeg: number;
}

/** A point of a part (its own metres: x along it, y down the page, z up) in the world frame. */
export function toWorld(pose: Pose, local: Vec3): Vec3 {
  const a = (-pose.rotDeg * Math.PI) / 180;
  const c = Math.cos(a), s = Math.sin(a);
  const x = local.x, y = -local.y;
  return { x: pose.xM + c * x - s * y, y: -pose.yM + s * x + c * y, z: local.z };
}

/** A world point in a part's frame (x along the part, y up the page as W's, z up). */
export function toPartFrame(pose: Pose, world: Vec3): Vec3 {
  const a = (-pose.rotDeg * Math.PI) / 180;
  const c = Math.cos(a), s = Math.sin(a);
  const dx = world.x - pose.xM, dy = world.y + pose.yM;
  return { x: c * dx + s * dy, y: -s * dx + c * dy, z: world.z };
}

/** A vector given in a part's frame (W's orientation turned with the part) turned into the world frame. */
export function vectorToWorld(pose: Pose, v: Vec3): Vec3 {
  const a = (-pose.rotDeg * Math.PI) / 180;
  const c = Math.cos(a), s = Math.sin(a);
  return { x: c * v.x - s * v.y, y: s * v.x + c * v.y, z: v.z };
}

/** A world vector in a part's frame. */
export function vectorToPartFrame(pose: Pose, v: Vec3): Vec3 {
  const a = (-pose.rotDeg * Math.PI) / 180;
  const c = Math.cos(a), s = Math.sin(a);
  return { x: c * v.x + s * v.y, y: -s * v.x + c * v.y, z: v.z };
}

/** A table position (metres, y down the page) at height z as a world point. */
export const tablePoint = (xM: number, yM: number, zM = 0): Vec3 => ({ x: xM, y: -yM, z: zM });

/** Compass bearing of a field's horizontal part: degrees clockwise from north (up the page), 0 ≤ b < 360. */
export function bearingDeg(field: Vec3): number {
  const deg = 90 - (Math.atan2(field.y, field.x) * 180) / Math.PI;
  return ((deg % 360) + 360) % 360;
}
