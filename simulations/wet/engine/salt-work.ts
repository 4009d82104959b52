/**
 * A step of the coarse-salt work (../salt-purification.ts): beakers held over funnels, dishes and beakers pour;
 * a beaker's salt dissolving and a white precipitate of the crude salt's ions are announced; funnels filter into what stands under them; dishes over a flame boil
 * down, crystallise and spatter when heated dry.
 */
import { amountOf, liquidVolumeMl, massOfG } from '../chem/contents';
import { crystallisedShare, dishHeated, pour, pourRateMlPerS, pourTarget, stepDish, stepFunnel, underFunnel, WET_PAPER_ML } from '../salt-purification';
import { PRECIPITATES } from '../crude-salt-ions';
import type { Fire, WetBench } from './state';

export function stepSaltWork(b: WetBench, dtS: number, fire: Fire): void {
  const { setup, s, room } = b;
  for (const p of setup.parts) {
    const from = s.vessels[p.id], target = p.kind === 'beaker' ? pourTarget(setup, p) : undefined;
    const into = target && s.vessels[target.id];
    if (!from || !target || !into || from.cracked || into.cracked || liquidVolumeMl(from.contents) + massOfG(from.contents, 'SiO2(s)') <= 0) continue;
    pour(from.contents, into.contents, pourRateMlPerS(setup, target), dtS);
    if (s.tallies[target.id]) s.tallies[target.id].pouredIn = true;
  }
  for (const p of setup.parts) {
    const c = p.kind === 'beaker' ? s.vessels[p.id]?.contents : undefined;
    if (c && amountOf(c, 'NaCl(aq)') > 0 && !(amountOf(c, 'NaCl(s)') > 0)) fire('dissolved');
    // A white precipitate of the crude salt's impurity ions (../crude-salt-ions.ts).
    if (c && Object.values(PRECIPITATES).some((id) => amountOf(c, id) > 0)) fire('whitePrecipitate');
  }
  for (const p of setup.parts) {
    const v = s.vessels[p.id], t = s.tallies[p.id];
    if (!v || !t) continue;
    if (p.kind === 'funnel') {
      const below = underFunnel(setup, p);
      const r = stepFunnel(v.contents, String(p.props.paper), below ? (s.vessels[below.id]?.contents ?? null) : null, dtS);
      t.aboveEdge = r.aboveEdge;
      t.sandThroughG += r.sandThroughG;
      t.spiltG += r.spiltG;
      const feeding = setup.parts.some((q) => pourTarget(setup, q)?.id === p.id && liquidVolumeMl(s.vessels[q.id]?.contents ?? v.contents) > 0 && q.id !== p.id);
      if (t.pouredIn && !feeding && liquidVolumeMl(v.contents) <= WET_PAPER_ML + 1e-6) fire('filtered');
    } else if (p.kind === 'evaporating-dish') {
      const r = stepDish(v.contents, dishHeated(setup, p), room.temperatureK, room.pressurePa, dtS);
      t.spatteredG += r.spatteredG;
      if (crystallisedShare(v.contents) >= 0.5) fire('muchSolid');
      if (t.spatteredG > 0) fire('spattering');
    }
  }
}
