/** A step of the burning apparatus (../combustion.ts): copper plates warm or cool; pieces of phosphorus catch fire, burn and go out. */
import { fuelOf, stepPiece, stepPlate, surroundingsOf } from '../combustion';
import { inBeaker, plateTarget } from './places';
import { celsius, type Fire, type WetBench } from './state';

export function stepBurning(b: WetBench, dtS: number, fire: Fire): void {
  const { setup, s } = b;
  for (const p of setup.parts) if (p.kind === 'copper-plate' && s.plates[p.id]) stepPlate(s.plates[p.id], plateTarget(b, p), dtS);
  const roomC = celsius(b.room.temperatureK);
  const waterAt = (q: { x: number; y: number }) => {
    const at = inBeaker(b, q);
    return at?.inLiquid ? { beakerId: at.beaker.id, temperatureC: celsius(at.v.contents.temperatureK) } : null;
  };
  for (const p of setup.parts) {
    const piece = s.pieces[p.id];
    if (p.kind !== 'phosphorus' || !piece) continue;
    const around = surroundingsOf(setup, p, s.plates, roomC, waterAt);
    const change = stepPiece(piece, fuelOf(p), around, b.room.pressurePa, dtS);
    if (change === 'ignited') fire(around.place === 'plate' ? 'ignitesOnPlate' : around.place === 'water' ? 'ignitesUnderWater' : 'ignitesInAir');
    if (change === 'out') fire('goesOut');
  }
}
