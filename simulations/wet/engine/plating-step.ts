/**
 * A step of an electrolytic cell on the bench (../electroplating.ts): two strips dipped in one beaker, each clip wired
 * to a post of the same supply. The strip on `+` is the anode and dissolves (M − 2e⁻ = M²⁺), the one on `−` the
 * cathode and takes copper from the solution (Cu²⁺ + 2e⁻ = Cu), both at I/(2F): on its clean share the copper holds,
 * on its oily share it lies loose (./cell-step.ts drops it when the strip is lifted out). A graphite rod does not
 * dissolve: on + it gives oxygen (2H₂O − 4e⁻ = O₂↑ + 4H⁺, I/(4F)); a cathode in a solution without Cu²⁺ gives hydrogen
 * (2H₂O + 2e⁻ = H₂↑ + 2OH⁻, I/(2F)); a graphite rod keeps the first of its gas in its pores (../fuel-cell.ts). The
 * water these use (a few micromoles) is not taken from the beaker.
 */
import type { SetupPart } from '../../bench/setup';
import { amountOf, changeAmount } from '../chem/contents';
import { faradayMol, supplyCurrentA } from '../electroplating';
import { holdGas } from '../fuel-cell';
import type { VesselState } from '../gas-train';
import type { StripState } from './cell-step';
import { wiredTo } from './places';
import type { Fire, WetBench } from './state';

/** The sulfate each anode metal goes into the solution as. */
const ANODE_ION: Record<string, string> = { zinc: 'ZnSO4(aq)', copper: 'CuSO4(aq)', iron: 'FeSO4(aq)' };

export interface SuppliedCell {
  supply: SetupPart;
  anode: SetupPart;
  cathode: SetupPart;
}

/** Strips `x` and `y` wired one to a supply's `+`, the other to the same supply's `−`, or null. */
export function suppliedCell(b: WetBench, x: SetupPart, y: SetupPart): SuppliedCell | null {
  const post = (strip: SetupPart) => wiredTo(b, strip.id).filter((e) => b.setup.parts.some((p) => p.id === e.part && p.kind === 'dc-supply'));
  for (const e of post(x)) {
    const f = post(y).find((g) => g.part === e.part && g.terminal !== e.terminal);
    if (!f) continue;
    const supply = b.setup.parts.find((p) => p.id === e.part);
    if (supply) return e.terminal === '+' ? { supply, anode: x, cathode: y } : { supply, anode: y, cathode: x };
  }
  return null;
}

export function stepPlating(b: WetBench, cell: SuppliedCell, v: VesselState, dtS: number, fire: Fire): void {
  const { supply, anode, cathode } = cell;
  const currentA = supplyCurrentA(Number(supply.props.currentA), supply.props.on === true, v.contents);
  if (b.s.meters[supply.id]) b.s.meters[supply.id].currentA = currentA;
  if (!(currentA > 0)) return;
  fire('currentFlows');
  const n = faradayMol(currentA * dtS);
  const a = b.s.strips[anode.id], c = b.s.strips[cathode.id];
  const anodeMetal = String(anode.props.metal);
  if (b.s.meters[supply.id]) b.s.meters[supply.id].chargeC = (b.s.meters[supply.id].chargeC ?? 0) + currentA * dtS;
  if (anodeMetal === 'graphite') {
    const o = holdGas(a.o2HeldMol ?? 0, n / 2, 'O2');
    a.o2HeldMol = o.held;
    a.o2Mol = (a.o2Mol ?? 0) + o.bubbled;
    a.o2MolPerS = o.bubbled / dtS;
  } else plateOff(a, n, v, anodeMetal, fire);
  // The cathode takes what copper the solution has; hydrogen for the rest.
  const cu = Math.min(n, amountOf(v.contents, 'CuSO4(aq)'));
  changeAmount(v.contents, 'CuSO4(aq)', -cu);
  const oily = c.greaseLeft ?? 0;
  c.platedMol = (c.platedMol ?? 0) + cu * (1 - oily);
  c.looseMol = (c.looseMol ?? 0) + cu * oily;
  if (n - cu > 0) {
    const h = cathode.props.metal === 'graphite' ? holdGas(c.h2HeldMol ?? 0, n - cu, 'H2') : { held: c.h2HeldMol ?? 0, bubbled: n - cu };
    c.h2HeldMol = h.held;
    c.h2Mol += h.bubbled;
    c.h2MolPerS = (c.h2MolPerS ?? 0) + h.bubbled / dtS;
    if (h.bubbled > 0) fire('gasOnRods');
  }
  if (cathode.props.metal === 'iron' && (c.platedMol ?? 0) + (c.looseMol ?? 0) > 1e-5) fire('copperOnPiece');
}

/** A metal anode dissolves: its copper coat first, then its metal. */
function plateOff(a: StripState, n: number, v: VesselState, anodeMetal: string, fire: Fire): void {
  const fromCoat = Math.min(n, a.platedMol ?? 0);
  a.platedMol = (a.platedMol ?? 0) - fromCoat;
  changeAmount(v.contents, 'CuSO4(aq)', fromCoat);
  a.metalMol = Math.max(0, a.metalMol - (n - fromCoat));
  changeAmount(v.contents, ANODE_ION[anodeMetal], n - fromCoat);
  if (anodeMetal === 'iron' && n - fromCoat > 0) fire('pieceDissolves');
}
