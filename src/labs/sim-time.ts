/** Simulated time shown in a unit that suits the experiment's time scale (s for mechanics, ps for gas molecules). */
const UNITS = [
  { unit: 's', factor: 1 },
  { unit: 'ms', factor: 1e-3 },
  { unit: 'µs', factor: 1e-6 },
  { unit: 'ns', factor: 1e-9 },
  { unit: 'ps', factor: 1e-12 },
] as const;

export function simTimeUnit(timeScale = 1): { unit: string; factor: number } {
  return UNITS.find((u) => timeScale >= u.factor * 0.999) ?? UNITS[UNITS.length - 1];
}

export function formatSimTime(timeS: number, timeScale = 1): string {
  const { unit, factor } = simTimeUnit(timeScale);
  return `${(timeS / factor).toFixed(3)} ${unit}`;
}
