/**
 * What a finger meant on the bench's table (issue #22, item 4). A post is drawn 10 px across and a small part
 * 15 px high on a tablet, far below the 44 px a finger needs (WCAG 2.5.5); the drawing stays as it is and
 * the hit areas grow instead, invisibly: every post answers within 22 px of its centre and every part within
 * a box at least 44 px either way. Where they overlap, the nearer intent wins:
 *
 * 1. within 12 px of a post's centre: that post (a wire starts), even on the part it belongs to;
 * 2. on a part's own drawing: the part (it is dragged);
 * 3. within 22 px of a post and within a part's box enlarged to 44 px: the post if it is no more than 4 px
 *    farther than the nearest part's drawing, else that part (a touch just beside a thin part's middle
 *    means the part; one off its end, the post there);
 * 4. within 22 px of a post, or within a part's enlarged box: that one;
 * 5. otherwise nothing (the table: a rubber band).
 *
 * On a classroom's big screen a whiteboard pen gets 64 px instead of 44 (`targetPx`: the 22 px above become half
 * of it; the 12 px core and 4 px bias stay).
 *
 * Pure: positions in the table's metres, `pxPerM` the table's scale on screen.
 */
import { terminalPositionM, type PartDefinition } from './part';
import type { SetupPart, TerminalRef } from './setup';

/** WCAG 2.5.5 (target size, enhanced): 44 × 44 CSS px. */
export const TOUCH_TARGET_PX = 44;
/** A touch this close to a post's centre means the post even on top of its part. */
export const POST_CORE_PX = 12;
/** Where a post's and a part's enlarged areas overlap, the post wins up to this much farther away. */
const POST_BIAS_PX = 4;

export type TouchTarget = { kind: 'terminal'; ref: TerminalRef } | { kind: 'part'; partId: string } | null;

export interface TouchablePart {
  part: SetupPart;
  def: PartDefinition;
}

/** The point (x, y) in the part's own frame (before rotation), metres. */
function local(p: SetupPart, xM: number, yM: number): { x: number; y: number } {
  const a = (-p.rotDeg * Math.PI) / 180;
  const dx = xM - p.xM, dy = yM - p.yM;
  return { x: dx * Math.cos(a) - dy * Math.sin(a), y: dx * Math.sin(a) + dy * Math.cos(a) };
}

/** The nearest post to (x, y) and its distance, metres. */
export function nearestPost(parts: readonly TouchablePart[], xM: number, yM: number): { ref: TerminalRef; dM: number } | null {
  let best: { ref: TerminalRef; dM: number } | null = null;
  for (const { part, def } of parts) {
    for (const t of def.terminals) {
      const q = terminalPositionM(def, t.name, part);
      const dM = Math.hypot(q.xM - xM, q.yM - yM);
      if (!best || dM < best.dM) best = { ref: { part: part.id, terminal: t.name }, dM };
    }
  }
  return best;
}

/** What a touch at (x, y) metres is aimed at; `parts` in drawing order (the last is on top). */
export function touchTarget(parts: readonly TouchablePart[], xM: number, yM: number, pxPerM: number, targetPx: number = TOUCH_TARGET_PX): TouchTarget {
  if (!(pxPerM > 0)) throw new Error(`pxPerM must be > 0, got ${pxPerM}`);
  if (!(targetPx >= TOUCH_TARGET_PX)) throw new Error(`targetPx must be >= ${TOUCH_TARGET_PX}, got ${targetPx}`);
  const post = nearestPost(parts, xM, yM);
  const postPx = post ? post.dM * pxPerM : Infinity;
  if (post && postPx <= POST_CORE_PX) return { kind: 'terminal', ref: post.ref };
  for (let i = parts.length - 1; i >= 0; i--) {
    const { part, def } = parts[i];
    const q = local(part, xM, yM);
    if (Math.abs(q.x) <= def.widthM / 2 && Math.abs(q.y) <= def.heightM / 2) return { kind: 'part', partId: part.id };
  }
  const minM = targetPx / pxPerM;
  let best: { id: string; bodyPx: number } | null = null;
  for (const { part, def } of parts) {
    const q = local(part, xM, yM);
    if (Math.abs(q.x) <= Math.max(def.widthM, minM) / 2 && Math.abs(q.y) <= Math.max(def.heightM, minM) / 2) {
      const bodyPx = Math.hypot(Math.max(0, Math.abs(q.x) - def.widthM / 2), Math.max(0, Math.abs(q.y) - def.heightM / 2)) * pxPerM;
      if (!best || bodyPx < best.bodyPx) best = { id: part.id, bodyPx };
    }
  }
  const postInReach = post !== null && postPx <= targetPx / 2;
  if (postInReach && (!best || postPx <= best.bodyPx + POST_BIAS_PX)) return { kind: 'terminal', ref: post.ref };
  return best ? { kind: 'part', partId: best.id } : null;
}
