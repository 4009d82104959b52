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
