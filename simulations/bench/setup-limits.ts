/**
 * The setup format's version and size limits, apart from the zod schema (./setup.ts) so that what only
 * needs them (the registry's preset metas, and through it the Labs list) does not load zod.
 */
export const SETUP_VERSION = 2;
export const MAX_PARTS = 200;
export const MAX_LINKS = 400;
