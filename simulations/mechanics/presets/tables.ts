/** The table each mechanics preset stands on (metres, seen from the side: its bottom edge is the floor), and the room its instruments up close take under it (pixels). */
export interface MechanicsTable {
  widthM: number;
  heightM: number;
  belowPx: number;
}

const TABLES: Record<string, MechanicsTable> = {
  'mechanics-balance': { widthM: 0.8, heightM: 0.4, belowPx: 620 },
  'mechanics-density': { widthM: 0.96, heightM: 0.45, belowPx: 620 },
  'mechanics-force-gauge': { widthM: 0.6, heightM: 0.5, belowPx: 560 },
  'mechanics-lever': { widthM: 0.9, heightM: 0.55, belowPx: 520 },
  'mechanics-buoyancy': { widthM: 0.6, heightM: 0.55, belowPx: 560 },
  'mechanics-archimedes': { widthM: 0.8, heightM: 0.55, belowPx: 560 },
  'mechanics-pressure': { widthM: 0.7, heightM: 0.5, belowPx: 560 },
  'mechanics-two-force': { widthM: 0.7, heightM: 0.4, belowPx: 300 },
  'mechanics-friction': { widthM: 0.9, heightM: 0.3, belowPx: 560 },
  'mechanics-speed': { widthM: 0.95, heightM: 0.3, belowPx: 480 },
  'mechanics-ruler-watch': { widthM: 0.55, heightM: 0.25, belowPx: 480 },
  'mechanics-cart-velocity': { widthM: 1.15, heightM: 0.34, belowPx: 360 },
  'mechanics-cart-force': { widthM: 1.15, heightM: 0.34, belowPx: 360 },
  'mechanics-spring': { widthM: 0.6, heightM: 0.7, belowPx: 300 },
  'mechanics-force-composition': { widthM: 0.8, heightM: 0.6, belowPx: 360 },
  'mechanics-centripetal': { widthM: 0.6, heightM: 0.4, belowPx: 340 },
  'mechanics-energy': { widthM: 1.0, heightM: 1.1, belowPx: 380 },
  'mechanics-length': { widthM: 0.55, heightM: 0.25, belowPx: 420 },
};

export function tableOf(presetId: string): MechanicsTable {
  return TABLES[presetId] ?? { widthM: 0.9, heightM: 0.5, belowPx: 600 };
}
