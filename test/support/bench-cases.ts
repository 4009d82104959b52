/**
 * The bench setups the browser benches measure (bench-frames, lab-speed): the presets that move most, some opened
 * from a shared link with a setup of their own (a dense ladder of 61 parts, the transformer switched on, the cart let
 * go, the titration's tap open, 30 vessels). One list, so the benches measure the same pages.
 */
import { encodeSetup } from '../../simulations/bench/share';
import type { Setup } from '../../simulations/bench/setup';
import { circuitSetup, part } from '../../simulations/circuits/presets/layout';
import { transformerPreset } from '../../simulations/circuits/presets/transformer';
import { cartForcePreset } from '../../simulations/mechanics/presets/cart-force';
import { mechanicsSetup, part as mechanicsPart } from '../../simulations/mechanics/presets/layout';
import { titrationPreset } from '../../simulations/wet/presets/titration';
import { titrationRowSetup } from './wet-30-vessels';

export type BenchKind = 'circuits' | 'optics' | 'mechanics' | 'wet';

export interface BenchCase {
  /** Short and stable, for picking cases (lab-speed's default list). */
  id: string;
  bench: BenchKind;
  name: string;
  /** Path and `?bench` query (and a `#setup=` fragment when the case is not a preset as it opens). */
  path: string;
}

/** The B1.4 cart running: a 1 kg cart let go on the balanced board with 20 g hung, its tape printing for about 2.9 s. */
function runningCartSetup(): Setup {
  const s = cartForcePreset.setup;
  const parts = s.parts.map((p) => (p.id === 'CT1' ? mechanicsPart('CT1', 'cart-track', p.xM, p.yM, { ...p.props, cartMassG: 1000, tiltDeg: 1.72, start: 'released' }) : p));
  return mechanicsSetup(cartForcePreset.id, 'Cart running', parts, [{ id: 't', from: { part: 'CT1', terminal: 'hook' }, to: { part: 'H1', terminal: 'ring' } }]);
}

/** A ladder: supply → (bulb, resistor) × 30 in series–parallel rungs, every node wired. */
function denseSetup(): Setup {
  const parts = [part('U1', 'dc-supply', 0.06, 0.08, { voltageV: 12 }), part('S1', 'switch', 0.06, 0.25, { closed: true })];
  const links: Setup['links'] = [{ id: 'w1', from: { part: 'U1', terminal: '+' }, to: { part: 'S1', terminal: 'a' } }];
  let prev = { part: 'S1', terminal: 'b' };
  for (let i = 1; i <= 30; i++) {
    const col = (i - 1) % 10, row = Math.floor((i - 1) / 10);
    parts.push(part(`R${i}`, 'resistor', 0.2 + col * 0.08, 0.08 + row * 0.18, { resistanceOhm: 5 + i }));
    parts.push(part(`L${i}`, 'bulb', 0.2 + col * 0.08, 0.16 + row * 0.18, { ratedVoltageV: 6, ratedPowerW: 1 }));
    links.push({ id: `a${i}`, from: prev, to: { part: `R${i}`, terminal: 'a' } });
    links.push({ id: `b${i}`, from: { part: `R${i}`, terminal: 'b' }, to: { part: `L${i}`, terminal: 'a' } });
    links.push({ id: `c${i}`, from: { part: `L${i}`, terminal: 'b' }, to: { part: 'U1', terminal: '-' } });
    prev = { part: `R${i}`, terminal: 'b' };
  }
  return circuitSetup('Dense ladder', parts, links);
}

/** The transformer preset with its supply switched on: 50 Hz AC stepped in 40 sub-steps a cycle. */
function poweredTransformerSetup(): Setup {
  return { ...transformerPreset.setup, parts: transformerPreset.setup.parts.map((p) => (p.kind === 'student-supply' ? { ...p, props: { ...p.props, on: true } } : p)) };
}

/** The titration preset with its tap open (fast). */
function titratingSetup(): Setup {
  return { ...titrationPreset.setup, parts: titrationPreset.setup.parts.map((p) => (p.kind === 'burette' ? { ...p, props: { ...p.props, tap: 'fast' } } : p)) };
}

/** Every case, circuits first. */
export async function benchCases(): Promise<BenchCase[]> {
  const shared = async (id: string, setup: Setup) => `/labs/${id}?bench#setup=${await encodeSetup(setup)}`;
  return [
    { id: 'circuit-series-parallel', bench: 'circuits', name: 'circuits bench: series–parallel preset', path: '/labs/circuit-series-parallel?bench' },
    { id: 'circuit-dense-ladder', bench: 'circuits', name: 'circuits bench: dense ladder (61 parts, 92 wires)', path: await shared('circuit-ohms-law', denseSetup()) },
    { id: 'circuit-multimeter', bench: 'circuits', name: 'circuits bench: multimeter preset (Ω dial, diode, live circuit)', path: '/labs/circuit-multimeter?bench' },
    { id: 'circuit-transformer-on', bench: 'circuits', name: 'circuits bench: transformer preset switched on (AC, 0.5 ms sub-steps)', path: await shared('circuit-transformer', poweredTransformerSetup()) },
    { id: 'optics-convex-lens', bench: 'optics', name: 'optics bench: convex lens preset', path: '/labs/optics-convex-lens?bench' },
    { id: 'mechanics-friction', bench: 'mechanics', name: 'mechanics bench: friction preset (block pulled along the board)', path: '/labs/mechanics-friction?bench' },
    { id: 'mechanics-density', bench: 'mechanics', name: 'mechanics bench: density preset (balance and cylinders)', path: '/labs/mechanics-density?bench' },
    { id: 'mechanics-cart-running', bench: 'mechanics', name: 'mechanics bench: cart and ticker tape (cart running, tape printing)', path: await shared('mechanics-cart-force', runningCartSetup()) },
    { id: 'mechanics-length', bench: 'mechanics', name: 'mechanics bench: length preset (caliper and micrometer with their scales up close)', path: '/labs/mechanics-length?bench' },
    { id: 'mechanics-energy', bench: 'mechanics', name: 'mechanics bench: energy preset (falling weight, tape up close)', path: '/labs/mechanics-energy?bench' },
    { id: 'mechanics-force-composition', bench: 'mechanics', name: 'mechanics bench: force composition preset (the knot between band and two gauges)', path: '/labs/mechanics-force-composition?bench' },
    { id: 'mechanics-centripetal', bench: 'mechanics', name: 'mechanics bench: centripetal preset (apparatus and its columns)', path: '/labs/mechanics-centripetal?bench' },
    { id: 'wet-boiling', bench: 'wet', name: 'wet bench: boiling preset (lamp, beaker, thermometer)', path: '/labs/wet-boiling?bench' },
    { id: 'wet-oxygen', bench: 'wet', name: 'wet bench: oxygen preset (heated tube, gas over water)', path: '/labs/wet-oxygen?bench' },
    { id: 'wet-titration-tap-open', bench: 'wet', name: 'wet bench: titration preset, tap open', path: await shared('wet-titration', titratingSetup()) },
    { id: 'wet-30-vessels', bench: 'wet', name: 'wet bench: 30 vessels (15 burettes into 15 flasks, every tap open)', path: await shared('wet-titration', titrationRowSetup()) },
    { id: 'wet-combustion', bench: 'wet', name: 'wet bench: combustion preset (phosphorus on a copper plate over hot water)', path: '/labs/wet-combustion?bench' },
    { id: 'wet-coarse-salt', bench: 'wet', name: 'wet bench: coarse-salt preset (balance, beaker, funnel, dish, lamp)', path: '/labs/wet-coarse-salt?bench' },
  ];
}
