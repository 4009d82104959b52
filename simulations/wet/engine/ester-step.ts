/**
 * A step of the ester chemistry in test tubes (../chem/esterification.ts), after the vessels have reacted and warmed
 * (./vessels.ts): the catalysed equilibrium, hydrolysis and saponification in each tube that holds acetic acid and
 * ethanol or ester; and a tube of them heated past its bubble point boils: the heat above it vaporises the liquid (Raoult)
 * and the vapour, condensed in the long delivery tube, runs into the receiver at its end (a test tube), or is lost
 * from an open tube. Mistakes with their consequences:
 * - no broken porcelain (沸石): the liquid superheats and bumps (暴沸) every few seconds of boiling, throwing 2 % of the
 *   hot mixture (with its sulfuric acid) up the tube into the receiver (event bumping);
 * - the delivery tube's end dipped into the receiver's liquid: once the tube has boiled its gas space is vapour; when the
 *   heating falters (the lamp out or moved, 3 °C below the boil) the vapour condenses and the receiver's liquid runs back up
 *   the tube (its 4.8 mL, ../gas-train.ts) and into the hot mixture (event suckBack; 倒吸, as with gas collected over water);
 * - heated strongly, the vapour comes faster than the delivery tube can condense it and leaves uncondensed (less ester
 *   collected), and the tube soon boils dry.
 * Events: esterLayer (an oily layer floats on the receiver's liquid), bumping, suckBack, layerGone (a hydrolysis tube's
 * ester layer is gone).
 */
import type { SetupPart } from '../../bench/setup';
import { addInto, amountOf, changeAmount, heatCapacityJPerK, liquidVolumeMl, takeLiquidShare } from '../chem/contents';
import { boilOff, bubblePointK, ESTER, esterLayerMl, esterOf, esterStep, ETHANOL } from '../chem/esterification';
import { molarMassOf, species } from '../chem/species';
import { DELIVERY_TUBE_ML, deliveryOf, type DistilState, type VesselState } from '../gas-train';
import { heatingOf, TUBE_GLASS_J_PER_K } from '../heating';
import { capacityMl } from '../reagents';
import type { Fire, WetBench } from './state';

/** Seconds of boiling without broken porcelain between two bumps, and the share of the liquid each throws out (estimates). */
export const BUMP_EVERY_S = 6;
export const BUMP_SHARE = 0.02;
/** Vapour lost uncondensed beyond this (mL as liquid) means it was heated too strongly (the bench says so). */
export const ESCAPED_WARN_ML = 0.05;
/**
 * What the long delivery tube can condense, W (导管兼起冷凝作用): natural convection, h ≈ 10 W/(m²·K), over its 50 cm of 6 mm
 * glass (0.0094 m²) about 60 K above the room (an estimate). Vapour coming faster leaves its end uncondensed: lost.
 */
export const CONDENSER_W = 5.6;
/** The vapour has condensed when the liquid is this far below its bubble point, K. */
const CONDENSED_BELOW_K = 3;

const ACETIC_OR_ESTER = ['CH3COOH(l)', 'CH3COOH(aq)', ESTER, 'CH3COOC2H5(aq)'];

const freshDistil = (): DistilState => ({ distilledMl: 0, rateMlPerMin: 0, superheatS: 0, bumps: 0, vapourFilled: false, suckedBackMl: 0 });

/** A tube whose liquid holds the ester's system (acetic acid with ethanol, or ester). */
export function holdsEsterSystem(v: VesselState): boolean {
  const c = v.contents;
  return esterOf(c) > 0 || (ACETIC_OR_ESTER.some((id) => amountOf(c, id) > 0) && amountOf(c, ETHANOL) > 0);
}

const volatileOrganic = (v: VesselState) => amountOf(v.contents, ETHANOL) + esterOf(v.contents) + amountOf(v.contents, 'CH3COOH(l)') > 0;

export function stepEsters(b: WetBench, dtS: number, fire: Fire): void {
  for (const p of b.setup.parts) {
    const v = b.s.vessels[p.id];
    if (p.kind !== 'test-tube' || !v || v.cracked || !holdsEsterSystem(v)) continue;
    esterStep(v.contents, dtS, amountOf(v.contents, 'Na2CO3(aq)') > 0);
    // A layer forming where none was poured (the receiver), and a poured-on layer (the hydrolysis tubes) gone.
    const poured = Number(p.props.esterMl ?? 0) > 0;
    if (!poured && esterLayerMl(v.contents) > 0.05) fire('esterLayer');
    if (poured && esterLayerMl(v.contents) < 0.02) fire('layerGone');
    if (volatileOrganic(v)) distil(b, p, v, dtS, fire);
  }
}

function distil(b: WetBench, p: SetupPart, v: VesselState, dtS: number, fire: Fire): void {
  const c = v.contents;
  const d = (v.distil ??= freshDistil());
  const tb = bubblePointK(c, b.room.pressurePa);
  const delivery = deliveryOf(b.setup, p.id);
  const target = delivery ? b.setup.parts.find((q) => q.id === delivery.to.part) : undefined;
  const receiver = target?.kind === 'test-tube' ? b.s.vessels[target.id] : undefined;
  const into = receiver && !receiver.cracked ? receiver.contents : null;
  let ml = 0;
  if (c.temperatureK > tb) {
    // The heat above the boil goes into vapour; the liquid stays at its bubble point.
    const excessJ = (heatCapacityJPerK(c) + TUBE_GLASS_J_PER_K) * (c.temperatureK - tb);
    c.temperatureK = tb;
    const out = boilOff(c, tb, excessJ);
    // The long delivery tube condenses what the air around it can take (CONDENSER_W); the rest leaves uncondensed.
    const condensed = Math.min(1, (CONDENSER_W * dtS) / excessJ);
    for (const [id, mol] of Object.entries(out)) {
      const vol = (mol * molarMassOf(id)) / (species(id).densityGPerMl ?? 1.05);
      ml += vol * condensed;
      d.escapedMl = (d.escapedMl ?? 0) + vol * (1 - condensed);
      if (into) changeAmount(into, id, mol * condensed);
    }
    d.vapourFilled = true;
    if (p.props.chips !== true) {
      d.superheatS += dtS;
      if (d.superheatS >= BUMP_EVERY_S) {
        d.superheatS = 0;
        d.bumps++;
        fire('bumping');
        const thrown = takeLiquidShare(c, BUMP_SHARE);
        ml += liquidVolumeMl(thrown);
        if (into) addInto(into, thrown);
      }
    }
  }
  d.distilledMl += ml;
  d.rateMlPerMin += ((ml / dtS) * 60 - d.rateMlPerMin) * (1 - Math.exp(-dtS / 5));
  // The vapour in its gas space condenses when the heating falters: with the tube's end under the receiver's liquid, that
  // liquid is drawn back up the tube and, past its 4.8 mL, into the hot mixture (倒吸).
  const cooling = c.temperatureK < tb - CONDENSED_BELOW_K || heatingOf(b.setup, p).powerW === 0;
  if (d.vapourFilled && cooling) {
    d.vapourFilled = false;
    const dipped = delivery?.to.terminal === 'dip' && into && liquidVolumeMl(into) > 0;
    if (dipped) {
      const gasSpaceMl = capacityMl('test-tube') - liquidVolumeMl(c);
      v.drawnBackMl = Math.min(DELIVERY_TUBE_ML, gasSpaceMl);
      const backMl = Math.min(liquidVolumeMl(into), gasSpaceMl - DELIVERY_TUBE_ML);
      if (backMl > 0) {
        const back = takeLiquidShare(into, backMl / liquidVolumeMl(into));
        addInto(c, back);
        d.suckedBackMl += backMl;
        fire('suckBack');
      }
    }
  }
}
