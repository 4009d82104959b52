/**
 * Per-element data for drawing and building molecules: valence electrons (for lone pairs), covalent radius
 * (bond lengths: Cordero et al., Dalton Trans. 2008, 2832), van der Waals radius (space-filling: Bondi,
 * J. Phys. Chem. 1964, 68, 441; H 1.10 Å per Rowland & Taylor 1996) and CPK colour (Jmol colour scheme).
 */
export interface AtomStyle {
  valence: number;
  covalentRadiusA: number;
  vdwRadiusA: number;
  /** CPK/Jmol colour as 0xRRGGBB. */
  color: number;
}

export const ATOM_STYLES: Record<string, AtomStyle> = {
  H: { valence: 1, covalentRadiusA: 0.31, vdwRadiusA: 1.1, color: 0xffffff },
  Be: { valence: 2, covalentRadiusA: 0.96, vdwRadiusA: 1.53, color: 0xc2ff00 },
  B: { valence: 3, covalentRadiusA: 0.84, vdwRadiusA: 1.92, color: 0xffb5b5 },
  C: { valence: 4, covalentRadiusA: 0.76, vdwRadiusA: 1.7, color: 0x909090 },
  N: { valence: 5, covalentRadiusA: 0.71, vdwRadiusA: 1.55, color: 0x3050f8 },
  O: { valence: 6, covalentRadiusA: 0.66, vdwRadiusA: 1.52, color: 0xff0d0d },
  F: { valence: 7, covalentRadiusA: 0.57, vdwRadiusA: 1.47, color: 0x90e050 },
  Si: { valence: 4, covalentRadiusA: 1.11, vdwRadiusA: 2.1, color: 0xf0c8a0 },
  P: { valence: 5, covalentRadiusA: 1.07, vdwRadiusA: 1.8, color: 0xff8000 },
  S: { valence: 6, covalentRadiusA: 1.05, vdwRadiusA: 1.8, color: 0xffff30 },
  Cl: { valence: 7, covalentRadiusA: 1.02, vdwRadiusA: 1.75, color: 0x1ff01f },
  Br: { valence: 7, covalentRadiusA: 1.2, vdwRadiusA: 1.85, color: 0xa62929 },
  I: { valence: 7, covalentRadiusA: 1.39, vdwRadiusA: 1.98, color: 0x940094 },
  Xe: { valence: 8, covalentRadiusA: 1.4, vdwRadiusA: 2.16, color: 0x429eb0 },
};

export function atomStyle(element: string): AtomStyle {
  const s = ATOM_STYLES[element];
  if (!s) throw new Error(`no atom style for '${element}'; known: ${Object.keys(ATOM_STYLES).join(', ')}`);
  return s;
}

/** Bond length estimate, Å: sum of covalent radii, shortened for multiple bonds (C=C 1.32, C≡C 1.19, aromatic 1.41). */
export function bondLengthA(a: string, b: string, order: number): number {
  const single = atomStyle(a).covalentRadiusA + atomStyle(b).covalentRadiusA;
  const factor = order >= 3 ? 0.78 : order >= 2 ? 0.87 : order > 1 ? 0.925 : 1;
  return single * factor;
}
