/**
 * A glass plate sprinkled with iron filings (撒有铁屑的玻璃板), laid over a magnet or a solenoid: each filing,
 * magnetised by the field, lines up along it where the field is strong enough to turn it against friction,
 * and stays as it fell where it is not. The pattern shows the field lines (磁感线) without their direction.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const ironFilings: PartDefinition = {
  kind: 'iron-filings',
  bench: 'circuits',
  labelKey: k('part.iron-filings'),
  idPrefix: 'P',
  widthM: 0.3,
  heightM: 0.18,
  props: [],
  terminals: [],
};
