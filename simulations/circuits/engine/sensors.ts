/**
 * Sensor resistances for the sensor-controlled circuit (利用传感器制作简单的自动控制装置).
 *
 * NTC thermistor, the B-parameter form of the Steinhart–Hart relation (J. S. Steinhart & S. R. Hart, Deep
 * Sea Research 15 (1968) 497; B form as in thermistor datasheets, e.g. Vishay NTCLE100E3):
 *   R(T) = R25 · exp(B · (1/T − 1/298.15 K))
 * A common school part is 10 kΩ at 25 °C with B = 3950 K (MF52 series).
 *
 * Photoresistor (CdS LDR): R falls as a power of the illuminance, R = R10 · (E / 10 lux)^(−γ), in parallel
 * with its dark resistance so it levels off in the dark. GL5528 datasheet: R10 = 8–20 kΩ, γ ≈ 0.7 (from
 * R at 10 lux and 100 lux), dark resistance ≥ 1 MΩ.
 */

export const T25_K = 298.15;

export function thermistorResistanceOhm(resistanceAt25COhm: number, betaK: number, temperatureK: number): number {
  return resistanceAt25COhm * Math.exp(betaK * (1 / temperatureK - 1 / T25_K));
}

export function photoresistorResistanceOhm(resistanceAt10LuxOhm: number, gamma: number, darkResistanceOhm: number, illuminanceLux: number): number {
  if (illuminanceLux <= 0) return darkResistanceOhm;
  const lit = resistanceAt10LuxOhm * Math.pow(illuminanceLux / 10, -gamma);
  return 1 / (1 / lit + 1 / darkResistanceOhm);
}
