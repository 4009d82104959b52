/**
 * The checker's verdict in a student's words: which drawings were compared ("the bench" and "your diagram",
 * or "the given diagram" and "your bench"), and the first difference (same-circuit.ts) as a sentence naming
 * the parts by what they are and their designations on each drawing. Also which parts to ring on each side.
 */
import type { ViewI18n } from '../../view';
import type { CircuitComparison, EndRef } from './same-circuit';
import { schematicSymbols } from './symbols';

export type ExerciseDirection = 'draw' | 'build';

const k = (s: string) => `circuits.check.${s}`;

export function checkSentence(r: CircuitComparison, direction: ExerciseDirection, i18n: ViewI18n): string {
  const t = i18n.t;
  const given = t(k(`given.${direction}`)), yours = t(k(`yours.${direction}`));
  const what = (symbol: string) => t(schematicSymbols.get(symbol).labelKey);
  const end = (symbol: string, name: string) => t(schematicSymbols.get(symbol).terminals.find((x) => x.name === name)?.labelKey ?? name);
  const joins = (list: EndRef[]) => (list.length ? list.map((e) => `${what(e.symbol)} ${e.id} (${end(e.symbol, e.end)})`).join(t('circuits.describe.sep.item')) : t(k('nothing')));
  const d = r.difference;
  if (r.same || !d) return t(k('same'), { given });
  switch (d.code) {
    case 'count':
      return t(k('count'), { given, yours, what: what(d.symbol), n: d.given, m: d.yours });
    case 'polarity':
      return t(k('polarity'), { what: what(d.symbol), id: d.yours || d.given });
    case 'extraPost':
      return t(k('extraPost'), { what: what(d.symbol), id: d.given || d.yours, where: d.side === 'given' ? given : yours });
    case 'placement':
      return t(k(d.should === 'series' ? 'series' : 'parallel'), { what: what(d.symbol), id: d.yours, other: `${what(d.other.symbol)} ${d.other.yours}`, yours });
    case 'connection':
      return t(k('connection'), { what: what(d.symbol), id: d.yours, end: end(d.symbol, d.end), given, yours, givenJoins: joins(d.givenJoins), yourJoins: joins(d.yourJoins) });
    case 'undecided':
      return t(k('undecided'));
  }
}

/** The parts to ring on each drawing. */
export function checkHighlights(r: CircuitComparison): { given: string[]; yours: string[] } {
  const d = r.difference;
  if (r.same || !d || d.code === 'undecided') return { given: [], yours: [] };
  if (d.code === 'count') return { given: d.givenParts, yours: d.yourParts };
  if (d.code === 'placement') return { given: [d.given, d.other.given], yours: [d.yours, d.other.yours] };
  return { given: d.given ? [d.given] : [], yours: d.yours ? [d.yours] : [] };
}
