/** The table each optics preset is laid out on (metres): a sheet of paper for the pins, the bench for the rail. */
const TABLES: Record<string, { widthM: number; heightM: number }> = {
  'optics-reflection': { widthM: 0.5, heightM: 0.3 },
  'optics-plane-mirror': { widthM: 0.6, heightM: 0.4 },
  'optics-convex-lens': { widthM: 1.2, heightM: 0.34 },
  'optics-refraction-glass': { widthM: 0.45, heightM: 0.32 },
  'optics-double-slit': { widthM: 1.2, heightM: 0.3 },
};

export function tableOf(presetId: string): { widthM: number; heightM: number } {
  return TABLES[presetId] ?? { widthM: 1.2, heightM: 0.6 };
}
