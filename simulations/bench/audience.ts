/**
 * Who is looking at a bench: a teacher sees everything; a student does not see a preset's hidden parts or
 * the values of its mystery properties. One function decides what a student's copy of a part holds, used by
 * the view, the part renderers and the descriptions, so a secret value cannot reach the page by another road.
 */
import type { SetupPart } from './setup';

export type Audience = 'student' | 'teacher';

/** A part with what this audience may not see taken out (mystery property values). */
export function visiblePart(part: SetupPart, audience: Audience): SetupPart {
  if (audience === 'teacher' || !part.mystery?.length) return part;
  const props = { ...part.props };
  for (const m of part.mystery) delete props[m];
  return { ...part, props };
}
