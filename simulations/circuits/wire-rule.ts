/**
 * The metre rule beside the resistance wire on its board, as SVG path data: its 51 cm marks as one `d` string
 * (one element to mount instead of a <line> per mark, issue #22), measured down from the rule's top edge
 * (y 0) and across from the wire's fixed end (x 0), with a numeral each 10 cm. Pure, built once.
 */
import { WIRE_BOARD } from './parts/resistance-wire';

export const WIRE_RULE_MARKS: { d: string; labels: { x: number; y: number; text: string }[] } = (() => {
  const d: string[] = [];
  const labels: { x: number; y: number; text: string }[] = [];
  for (let cm = 0; cm <= Math.round(WIRE_BOARD.ruleM * 100); cm++) {
    d.push(`M${cm / 100} 0V${cm % 10 === 0 ? 0.01 : cm % 5 === 0 ? 0.007 : 0.005}`);
    if (cm % 10 === 0) labels.push({ x: cm / 100 + 0.001, y: 0.015, text: String(cm) });
  }
  return { d: d.join(''), labels };
})();
