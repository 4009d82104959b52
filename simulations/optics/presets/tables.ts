/**
 * The table each optics preset is laid out on (metres: a sheet of paper for the pins, the bench for the
 * rail), and the room its instruments up close and the inspector take under it (pixels).
 */
export interface OpticsTable {
  widthM: number;
  heightM: number;
  belowPx: number;
}

const TABLES: Record<string, OpticsTable> = {
  'optics-reflection': { widthM: 0.5, heightM: 0.3, belowPx: 520 },
  'optics-plane-mirror': { widthM: 0.6, heightM: 0.4, belowPx: 700 },
  'optics-convex-lens': { widthM: 1.2, heightM: 0.34, belowPx: 720 },
  'optics-refraction-glass': { widthM: 0.45, heightM: 0.32, belowPx: 720 },
  'optics-double-slit': { widthM: 1.2, heightM: 0.3, belowPx: 600 },
};

export function tableOf(presetId: string): OpticsTable {
  return TABLES[presetId] ?? { widthM: 1.2, heightM: 0.6, belowPx: 720 };
}
