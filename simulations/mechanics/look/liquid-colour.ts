/** How each liquid looks on the bench. */
export const LIQUID_FILL: Record<string, string> = { water: '#9fd3f5', brine: '#a9dccd', oil: '#f2d266', alcohol: '#d8ecf7' };
export const liquidFill = (id: unknown) => LIQUID_FILL[String(id)] ?? '#9fd3f5';
