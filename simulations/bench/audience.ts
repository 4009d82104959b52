/**
 * Who is looking at a bench: a teacher sees everything; a student does not see a preset's hidden parts or
 * the values of its mystery properties. One function decides what a student's copy of a part holds, used by
 * the view, the part renderers, the descriptions and what leaves the lab (recorded rows, an experiment sent
 * to the notebook), so a secret value cannot reach the page by another road.
 */
import type { PresetParam } from './preset';
import type { SetupPart } from './setup';

export type Audience = 'student' | 'teacher';

/** A part with what this audience may not see taken out (mystery property values). */
export function visiblePart(part: SetupPart, audience: Audience): SetupPart {
  if (audience === 'teacher' || !part.mystery?.length) return part;
  const props = { ...part.props };
  for (const m of part.mystery) delete props[m];
  return { ...part, props };
}

/**
 * The preset parameters whose values this audience may not see in this setup: those bound to a property
 * that `visiblePart` takes out, or to a hidden part. Their values stay out of recorded rows, experiment
 * cells and what the notebook shows of them. Plain data in, so the notebook can ask it of a saved state.
 */
export function secretParams(params: readonly PresetParam[], parts: readonly SetupPart[], audience: Audience): string[] {
  if (audience === 'teacher') return [];
  const out: string[] = [];
  for (const b of params) {
    if (b.setting !== undefined) continue;
    const part = parts.find((p) => p.id === b.part);
    if (!part) continue;
    if (part.hidden || (b.prop !== undefined && b.prop in part.props && !(b.prop in visiblePart(part, audience).props))) out.push(b.name);
  }
  return out;
}
