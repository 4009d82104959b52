/** The galvanometer's printed scale in µA, as the dials draw it (either side of zero). */
import type { MeterScale } from '../../bench/instruments/analog-meter';
import { GALVANOMETER } from '../parts/galvanometer';

export const galvanometerScale: MeterScale = { fullScale: GALVANOMETER.fullScaleA * 1e6, majorDivisions: GALVANOMETER.majorDivisions, minorPerMajor: GALVANOMETER.minorPerMajor };
