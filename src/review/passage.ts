/**
 * Where a comment's quoted passage is in a cell's text as shown now: the quote is searched in the
 * cell's text nodes (formulas and teammates' caret labels left out, as the quote was taken from plain
 * text), ignoring line breaks and runs of white space, so it is found as long as those words are still
 * there. `locateQuote` is the pure search over the text pieces; `passageRange` walks the DOM.
 */

export interface QuoteSpan {
  start: { piece: number; offset: number };
  end: { piece: number; offset: number };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The quote's position in `pieces` (texts in document order, read as one string), or null. */
export function locateQuote(pieces: readonly string[], quote: string): QuoteSpan | null {
  const wanted = squash(quote).trim();
  if (!wanted) return null;
  // the joined text with runs of white space squashed, and for each of its characters, where it came from
  let text = '';
  const from: { piece: number; offset: number }[] = [];
  let lastWasSpace = false;
  pieces.forEach((p, piece) => {
    for (let offset = 0; offset < p.length; offset++) {
      const space = /\s/.test(p[offset]);
      if (space && lastWasSpace) continue;
      text += space ? ' ' : p[offset];
      from.push({ piece, offset });
      lastWasSpace = space;
    }
  });
  const at = text.indexOf(wanted);
  if (at < 0) return null;
  const last = from[at + wanted.length - 1];
  return { start: from[at], end: { piece: last.piece, offset: last.offset + 1 } };
}

const SKIP = '.math-inline, .math-display, .display-math, math, .katex, .caret, .math-source';

/** A DOM range over the quote's first occurrence under `root`, or null when the words are not there any more. */
export function passageRange(root: Element, quote: string): Range | null {
  const nodes: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const span = locateQuote(nodes.map((n) => n.data), quote);
  if (!span) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(nodes[span.start.piece], span.start.offset);
  range.setEnd(nodes[span.end.piece], span.end.offset);
  return range;
}
