/**
 * The periodic table for molar masses: symbol and standard atomic weight, g/mol, by atomic number.
 * Values: IUPAC Commission on Isotopic Abundances and Atomic Weights, abridged standard atomic weights
 * (Pure Appl. Chem. 2022, "Standard atomic weights of the elements 2021"), given to five significant figures
 * or as the conventional value for elements with an interval (H 1.008, C 12.011, …).
 * Elements with no stable isotope (marked `false`) carry the mass number of their longest-lived isotope,
 * as printed in brackets on the IUPAC table.
 */

export interface Element {
  atomicNumber: number;
  symbol: string;
  /** Standard atomic weight, g/mol. */
  atomicWeight: number;
  /** False when the element has no stable isotope and the weight is a mass number in brackets. */
  hasStandardWeight: boolean;
}

const TABLE: [symbol: string, weight: number, standard?: boolean][] = [
  ['H', 1.008],
  ['He', 4.0026],
  ['Li', 6.94],
  ['Be', 9.0122],
  ['B', 10.81],
  ['C', 12.011],
  ['N', 14.007],
  ['O', 15.999],
  ['F', 18.998],
  ['Ne', 20.180],
  ['Na', 22.990],
  ['Mg', 24.305],
  ['Al', 26.982],
  ['Si', 28.085],
  ['P', 30.974],
  ['S', 32.06],
  ['Cl', 35.45],
  ['Ar', 39.95],
  ['K', 39.098],
  ['Ca', 40.078],
  ['Sc', 44.956],
  ['Ti', 47.867],
  ['V', 50.942],
  ['Cr', 51.996],
  ['Mn', 54.938],
  ['Fe', 55.845],
  ['Co', 58.933],
  ['Ni', 58.693],
  ['Cu', 63.546],
  ['Zn', 65.38],
  ['Ga', 69.723],
  ['Ge', 72.630],
  ['As', 74.922],
  ['Se', 78.971],
  ['Br', 79.904],
  ['Kr', 83.798],
  ['Rb', 85.468],
  ['Sr', 87.62],
  ['Y', 88.906],
  ['Zr', 91.224],
  ['Nb', 92.906],
  ['Mo', 95.95],
  ['Tc', 98, false],
  ['Ru', 101.07],
  ['Rh', 102.91],
  ['Pd', 106.42],
  ['Ag', 107.87],
  ['Cd', 112.41],
  ['In', 114.82],
  ['Sn', 118.71],
  ['Sb', 121.76],
  ['Te', 127.60],
  ['I', 126.90],
  ['Xe', 131.29],
  ['Cs', 132.91],
  ['Ba', 137.33],
  ['La', 138.91],
  ['Ce', 140.12],
  ['Pr', 140.91],
  ['Nd', 144.24],
  ['Pm', 145, false],
  ['Sm', 150.36],
  ['Eu', 151.96],
  ['Gd', 157.25],
  ['Tb', 158.93],
  ['Dy', 162.50],
  ['Ho', 164.93],
  ['Er', 167.26],
  ['Tm', 168.93],
  ['Yb', 173.05],
  ['Lu', 174.97],
  ['Hf', 178.49],
  ['Ta', 180.95],
  ['W', 183.84],
  ['Re', 186.21],
  ['Os', 190.23],
  ['Ir', 192.22],
  ['Pt', 195.08],
  ['Au', 196.97],
  ['Hg', 200.59],
  ['Tl', 204.38],
  ['Pb', 207.2],
  ['Bi', 208.98],
  ['Po', 209, false],
  ['At', 210, false],
  ['Rn', 222, false],
  ['Fr', 223, false],
  ['Ra', 226, false],
  ['Ac', 227, false],
  ['Th', 232.04],
  ['Pa', 231.04],
  ['U', 238.03],
  ['Np', 237, false],
  ['Pu', 244, false],
  ['Am', 243, false],
  ['Cm', 247, false],
  ['Bk', 247, false],
  ['Cf', 251, false],
  ['Es', 252, false],
  ['Fm', 257, false],
  ['Md', 258, false],
  ['No', 259, false],
  ['Lr', 266, false],
  ['Rf', 267, false],
  ['Db', 268, false],
  ['Sg', 269, false],
  ['Bh', 270, false],
  ['Hs', 269, false],
  ['Mt', 278, false],
  ['Ds', 281, false],
  ['Rg', 282, false],
  ['Cn', 285, false],
  ['Nh', 286, false],
  ['Fl', 289, false],
  ['Mc', 290, false],
  ['Lv', 293, false],
  ['Ts', 294, false],
  ['Og', 294, false],
];

export const ELEMENTS: readonly Element[] = TABLE.map(([symbol, atomicWeight, standard], i) => ({
  atomicNumber: i + 1,
  symbol,
  atomicWeight,
  hasStandardWeight: standard !== false,
}));

const BY_SYMBOL = new Map(ELEMENTS.map((e) => [e.symbol, e]));

export function findElement(symbol: string): Element | undefined {
  return BY_SYMBOL.get(symbol);
}

/**
 * Which relative atomic masses to use: IUPAC's standard atomic weights, or the values Chinese school
 * textbooks and exam papers print ("可能用到的相对原子质量: H 1 C 12 N 14 O 16 Na 23 Mg 24 Al 27 S 32 Cl 35.5
 * K 39 Ca 40 Fe 56 Cu 64 Zn 65 Ag 108 Ba 137", 人教版《化学》九年级 and 中考/高考 papers): the standard weight
 * rounded to a whole number, except chlorine, 35.5.
 */
export type AtomicWeightTable = 'iupac' | 'textbook';
export const ATOMIC_WEIGHT_TABLES: readonly AtomicWeightTable[] = ['iupac', 'textbook'];

/** Textbook values that are not the standard weight rounded to a whole number. */
const TEXTBOOK_EXCEPTIONS: Record<string, number> = { Cl: 35.5 };

/** Relative atomic mass of `symbol` (g/mol) in the chosen table; throws for an unknown symbol. */
export function atomicWeight(symbol: string, table: AtomicWeightTable = 'iupac'): number {
  const e = BY_SYMBOL.get(symbol);
  if (!e) throw new Error(`unknown element '${symbol}'`);
  if (table === 'iupac') return e.atomicWeight;
  return TEXTBOOK_EXCEPTIONS[symbol] ?? Math.round(e.atomicWeight);
}

/** Molar mass of the electron, g/mol (CODATA 2018: 5.485 799 090 65 × 10⁻⁴ u). */
export const ELECTRON_MOLAR_MASS_G_MOL = 5.48579909065e-4;
