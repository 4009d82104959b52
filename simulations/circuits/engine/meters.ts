/**
 * What meters add to a circuit, and how an ohmmeter turns its current into a reading.
 *
 * A real voltmeter is a resistance R_V across what it measures; a real ammeter a small resistance R_A in
 * series; a galvanometer a sensitive ammeter (a few hundred µA full scale, tens to hundreds of ohms).
 * An analog multimeter (e.g. the MF-47 type used in Chinese schools) has a sensitivity in Ω per volt on its
 * voltage ranges, so R_V = sensitivity × range.
 *
 * Ohmmeter (Ω ranges): an internal cell E behind the range's internal resistance R_in, which equals the
 * centre-scale reading. With R_x between the leads, I = E / (R_in + R_x), so R_x = E/I − R_in
 * (人教版 高中物理 必修第三册, 第十一章 "练习使用多用电表"). Inside the meter the cell's + terminal is
 * on the black lead: current leaves through the black lead and comes back in at the red one ("红进黑出").
 */

/** Internal resistance of an analog voltmeter range, Ω (MF-47 DC volts: 20 kΩ/V). */
export function voltmeterResistanceOhm(rangeV: number, ohmsPerVolt = 20_000): number {
  return rangeV * ohmsPerVolt;
}

/** Internal resistance of an ammeter range whose full-scale voltage drop (burden) is `burdenV`, Ω. */
export function ammeterResistanceOhm(rangeA: number, burdenV = 0.1): number {
  return burdenV / rangeA;
}

export interface OhmmeterRange {
  /** Range multiplier: ×1, ×10, ×100, ×1k. */
  multiplier: number;
  testVoltageV: number;
  /** Internal resistance = centre-scale reading, Ω. */
  internalResistanceOhm: number;
}

/** Ω ranges of an analog multimeter with a 15 Ω centre scale and a 1.5 V cell. */
export const OHMMETER_RANGES: readonly OhmmeterRange[] = [1, 10, 100, 1000].map((multiplier) => ({
  multiplier,
  testVoltageV: 1.5,
  internalResistanceOhm: 15 * multiplier,
}));

/** Current below which an ohmmeter reads infinity (the pointer does not leave the ∞ mark), A. */
export const OHMMETER_OPEN_CURRENT_A = 1e-9;

/** R_x = E/I − R_in from the current I leaving the black lead; null when (almost) no current flows. */
export function ohmmeterReadingOhm(currentA: number, testVoltageV: number, internalResistanceOhm: number): number | null {
  if (!(currentA > OHMMETER_OPEN_CURRENT_A)) return null;
  return Math.max(0, testVoltageV / currentA - internalResistanceOhm);
}

/** MF-47 AC volts: 4 kΩ/V (the rectifier's scale is calibrated in RMS for a sine). */
export const AC_VOLTS_OHMS_PER_VOLT = 4_000;

/** What the multimeter's selector is turned to (acv: AC volts, reading the RMS over one mains cycle). */
export type MultimeterFunction = 'off' | 'dcv' | 'acv' | 'dcma' | 'ohm';

export interface MultimeterMode {
  /** Stable id used in setups ('dcv10', 'ohm100'). */
  id: string;
  fn: MultimeterFunction;
  /** Full scale of a V or mA range (V, mA); the Ω multiplier on Ω. */
  range: number;
}

/** The selector's positions, in the order the knob turns (an MF-47's, abridged). */
export const MULTIMETER_MODES: readonly MultimeterMode[] = [
  { id: 'off', fn: 'off', range: 0 },
  { id: 'dcv2.5', fn: 'dcv', range: 2.5 },
  { id: 'dcv10', fn: 'dcv', range: 10 },
  { id: 'dcv50', fn: 'dcv', range: 50 },
  { id: 'acv10', fn: 'acv', range: 10 },
  { id: 'acv50', fn: 'acv', range: 50 },
  { id: 'dcma10', fn: 'dcma', range: 10 },
  { id: 'dcma100', fn: 'dcma', range: 100 },
  { id: 'ohm1', fn: 'ohm', range: 1 },
  { id: 'ohm10', fn: 'ohm', range: 10 },
  { id: 'ohm100', fn: 'ohm', range: 100 },
  { id: 'ohm1k', fn: 'ohm', range: 1000 },
];

export function multimeterMode(id: string): MultimeterMode {
  const m = MULTIMETER_MODES.find((x) => x.id === id);
  if (!m) throw new Error(`multimeter mode '${id}': allowed ${MULTIMETER_MODES.map((x) => x.id).join(', ')}`);
  return m;
}

/** The Ω scale's centre mark (the MF-47's 16.5 is rounded to the textbook's 15). */
export const OHM_SCALE_CENTRE = 15;
/** The multimeter's cell on Ω, V. */
export const MULTIMETER_CELL_V = 1.5;
/** How far the Ω zero knob can trim the internal resistance either way (a fraction of it). */
export const OHM_ZERO_TRIM = 0.1;

/**
 * The ohmmeter inside the multimeter on the Ω range with `multiplier`: its cell and internal resistance.
 * The printed scale assumes R_in = 15 Ω × multiplier (the centre mark); the zero knob at `knob` (−1 … 1)
 * makes it R_in·(1 + 0.1·knob), so only at knob 0 does the shorted pointer reach 0 Ω.
 */
export function multimeterOhmmeter(multiplier: number, knob: number): { testVoltageV: number; internalResistanceOhm: number; fullScaleCurrentA: number } {
  const centre = OHM_SCALE_CENTRE * multiplier;
  return { testVoltageV: MULTIMETER_CELL_V, internalResistanceOhm: centre * (1 + OHM_ZERO_TRIM * knob), fullScaleCurrentA: MULTIMETER_CELL_V / centre };
}

/**
 * Where the pointer stands on Ω (0 at the left, 1 at full scale): the test current over the current that
 * fills the scale, I/I_g with I = E/(R_in + R) (人教版 必修第三册 第十一章第5节). With R = R_in it stands at
 * the middle: the centre mark is the internal resistance.
 */
export function ohmPointerFraction(currentA: number, fullScaleCurrentA: number): number {
  return currentA / fullScaleCurrentA;
}

/**
 * The Ω scale under a pointer at `fraction`, × the multiplier: R = R_c·(1/θ − 1) with R_c the centre mark ×
 * multiplier (the scale is printed for a zeroed meter: θ = R_c/(R_c + R)). Infinity below a thousandth of the
 * scale (a twentieth of its smallest division: the pointer has not left the ∞ mark; a reverse-biased diode's
 * nanoamps).
 */
export const OHM_INFINITY_FRACTION = 1e-3;
export function ohmScaleReadingOhm(fraction: number, multiplier: number): number {
  if (!(fraction >= OHM_INFINITY_FRACTION)) return Infinity;
  return Math.max(0, OHM_SCALE_CENTRE * multiplier * (1 / fraction - 1));
}
