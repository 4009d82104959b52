/** The galvanometer's printed scale in µA for the range it is set to, as the dials draw it (either side of zero). */
import type { MeterScale } from '../../bench/instruments/analog-meter';
import { GALVANOMETER, galvanometerFullScaleA } from '../parts/galvanometer';

export function galvanometerScale(props: Record<string, unknown>): MeterScale {
  return { fullScale: galvanometerFullScaleA(props) * 1e6, majorDivisions: GALVANOMETER.majorDivisions, minorPerMajor: GALVANOMETER.minorPerMajor };
}
