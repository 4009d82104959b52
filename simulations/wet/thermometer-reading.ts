/**
 * How a liquid-in-glass thermometer reads. The bulb follows what it is in with a first-order lag,
 * dT/dt = (T_env − T)/τ (τ ≈ 8 s in water, ≈ 60 s in still air: Liptak, Instrument Engineers' Handbook vol. 1,
 * §4.13), solved exactly over a step. The scale is 1 mm per degree and stands about 2 mm in front of the liquid
 * column, so an eye 30° above the column's top reads 2 mm·tan 30° ≈ 1.2 °C too high (俯视偏大) and one below
 * it as much too low (仰视偏小) (人教版 八年级上册 第三章第1节 温度计的使用). A student reads to the division, 1 °C.
 * A bulb touching the bottom of a heated beaker reads the glass, hotter than the water by q/(h·A): 70 W through
 * 35 cm² with h ≈ 1 000 W/(m²·K) for water on a heated wall (Incropera, Fundamentals of Heat and Mass Transfer,
 * table 1.1, forced/boiling convection range) ≈ 20 °C.
 */
import { readToDivision } from '../bench/instruments/scale-reading';

export const TAU_WATER_S = 8;
export const TAU_AIR_S = 60;
const SCALE_GAP_M = 0.002;
const SCALE_M_PER_DEGREE = 0.001;
const EYE_ANGLE_DEG = 30;
export const DIVISION_C = 1;

/** The bulb's temperature after dtS in surroundings at envC. */
export function bulbAfter(bulbC: number, envC: number, tauS: number, dtS: number): number {
  return envC + (bulbC - envC) * Math.exp(-dtS / tauS);
}

/** The error of a reading from where the eye is, °C. */
export function parallaxC(eye: string): number {
  const e = (SCALE_GAP_M * Math.tan((EYE_ANGLE_DEG * Math.PI) / 180)) / SCALE_M_PER_DEGREE;
  return eye === 'above' ? e : eye === 'below' ? -e : 0;
}

/** What the student writes down. */
export function thermometerReading(bulbC: number, eye: string): number {
  return readToDivision(bulbC + parallaxC(eye), DIVISION_C);
}

/** How much hotter the heated bottom of a beaker is than its water, °C. */
export function bottomExcessC(powerW: number, areaM2 = 35e-4, hWPerM2K = 1000): number {
  return powerW / (hWPerM2K * areaM2);
}
