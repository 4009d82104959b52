/** Names shared by several parts: what sits on the optical bench's rail, and the colours sources offer. */
import type { SourceColour } from '../engine/colour';

/** Holders that slide on the optical bench (光具座). */
export const OPTICAL_HOLDER = 'optical-holder';

export const LASER_COLOURS = ['red', 'green', 'violet'] as const;
export const SOURCE_COLOURS: SourceColour[] = ['white', 'red', 'orange', 'yellow', 'green', 'blue', 'violet'];
/** A lamp's filter: none (white light) or one colour. */
export const LAMP_FILTERS = ['none', 'red', 'green', 'blue'] as const;
