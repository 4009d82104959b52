/**
 * The optics bench's scale marks as SVG path data: each set of tick marks is one `d` string (one element to
 * mount instead of one <line> per mark, which made the close-up rail scale mount in one long task at 4× CPU,
 * issue #22). Same end points and the same numbers as the <line>s they replace; pure, memoised per scale.
 */

/** A numeral beside a scale: where (x, y in the scale's units) and what it reads. */
export interface ScaleLabel {
  x: number;
  y: number;
  text: string;
}

/** Tick marks split by stroke width (a path has one), and the numerals. */
export interface ScaleMarks {
  /** The longer, thicker marks (each centimetre on the rail, each 10° on the disc). */
  major: string;
  /** The rest. */
  minor: string;
  labels: ScaleLabel[];
}

/** Memoises `make` per key, keeping at most `size` entries (the oldest dropped first). */
function memo<K, V>(make: (key: K) => V, size = 64): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = make(key);
      if (cache.size >= size) cache.delete(cache.keys().next().value as K);
      cache.set(key, v);
    }
    return v;
  };
}

const vertical = (x: number, y1: number, y2: number) => `M${x} ${y1}V${y2}`;

/** The close-up rail scale: its width in px, and the millimetres it shows around the pointer. */
export const RAIL_CLOSE_UP = { widthPx: 160, heightPx: 46, spanMm: 40 } as const;

/**
 * The rail scale up close around a pointer at `atMm` (mm along the rail, 0–1000): a mark each millimetre
 * from the top edge (7 px long, 11 at each 5 mm, 16 at each cm), a numeral (cm) under each cm mark.
 */
export const railCloseUpMarks = memo((atMm: number): ScaleMarks => {
  const { widthPx: W, spanMm } = RAIL_CLOSE_UP;
  const pxPerMm = W / spanMm;
  const first = Math.ceil(atMm - spanMm / 2);
  const major: string[] = [];
  const minor: string[] = [];
  const labels: ScaleLabel[] = [];
  for (let t = first; t <= first + spanMm; t++) {
    if (t < 0 || t > 1000) continue;
    const x = W / 2 + (t - atMm) * pxPerMm;
    if (t % 10 === 0) {
      major.push(vertical(x, 4, 4 + 16));
      labels.push({ x, y: 31, text: String(t / 10) });
    } else minor.push(vertical(x, 4, 4 + (t % 5 === 0 ? 11 : 7)));
  }
  return { major: major.join(''), minor: minor.join(''), labels };
});

/** The rail on the table (metres, centred): a mark each centimetre along its front edge, all one width. */
export const RAIL_MARKS: { d: string; labels: ScaleLabel[] } = (() => {
  const d: string[] = [];
  const labels: ScaleLabel[] = [];
  for (let i = 0; i <= 100; i++) {
    const x = -0.5 + i * 0.01;
    d.push(vertical(x, 0.016, 0.016 + (i % 10 === 0 ? 0.011 : i % 5 === 0 ? 0.008 : 0.005)));
    if (i % 10 === 0) labels.push({ x, y: 0.0335, text: String(i) });
  }
  return { d: d.join(''), labels };
})();

/** Where the disc's scale is: its centre O (y; x is 0) and radius, in metres. */
export interface DiscScale {
  oY: number;
  radiusM: number;
  /** x multiplied by this on the half turned away (x < 0: -1, x > 0: 1); 0 when not folded. */
  foldedSide: -1 | 0 | 1;
}

/**
 * The reflection disc's protractor: a mark each degree from −90° to 90° inward from the rim (4 mm, 8 at each
 * 5°, 12 at each 10°), a numeral (|angle|) at each 10°. The half turned away when folded is squeezed to 0.35.
 */
export const discMarks = memo(
  (key: string): ScaleMarks => {
    const [oY, R, side] = key.split(' ').map(Number);
    const at = (deg: number, r: number) => ({ x: r * Math.sin((deg * Math.PI) / 180), y: oY - r * Math.cos((deg * Math.PI) / 180) });
    const squeeze = (x: number) => (side !== 0 && Math.sign(x) === side ? x * 0.35 : x);
    const major: string[] = [];
    const minor: string[] = [];
    const labels: ScaleLabel[] = [];
    for (let d = -90; d <= 90; d++) {
      const a = at(d, R);
      const b = at(d, R - (d % 10 === 0 ? 0.012 : d % 5 === 0 ? 0.008 : 0.004));
      (d % 10 === 0 ? major : minor).push(`M${squeeze(a.x)} ${a.y}L${squeeze(b.x)} ${b.y}`);
      if (d % 10 === 0) {
        const c = at(d, R - 0.019);
        labels.push({ x: squeeze(c.x), y: c.y + 0.003, text: String(Math.abs(d)) });
      }
    }
    return { major: major.join(''), minor: minor.join(''), labels };
  },
  8,
);

/** The disc's marks for a scale (memoised per O, radius and folded side). */
export const discScaleMarks = (s: DiscScale): ScaleMarks => discMarks(`${s.oY} ${s.radiusM} ${s.foldedSide}`);
