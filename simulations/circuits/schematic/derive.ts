/**
 * The circuit diagram of an apparatus (实物图 → 电路图), drawn live beside the bench: each part as its symbol
 * where the part stands (turned as it is), each wire as a line between the symbols' ends. Ids stay the bench's,
 * so the diagram can ask the bench for live state (a lamp lit) and highlight the same parts; a switch or a
 * two-way switch is drawn in its present position. A wire to a second range post of a meter has no end on the
 * symbol and is left out (the checker reports that mistake on the bench itself).
 */
import type { Setup, SetupLink, SetupPart } from '../../bench/setup';
import { SETUP_VERSION } from '../../bench/setup-limits';
import { SCHEMATIC_BENCH, schematicSymbols, symbolOf } from './symbols';

export function schematicOfSetup(setup: Setup): Setup {
  const wired = new Set(setup.links.flatMap((l) => [`${l.from.part}.${l.from.terminal}`, `${l.to.part}.${l.to.terminal}`]));
  const endOf = new Map<string, string>();
  const parts: SetupPart[] = [];
  for (const p of setup.parts) {
    const s = symbolOf(p, wired);
    if (!s) continue;
    for (const [end, terminal] of Object.entries(s.ends)) if (terminal !== null) endOf.set(`${p.id}.${terminal}`, end);
    const def = schematicSymbols.get(s.symbol);
    const props = Object.fromEntries(def.props.map((spec) => [spec.name, p.props[spec.name] ?? spec.default]));
    parts.push({ id: p.id, kind: s.symbol, xM: p.xM, yM: p.yM, rotDeg: p.rotDeg, props, ...(p.hidden ? { hidden: true } : {}) });
  }
  const links: SetupLink[] = [];
  for (const l of setup.links) {
    const a = endOf.get(`${l.from.part}.${l.from.terminal}`), b = endOf.get(`${l.to.part}.${l.to.terminal}`);
    if (a === undefined || b === undefined) continue;
    if (l.from.part === l.to.part && a === b) continue;
    links.push({ id: l.id, from: { part: l.from.part, terminal: a }, to: { part: l.to.part, terminal: b } });
  }
  return { version: SETUP_VERSION, bench: SCHEMATIC_BENCH, title: setup.title, parts, links };
}
