/**
 * The molecule library: atoms, bonds (with order), formal charges, and for a few molecules the experimental
 * central bond angle and bond length that VSEPR only predicts qualitatively ("lone pairs squeeze the bonds").
 * Experimental values: CRC Handbook of Chemistry and Physics, "Structure of Free Molecules in the Gas Phase";
 * NIST CCCBDB; the sources named at each entry. Atom 0 is the central atom whose VSEPR shape is reported.
 */
export type BondSpec = [a: number, b: number, order?: number];

/**
 * Measured geometry of a central atom with lone pairs in a trigonal bipyramid or octahedron, which VSEPR
 * only says is "squeezed": the lone pairs push the bonds away, and axial bonds are longer. Ligands are the
 * bonds of atom 0 in library order.
 */
export type MeasuredCentre =
  /** AX4E (SF4): ligands 1–2 equatorial, 3–4 axial; the lone pair is equatorial. */
  | { shape: 'seesaw'; equatorialAngleDeg: number; axialAngleDeg: number; equatorialBondA: number; axialBondA: number }
  /** AX3E2 (ClF3): ligand 1 equatorial, 2–3 axial; both lone pairs are equatorial. */
  | { shape: 't-shaped'; axialEquatorialAngleDeg: number; equatorialBondA: number; axialBondA: number }
  /** AX5E (BrF5): ligand 1 apical, 2–5 basal; the lone pair is opposite the apical ligand. */
  | { shape: 'square-pyramidal'; apicalBasalAngleDeg: number; apicalBondA: number; basalBondA: number };

export interface MoleculeSpec {
  id: string;
  /** Formula for display (not translated). */
  formula: string;
  atoms: string[];
  bonds: BondSpec[];
  /** Formal charges by atom index (lone pairs = (valence − Σ bond orders − formal charge) / 2). */
  charges?: Record<number, number>;
  /** Experimental X–A–X angle at atom 0 (only for AX2E, AX2E2, AX3E), degrees. */
  centralAngleDeg?: number;
  /** Experimental length of the bonds at atom 0, Å. */
  centralBondA?: number;
  /** Measured angles and bond lengths at atom 0 for AX4E, AX3E2 and AX5E (instead of VSEPR's ideal ones). */
  measured?: MeasuredCentre;
  /**
   * The bonds at atom 0 are one delocalised set (resonance): `bonds` gives one Lewis structure, used to count
   * lone pairs; the molecule is drawn and measured with every central bond at the mean order and the
   * length `centralBondA`.
   */
  delocalised?: true;
  /** A ring placed first: a planar hexagon (benzene) or a chair (pyranose). */
  ring?: { atoms: number[]; kind: 'planar' | 'chair' };
}

const H = (n: number) => Array<string>(n).fill('H');
const star = (center: string, ligand: string, n: number, order = 1): Pick<MoleculeSpec, 'atoms' | 'bonds'> => ({
  atoms: [center, ...Array<string>(n).fill(ligand)],
  bonds: Array.from({ length: n }, (_, i) => [0, i + 1, order] as BondSpec),
});

export const MOLECULES: readonly MoleculeSpec[] = [
  { id: 'water', formula: 'H₂O', ...star('O', 'H', 2), centralAngleDeg: 104.5, centralBondA: 0.958 },
  { id: 'ammonia', formula: 'NH₃', ...star('N', 'H', 3), centralAngleDeg: 107.0, centralBondA: 1.012 },
  { id: 'methane', formula: 'CH₄', ...star('C', 'H', 4), centralBondA: 1.087 },
  { id: 'carbon-dioxide', formula: 'CO₂', ...star('C', 'O', 2, 2), centralBondA: 1.16 },
  { id: 'boron-trifluoride', formula: 'BF₃', ...star('B', 'F', 3), centralBondA: 1.307 },
  { id: 'sulfur-hexafluoride', formula: 'SF₆', ...star('S', 'F', 6), centralBondA: 1.561 },
  { id: 'phosphorus-pentachloride', formula: 'PCl₅', ...star('P', 'Cl', 5) },
  { id: 'xenon-tetrafluoride', formula: 'XeF₄', ...star('Xe', 'F', 4), centralBondA: 1.95 },
  {
    // Microwave structure: Tolles & Gwinn, J. Chem. Phys. 36, 1119 (1962) (angles); lengths as quoted by
    // Holleman & Wiberg, Inorganic Chemistry (2001): S–F(eq) 154.2 pm, S–F(ax) 164.3 pm.
    id: 'sulfur-tetrafluoride', formula: 'SF₄', ...star('S', 'F', 4),
    measured: { shape: 'seesaw', equatorialAngleDeg: 101.6, axialAngleDeg: 173.1, equatorialBondA: 1.542, axialBondA: 1.643 },
  },
  {
    // Microwave structure: D. F. Smith, J. Chem. Phys. 21, 609 (1953): Cl–F 1.598 Å (eq), 1.698 Å (ax), 87°29′.
    id: 'chlorine-trifluoride', formula: 'ClF₃', ...star('Cl', 'F', 3),
    measured: { shape: 't-shaped', axialEquatorialAngleDeg: 87.5, equatorialBondA: 1.598, axialBondA: 1.698 },
  },
  { id: 'xenon-difluoride', formula: 'XeF₂', ...star('Xe', 'F', 2), centralBondA: 1.977 },
  {
    // Microwave structure (Robiette, Bradley & Brier 1971, as listed in the CRC Handbook, "Structure of Free
    // Molecules in the Gas Phase"): Br–F 1.689 Å apical, 1.774 Å basal, F(ap)–Br–F(bas) 84.8°.
    id: 'bromine-pentafluoride', formula: 'BrF₅', ...star('Br', 'F', 5),
    measured: { shape: 'square-pyramidal', apicalBasalAngleDeg: 84.8, apicalBondA: 1.689, basalBondA: 1.774 },
  },
  { id: 'iodine-heptafluoride', formula: 'IF₇', ...star('I', 'F', 7) },
  { id: 'triiodide', formula: 'I₃⁻', ...star('I', 'I', 2), charges: { 0: -1 } },
  { id: 'beryllium-chloride', formula: 'BeCl₂', ...star('Be', 'Cl', 2) },
  { id: 'hydrogen-sulfide', formula: 'H₂S', ...star('S', 'H', 2), centralAngleDeg: 92.1, centralBondA: 1.336 },
  { id: 'phosphine', formula: 'PH₃', ...star('P', 'H', 3), centralAngleDeg: 93.3, centralBondA: 1.42 },
  { id: 'sulfur-dioxide', formula: 'SO₂', ...star('S', 'O', 2, 2), centralAngleDeg: 119.3, centralBondA: 1.431 },
  { id: 'ozone', formula: 'O₃', atoms: ['O', 'O', 'O'], bonds: [[0, 1, 2], [0, 2, 1]], charges: { 0: 1, 2: -1 }, centralAngleDeg: 116.8, centralBondA: 1.272 },
  { id: 'ammonium', formula: 'NH₄⁺', ...star('N', 'H', 4), charges: { 0: 1 } },
  // Resonance hybrids: three (four) equal bonds of order 4/3 (3/2). Lengths: C–O 128.8 and 128.3 pm in aragonite
  // (Dickens & Bowen, J. Res. NBS 75A, 27 (1971)); N–O 124.1 and 124.7 pm in KNO₃ at 25 °C (neutron
  // diffraction, Nimmo & Lucas, J. Phys. C 6, 201 (1973), from the published coordinates); S–O 149 pm in
  // sulfates (against 157 pm for S–OH in H₂SO₄).
  { id: 'carbonate', formula: 'CO₃²⁻', atoms: ['C', 'O', 'O', 'O'], bonds: [[0, 1, 2], [0, 2], [0, 3]], charges: { 2: -1, 3: -1 }, delocalised: true, centralBondA: 1.285 },
  { id: 'nitrate', formula: 'NO₃⁻', atoms: ['N', 'O', 'O', 'O'], bonds: [[0, 1, 2], [0, 2], [0, 3]], charges: { 0: 1, 2: -1, 3: -1 }, delocalised: true, centralBondA: 1.245 },
  { id: 'sulfate', formula: 'SO₄²⁻', atoms: ['S', 'O', 'O', 'O', 'O'], bonds: [[0, 1, 2], [0, 2, 2], [0, 3], [0, 4]], charges: { 3: -1, 4: -1 }, delocalised: true, centralBondA: 1.49 },
  { id: 'carbon-tetrachloride', formula: 'CCl₄', ...star('C', 'Cl', 4) },
  { id: 'hydrogen-chloride', formula: 'HCl', atoms: ['Cl', 'H'], bonds: [[0, 1]] },
  { id: 'hydrogen-cyanide', formula: 'HCN', atoms: ['C', 'H', 'N'], bonds: [[0, 1], [0, 2, 3]] },
  { id: 'formaldehyde', formula: 'CH₂O', atoms: ['C', 'O', 'H', 'H'], bonds: [[0, 1, 2], [0, 2], [0, 3]] },
  { id: 'ethane', formula: 'C₂H₆', atoms: ['C', 'C', ...H(6)], bonds: [[0, 1], [0, 2], [0, 3], [0, 4], [1, 5], [1, 6], [1, 7]] },
  { id: 'ethylene', formula: 'C₂H₄', atoms: ['C', 'C', ...H(4)], bonds: [[0, 1, 2], [0, 2], [0, 3], [1, 4], [1, 5]] },
  { id: 'acetylene', formula: 'C₂H₂', atoms: ['C', 'C', 'H', 'H'], bonds: [[0, 1, 3], [0, 2], [1, 3]] },
  { id: 'methanol', formula: 'CH₃OH', atoms: ['C', 'O', ...H(4)], bonds: [[0, 1], [0, 2], [0, 3], [0, 4], [1, 5]] },
  {
    id: 'ethanol', formula: 'C₂H₅OH', atoms: ['C', 'C', 'O', ...H(6)],
    bonds: [[0, 1], [1, 2], [0, 3], [0, 4], [0, 5], [1, 6], [1, 7], [2, 8]],
  },
  {
    id: 'acetic-acid', formula: 'CH₃COOH', atoms: ['C', 'C', 'O', 'O', ...H(4)],
    bonds: [[1, 0], [1, 2, 2], [1, 3], [0, 4], [0, 5], [0, 6], [3, 7]],
  },
  {
    id: 'benzene', formula: 'C₆H₆', atoms: [...Array<string>(6).fill('C'), ...H(6)],
    bonds: [[0, 1, 1.5], [1, 2, 1.5], [2, 3, 1.5], [3, 4, 1.5], [4, 5, 1.5], [5, 0, 1.5], [0, 6], [1, 7], [2, 8], [3, 9], [4, 10], [5, 11]],
    ring: { atoms: [0, 1, 2, 3, 4, 5], kind: 'planar' },
  },
  {
    // β-D-glucopyranose: ring C1…C5, O5; every OH (and C6) equatorial.
    id: 'glucose', formula: 'C₆H₁₂O₆',
    atoms: ['C', 'C', 'C', 'C', 'C', 'O', 'O', 'H', 'O', 'H', 'O', 'H', 'O', 'H', 'C', 'H', 'O', 'H', 'H', 'H', 'H', 'H', 'H', 'H'],
    bonds: [
      [0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0],
      [0, 6], [0, 7], [1, 8], [1, 9], [2, 10], [2, 11], [3, 12], [3, 13], [4, 14], [4, 15],
      [14, 16], [14, 17], [14, 18], [6, 19], [8, 20], [10, 21], [12, 22], [16, 23],
    ],
    ring: { atoms: [0, 1, 2, 3, 4, 5], kind: 'chair' },
  },
];

export const MOLECULE_IDS = MOLECULES.map((m) => m.id);

export function findMolecule(id: string): MoleculeSpec {
  const m = MOLECULES.find((x) => x.id === id);
  if (!m) throw new Error(`molecule: '${id}' is not in the library; allowed: ${MOLECULE_IDS.join(' | ')}`);
  return m;
}
