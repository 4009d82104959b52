/**
 * The reactions of the wet bench, as data. Each names its reactants and products by species id; the
 * coefficients are not typed here: the stoichiometry lab's balancer finds them (./reactions.ts), and a test
 * checks every equation balances to the coefficients the textbook prints.
 *
 * The rate is r (mol of reaction as written per second) = k(T) · basis · Π aᵢ^orderᵢ, with
 *   k(T) = k · exp(−Ea/R · (1/T − 1/T_ref))  (Arrhenius),
 *   basis: `surface` the area of a solid's grains (m²; a reactant, or a catalyst that is not used up),
 *          `volume` the liquid's volume (L), `amount` a species' amount (mol), `instant` (as fast as the
 *          solutions mix: ionic reactions, limited only by the reactants), `current` (electrolysis and cells:
 *          r = I / (zF)), `burning` (a fuel that is alight: k · its surface · the oxygen's mole fraction);
 *   activities a: dissolved species in mol/L, gases as partial pressure in atm, solids and liquids 1.
 * The activation energies are of the magnitude reported for such reactions (tens of kJ/mol for reactions in
 * solution, ~150 kJ/mol for the decomposition of KMnO₄); the rate constants are set so that the amounts a
 * school uses react in the time the textbooks describe (a jar of oxygen in a minute or two, a nail coated in
 * copper in a few minutes). They are what the model.md calls "tuned", and the tests check the laws (ratios,
 * closed forms), not these constants.
 *
 * ΔH comes from the species' enthalpies of formation unless a reaction gives its own (`enthalpyKJ`).
 */
export type RateBasis = 'instant' | 'surface' | 'volume' | 'amount' | 'current' | 'burning';

export interface RateLaw {
  basis: RateBasis;
  /** surface: the solid whose area counts; amount: the species whose amount counts; burning: the fuel. */
  of?: string;
  /** k at `refC`: units follow the basis (mol/(m²·s) per unit activity, 1/s …). */
  k?: number;
  refC?: number;
  eaKJPerMol?: number;
  orders?: Record<string, number>;
  /** current: electrons per reaction as written. */
  electrons?: number;
  /** The gas reaches the reactant through the liquid's surface: the rate is multiplied by the surface's contact with air (../engine/vessels.ts). */
  throughSurface?: boolean;
}

/** What must hold for the reaction to go at all (beyond having its reactants). */
export interface Conditions {
  /** A fuel catches fire at this temperature (°C) in enough oxygen; or from a flame held to it (`flame`). */
  ignitionC?: number;
  /** Least oxygen mole fraction in the gas around it to catch fire and keep burning. */
  minO2Fraction?: number;
  /** The reaction is driven by current through electrodes (electrolysis, a cell's external circuit). */
  current?: boolean;
  /** Needs heating: no reaction below this temperature (°C) whatever the rate law says (for descriptions). */
  heating?: boolean;
  /** A catalyst that is not used up (its surface is the rate's basis). */
  catalyst?: string;
  /** Species that must be there without being used up (the water acetic acid dissolves in). */
  needs?: string[];
  /** Liquids that must make up at least this share of the liquid's volume (ethanol bringing crystals out of water). */
  minLiquidShare?: Record<string, number>;
  /** Species whose presence stops it (calcium hydrogencarbonate cannot stay in an acid). */
  absent?: string[];
  /** No reaction below this temperature, °C, whatever the rate law says (Cu(OH)₂ losing water to black CuO; iron(III) chloride gives its colloid only in boiling water). */
  minC?: number;
  /** No reaction above this temperature, °C (SO₂'s colourless compound with magenta does not hold in a hot solution). */
  maxC?: number;
  /**
   * Whether the vessel must sit in a lamp's flame (true) or must not (false): silver from glucose plates the glass as a mirror only when
   * warmed evenly and left still; heated at one spot in a flame the liquid churns and the silver comes out as black powder.
   */
  overFlame?: boolean;
}

export type Sight = 'bubbles' | 'precipitate' | 'colour' | 'glow' | 'flame' | 'sparks' | 'whiteSmoke' | 'smell' | 'deposit' | 'warm' | 'dissolves' | 'pop';

export interface ReactionData {
  id: string;
  reactants: string[];
  products: string[];
  /** The coefficients the textbook prints (checked against the balancer by a test). */
  textbook: string;
  rate: RateLaw;
  conditions?: Conditions;
  /** Heat of reaction per mole of reaction as balanced, kJ (negative: gives out heat). Default: from ΔfH°. */
  enthalpyKJ?: number;
  /** What the student sees while it goes; the words are `wet.sees.<id>` in both languages. */
  sees: Sight[];
  /** Flame colour while burning. */
  flame?: 'bright-white' | 'blue-violet' | 'pale-blue' | 'yellow' | 'none';
  /** Grain size of solid products, metres (default: precipitates 1e-5, fine enough to stay suspended; others 5e-4). */
  productGrainM?: Record<string, number>;
  /** Where the textbook has it. */
  source: string;
  /**
   * Coefficients (reactants then products) where the balancer cannot choose because two products are isomers (sucrose → glucose +
   * fructose); ./reactions.ts checks they conserve every element.
   */
  coefficients?: number[];
}

const J9A = '人教版 化学 九年级上册';
const J9B = '人教版 化学 九年级下册';
const S1 = '人教版 化学 必修第一册';
const S2 = '人教版 化学 必修第二册';
const X1 = '人教版 化学 选择性必修1';
const X2 = '人教版 化学 选择性必修2';
const X3 = '人教版 化学 选择性必修3';

export const REACTION_DATA: readonly ReactionData[] = [
  // ---- Oxygen (junior item 1) --------------------------------------------------------------------------
  {
    id: 'kmno4-decomposition', reactants: ['KMnO4(s)'], products: ['K2MnO4(s)', 'MnO2(s)', 'O2(g)'], textbook: '2KMnO4 = K2MnO4 + MnO2 + O2',
    rate: { basis: 'amount', of: 'KMnO4(s)', k: 0.03, refC: 240, eaKJPerMol: 150 }, conditions: { heating: true },
    sees: ['bubbles', 'colour'], source: `${J9A} 第二单元 课题3 制取氧气`,
  },
  {
    id: 'h2o2-decomposition-mno2', reactants: ['H2O2(aq)'], products: ['H2O(l)', 'O2(g)'], textbook: '2H2O2 = 2H2O + O2',
    rate: { basis: 'surface', of: 'MnO2(s)', k: 2.4e-3, refC: 20, eaKJPerMol: 58, orders: { 'H2O2(aq)': 1 } }, conditions: { catalyst: 'MnO2(s)' },
    sees: ['bubbles', 'warm'], source: `${J9A} 第二单元 课题3 (催化剂)`,
  },
  {
    // Without a catalyst hydrogen peroxide keeps for months: no bubbles a student could see.
    id: 'h2o2-decomposition', reactants: ['H2O2(aq)'], products: ['H2O(l)', 'O2(g)'], textbook: '2H2O2 = 2H2O + O2',
    rate: { basis: 'volume', k: 2e-8, refC: 20, eaKJPerMol: 75, orders: { 'H2O2(aq)': 1 } },
    sees: ['bubbles'], source: `${J9A} 第二单元 课题3 实验2-5`,
  },
  {
    id: 'carbon-burns', reactants: ['C(s)', 'O2(g)'], products: ['CO2(g)'], textbook: 'C + O2 = CO2',
    rate: { basis: 'burning', of: 'C(s)', k: 0.06 }, conditions: { ignitionC: 400, minO2Fraction: 0.15 },
    sees: ['glow'], flame: 'none', source: `${J9A} 第二单元 课题2 木炭在氧气中燃烧`,
  },
  {
    id: 'sulfur-burns', reactants: ['S(s)', 'O2(g)'], products: ['SO2(g)'], textbook: 'S + O2 = SO2',
    rate: { basis: 'burning', of: 'S(s)', k: 0.05 }, conditions: { ignitionC: 232, minO2Fraction: 0.12 },
    sees: ['flame', 'smell'], flame: 'blue-violet', source: `${J9A} 第二单元 课题2 硫在氧气中燃烧`,
  },
  // Sulfur and metals heated together (人教版 必修第二册 第五章第一节 硫): Fe + S =△= FeS, 2Cu + S =△= Cu₂S, black, the metals only to
  // their lower states (chlorine gives FeCl₃ and CuCl₂: sulfur is the weaker oxidant). Powders mixed 7 : 4 (Fe : S, the textbook's) or
  // 4 : 1 (Cu : S, our choice), 1 mol of sulfur per reaction. Nothing below 200 °C; k tuned so that at the ~260 °C a tube reaches in the
  // lamp's flame the reaction's heat (100 and 79.5 kJ/mol) outruns the tube's losses: once started it runs away and the mixture glows on
  // without the flame, done in seconds (the real mixture lights nearer 500 °C, hotter than our lumped tube gets). Not measured values.
  {
    id: 'iron-sulfur', reactants: ['Fe(s)', 'S(s)'], products: ['FeS(s)'], textbook: 'Fe + S = FeS',
    rate: { basis: 'amount', of: 'S(s)', k: 0.05, refC: 260, eaKJPerMol: 120 }, conditions: { heating: true, minC: 200 },
    sees: ['glow', 'colour'], productGrainM: { 'FeS(s)': 1e-4 }, source: `${S2} 第五章第一节 硫`,
  },
  {
    id: 'copper-sulfur', reactants: ['Cu(s)', 'S(s)'], products: ['Cu2S(s)'], textbook: '2Cu + S = Cu2S',
    rate: { basis: 'amount', of: 'S(s)', k: 0.05, refC: 260, eaKJPerMol: 120 }, conditions: { heating: true, minC: 200 },
    sees: ['glow', 'colour'], productGrainM: { 'Cu2S(s)': 1e-4 }, source: `${S2} 第五章第一节 硫`,
  },
  {
    // Iron wire burns only in (nearly) pure oxygen: in air the red-hot wire just glows.
    id: 'iron-burns', reactants: ['Fe(s)', 'O2(g)'], products: ['Fe3O4(s)'], textbook: '3Fe + 2O2 = Fe3O4',
    rate: { basis: 'burning', of: 'Fe(s)', k: 0.08 }, conditions: { ignitionC: 800, minO2Fraction: 0.6 },
    sees: ['sparks', 'warm'], flame: 'none', source: `${J9A} 第二单元 课题2 铁丝在氧气中燃烧`,
  },
  // ---- Carbon dioxide (junior item 2) --------------------------------------------------------------------
  {
    id: 'marble-hcl', reactants: ['CaCO3(s)', 'HCl(aq)'], products: ['CaCl2(aq)', 'H2O(l)', 'CO2(g)'], textbook: 'CaCO3 + 2HCl = CaCl2 + H2O + CO2',
    rate: { basis: 'surface', of: 'CaCO3(s)', k: 9.4e-3, refC: 20, eaKJPerMol: 40, orders: { 'HCl(aq)': 1 } },
    sees: ['bubbles', 'dissolves'], source: `${J9A} 第六单元 课题2 二氧化碳制取的研究`,
  },
  {
    id: 'limewater-co2', reactants: ['Ca(OH)2(aq)', 'CO2(g)'], products: ['CaCO3(s)', 'H2O(l)'], textbook: 'CO2 + Ca(OH)2 = CaCO3 + H2O',
    rate: { basis: 'amount', of: 'CO2(g)', k: 0.5 }, sees: ['precipitate'], source: `${J9A} 第六单元 课题3 二氧化碳的性质`,
  },
  {
    // More CO₂ turns milky limewater clear again (the soluble hydrogencarbonate).
    id: 'chalk-co2-water', reactants: ['CaCO3(s)', 'CO2(g)', 'H2O(l)'], products: ['Ca(HCO3)2(aq)'], textbook: 'CaCO3 + CO2 + H2O = Ca(HCO3)2',
    rate: { basis: 'surface', of: 'CaCO3(s)', k: 7.5e-4, orders: { 'CO2(g)': 1 } }, conditions: { absent: ['HCl(aq)', 'H2SO4(aq)', 'CH3COOH(aq)'] }, sees: ['dissolves'], source: `${J9A} 第六单元 课题3 (拓展)`,
  },
  {
    id: 'naoh-co2', reactants: ['NaOH(aq)', 'CO2(g)'], products: ['Na2CO3(aq)', 'H2O(l)'], textbook: '2NaOH + CO2 = Na2CO3 + H2O',
    rate: { basis: 'amount', of: 'CO2(g)', k: 0.5 }, sees: [], source: `${J9B} 第十单元 课题1 常见的碱`,
  },
  // ---- Burning (junior item 3) ---------------------------------------------------------------------------
  // Phosphorus: ignition temperatures as the textbook gives them beside 实验7-1 (白磷 40 ℃, 红磷 240 ℃; CRC Handbook:
  // white phosphorus ignites in moist air near 30–40 °C, red near 260 °C); k such that a soybean-sized piece
  // (0.2 g, 5 mm) burns out in air in about a minute and a half.
  {
    id: 'white-phosphorus-burns', reactants: ['P:white(s)', 'O2(g)'], products: ['P2O5(s)'], textbook: '4P + 5O2 = 2P2O5',
    rate: { basis: 'burning', of: 'P:white(s)', k: 2 }, conditions: { ignitionC: 40, minO2Fraction: 0.05 },
    sees: ['flame', 'whiteSmoke'], flame: 'yellow', source: `${J9A} 第七单元 课题1 燃烧和灭火 实验7-1`,
  },
  {
    id: 'red-phosphorus-burns', reactants: ['P:red(s)', 'O2(g)'], products: ['P2O5(s)'], textbook: '4P + 5O2 = 2P2O5',
    rate: { basis: 'burning', of: 'P:red(s)', k: 2 }, conditions: { ignitionC: 240, minO2Fraction: 0.05 },
    sees: ['flame', 'whiteSmoke'], flame: 'yellow', source: `${J9A} 第七单元 课题1 燃烧和灭火 实验7-1`,
  },
  {
    // Candle wax (taken as C25H52); heat of combustion about 42 kJ/g (paraffin wax, CRC "heat of combustion of fuels").
    id: 'paraffin-burns', reactants: ['C25H52(s)', 'O2(g)'], products: ['CO2(g)', 'H2O(g)'], textbook: 'C25H52 + 38O2 = 25CO2 + 26H2O',
    rate: { basis: 'burning', of: 'C25H52(s)', k: 0.004 }, conditions: { ignitionC: 240, minO2Fraction: 0.16 }, enthalpyKJ: -14800,
    sees: ['flame'], flame: 'yellow', source: `${J9A} 第一单元 课题2 对蜡烛及其燃烧的探究`,
  },
  {
    id: 'magnesium-burns', reactants: ['Mg(s)', 'O2(g)'], products: ['MgO(s)'], textbook: '2Mg + O2 = 2MgO',
    rate: { basis: 'burning', of: 'Mg(s)', k: 0.05 }, conditions: { ignitionC: 470, minO2Fraction: 0.05 },
    sees: ['flame', 'whiteSmoke'], flame: 'bright-white', source: `${J9A} 第五单元 课题1 质量守恒定律 实验5-3`,
  },
  {
    // Hydrogen with air or oxygen catches from a flame and goes at once: a pop, or a bang in a bigger vessel.
    id: 'hydrogen-burns', reactants: ['H2(g)', 'O2(g)'], products: ['H2O(l)'], textbook: '2H2 + O2 = 2H2O',
    rate: { basis: 'instant' }, conditions: { ignitionC: 560 }, sees: ['pop', 'flame'], flame: 'pale-blue', source: `${J9A} 第四单元 课题3 水的组成`,
  },
  {
    id: 'ethanol-burns', reactants: ['C2H5OH(l)', 'O2(g)'], products: ['CO2(g)', 'H2O(g)'], textbook: 'C2H5OH + 3O2 = 2CO2 + 3H2O',
    rate: { basis: 'burning', of: 'C2H5OH(l)', k: 0.02 }, conditions: { ignitionC: 363, minO2Fraction: 0.12 },
    sees: ['flame'], flame: 'pale-blue', source: `${S2} 第七章 第三节 乙醇`,
  },
  // ---- Metals (junior item 4; iron, senior B1.2) -----------------------------------------------------------
  {
    id: 'magnesium-hcl', reactants: ['Mg(s)', 'HCl(aq)'], products: ['MgCl2(aq)', 'H2(g)'], textbook: 'Mg + 2HCl = MgCl2 + H2',
    rate: { basis: 'surface', of: 'Mg(s)', k: 0.12, refC: 20, eaKJPerMol: 30, orders: { 'HCl(aq)': 1 } }, sees: ['bubbles', 'warm', 'dissolves'], source: `${J9B} 第八单元 课题2 金属的化学性质`,
  },
  {
    id: 'zinc-hcl', reactants: ['Zn(s)', 'HCl(aq)'], products: ['ZnCl2(aq)', 'H2(g)'], textbook: 'Zn + 2HCl = ZnCl2 + H2',
    rate: { basis: 'surface', of: 'Zn(s)', k: 0.018, refC: 20, eaKJPerMol: 40, orders: { 'HCl(aq)': 1 } }, sees: ['bubbles', 'dissolves'], source: `${J9B} 第八单元 课题2 金属的化学性质`,
  },
  {
    id: 'iron-hcl', reactants: ['Fe(s)', 'HCl(aq)'], products: ['FeCl2(aq)', 'H2(g)'], textbook: 'Fe + 2HCl = FeCl2 + H2',
    rate: { basis: 'surface', of: 'Fe(s)', k: 0.004, refC: 20, eaKJPerMol: 45, orders: { 'HCl(aq)': 1 } }, sees: ['bubbles', 'colour'], source: `${J9B} 第八单元 课题2 金属的化学性质`,
  },
  {
    id: 'aluminium-hcl', reactants: ['Al(s)', 'HCl(aq)'], products: ['AlCl3(aq)', 'H2(g)'], textbook: '2Al + 6HCl = 2AlCl3 + 3H2',
    rate: { basis: 'surface', of: 'Al(s)', k: 0.02, refC: 20, eaKJPerMol: 40, orders: { 'HCl(aq)': 1 } }, sees: ['bubbles', 'dissolves'], source: `${J9B} 第八单元 课题2 金属的化学性质`,
  },
  {
    id: 'zinc-h2so4', reactants: ['Zn(s)', 'H2SO4(aq)'], products: ['ZnSO4(aq)', 'H2(g)'], textbook: 'Zn + H2SO4 = ZnSO4 + H2',
    rate: { basis: 'surface', of: 'Zn(s)', k: 0.01, refC: 20, eaKJPerMol: 40, orders: { 'H2SO4(aq)': 1 } }, sees: ['bubbles', 'dissolves'], source: `${J9A} 第四单元 课题3 (氢气的实验室制法); ${S2} 第六章 原电池`,
  },
  {
    id: 'iron-copper-sulfate', reactants: ['Fe(s)', 'CuSO4(aq)'], products: ['FeSO4(aq)', 'Cu(s)'], textbook: 'Fe + CuSO4 = FeSO4 + Cu',
    rate: { basis: 'surface', of: 'Fe(s)', k: 2.4e-3, refC: 20, eaKJPerMol: 35, orders: { 'CuSO4(aq)': 1 } }, sees: ['deposit', 'colour'], productGrainM: { 'Cu(s)': 1e-3 }, source: `${J9B} 第八单元 课题2 金属的化学性质`,
  },
  {
    id: 'zinc-copper-sulfate', reactants: ['Zn(s)', 'CuSO4(aq)'], products: ['ZnSO4(aq)', 'Cu(s)'], textbook: 'Zn + CuSO4 = ZnSO4 + Cu',
    rate: { basis: 'surface', of: 'Zn(s)', k: 5e-3, refC: 20, eaKJPerMol: 35, orders: { 'CuSO4(aq)': 1 } }, sees: ['deposit', 'colour'], productGrainM: { 'Cu(s)': 1e-3 }, source: `${J9B} 第八单元 课题2 金属的化学性质`,
  },
  {
    id: 'copper-silver-nitrate', reactants: ['Cu(s)', 'AgNO3(aq)'], products: ['Cu(NO3)2(aq)', 'Ag(s)'], textbook: 'Cu + 2AgNO3 = Cu(NO3)2 + 2Ag',
    rate: { basis: 'surface', of: 'Cu(s)', k: 2e-3, refC: 20, eaKJPerMol: 35, orders: { 'AgNO3(aq)': 1 } }, sees: ['deposit', 'colour'], productGrainM: { 'Ag(s)': 1e-3 }, source: `${J9B} 第八单元 课题2 金属的化学性质`,
  },
  {
    // A copper wire in an alcohol lamp's outer flame (~600 °C) is black in a few seconds: a film of about half a micrometre.
    id: 'copper-heated-in-air', reactants: ['Cu(s)', 'O2(g)'], products: ['CuO(s)'], textbook: '2Cu + O2 = 2CuO',
    rate: { basis: 'surface', of: 'Cu(s)', k: 5e-3, refC: 400, eaKJPerMol: 90, orders: { 'O2(g)': 1 } }, conditions: { heating: true },
    sees: ['colour'], productGrainM: { 'CuO(s)': 5e-6 }, source: `${J9B} 第八单元 课题2; ${S2} 第七章 第三节 乙醇的催化氧化`,
  },
  {
    id: 'iron-iii-chloride-iron', reactants: ['FeCl3(aq)', 'Fe(s)'], products: ['FeCl2(aq)'], textbook: '2FeCl3 + Fe = 3FeCl2',
    rate: { basis: 'surface', of: 'Fe(s)', k: 0.15, refC: 20, eaKJPerMol: 35, orders: { 'FeCl3(aq)': 1 } }, sees: ['colour'], source: `${S1} 第三章 第一节 铁的化合物 (Fe³⁺ 与 Fe²⁺ 的转化)`,
  },
  {
    id: 'iron-ii-chloride-chlorine', reactants: ['FeCl2(aq)', 'Cl2(aq)'], products: ['FeCl3(aq)'], textbook: '2FeCl2 + Cl2 = 2FeCl3',
    rate: { basis: 'instant' }, sees: ['colour'], source: `${S1} 第三章 第一节 铁的化合物`,
  },
  {
    id: 'iron-ii-peroxide', reactants: ['FeCl2(aq)', 'H2O2(aq)', 'HCl(aq)'], products: ['FeCl3(aq)', 'H2O(l)'], textbook: '2FeCl2 + H2O2 + 2HCl = 2FeCl3 + 2H2O',
    rate: { basis: 'instant' }, sees: ['colour'], source: `${S1} 第三章 实验活动2 铁及其化合物的性质`,
  },
  // Fe³⁺ with thiocyanate is an equilibrium, not a reaction that uses the iron up: the blood-red colour is worked out
  // from what is dissolved (./iron-colours.ts), so iron powder or chlorine water change it as the Fe³⁺ comes and goes.
  {
    id: 'iron-iii-hydroxide', reactants: ['FeCl3(aq)', 'NaOH(aq)'], products: ['Fe(OH)3(s)', 'NaCl(aq)'], textbook: 'FeCl3 + 3NaOH = Fe(OH)3 + 3NaCl',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${S1} 第三章 第一节 实验3-3`,
  },
  {
    id: 'iron-ii-hydroxide', reactants: ['FeSO4(aq)', 'NaOH(aq)'], products: ['Fe(OH)2(s)', 'Na2SO4(aq)'], textbook: 'FeSO4 + 2NaOH = Fe(OH)2 + Na2SO4',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${S1} 第三章 第一节 实验3-3`,
  },
  {
    // White Fe(OH)₂ turns grey-green, then red-brown, as air reaches it.
    id: 'iron-ii-hydroxide-air', reactants: ['Fe(OH)2(s)', 'O2(g)', 'H2O(l)'], products: ['Fe(OH)3(s)'], textbook: '4Fe(OH)2 + O2 + 2H2O = 4Fe(OH)3',
    // Oxygen reaches the precipitate through the liquid's surface: an oil layer on top keeps it out (throughSurface).
    rate: { basis: 'amount', of: 'Fe(OH)2(s)', k: 0.1, orders: { 'O2(g)': 1 }, throughSurface: true }, sees: ['colour'], productGrainM: { 'Fe(OH)3(s)': 1e-5 }, source: `${S1} 第三章 第一节 实验3-3`,
  },
  // ---- Acids and bases (junior item 7) -----------------------------------------------------------------------
  {
    id: 'neutralisation', reactants: ['NaOH(aq)', 'HCl(aq)'], products: ['NaCl(aq)', 'H2O(l)'], textbook: 'NaOH + HCl = NaCl + H2O',
    rate: { basis: 'instant' }, sees: ['warm'], source: `${J9B} 第十单元 课题2 酸和碱的中和反应`,
  },
  {
    id: 'neutralisation-sulfuric', reactants: ['NaOH(aq)', 'H2SO4(aq)'], products: ['Na2SO4(aq)', 'H2O(l)'], textbook: '2NaOH + H2SO4 = Na2SO4 + 2H2O',
    rate: { basis: 'instant' }, sees: ['warm'], source: `${J9B} 第十单元 课题2 酸和碱的中和反应`,
  },
  {
    id: 'limewater-hcl', reactants: ['Ca(OH)2(aq)', 'HCl(aq)'], products: ['CaCl2(aq)', 'H2O(l)'], textbook: 'Ca(OH)2 + 2HCl = CaCl2 + 2H2O',
    rate: { basis: 'instant' }, sees: [], source: `${J9B} 第十单元 课题2 酸和碱的中和反应`,
  },
  {
    id: 'rust-hcl', reactants: ['Fe2O3(s)', 'HCl(aq)'], products: ['FeCl3(aq)', 'H2O(l)'], textbook: 'Fe2O3 + 6HCl = 2FeCl3 + 3H2O',
    rate: { basis: 'surface', of: 'Fe2O3(s)', k: 1e-2, refC: 20, eaKJPerMol: 45, orders: { 'HCl(aq)': 1 } }, sees: ['dissolves', 'colour'], source: `${J9B} 第十单元 课题1 常见的酸 (除铁锈)`,
  },
  {
    id: 'copper-oxide-hcl', reactants: ['CuO(s)', 'HCl(aq)'], products: ['CuCl2(aq)', 'H2O(l)'], textbook: 'CuO + 2HCl = CuCl2 + H2O',
    rate: { basis: 'surface', of: 'CuO(s)', k: 3e-3, refC: 20, eaKJPerMol: 45, orders: { 'HCl(aq)': 1 } }, sees: ['dissolves', 'colour'], source: `${J9B} 第十单元 实验活动6`,
  },
  {
    id: 'copper-hydroxide', reactants: ['CuSO4(aq)', 'NaOH(aq)'], products: ['Cu(OH)2(s)', 'Na2SO4(aq)'], textbook: 'CuSO4 + 2NaOH = Cu(OH)2 + Na2SO4',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${J9B} 第十单元 实验活动6`,
  },
  {
    id: 'copper-hydroxide-hcl', reactants: ['Cu(OH)2(s)', 'HCl(aq)'], products: ['CuCl2(aq)', 'H2O(l)'], textbook: 'Cu(OH)2 + 2HCl = CuCl2 + 2H2O',
    rate: { basis: 'instant' }, sees: ['dissolves', 'colour'], source: `${J9B} 第十单元 实验活动6`,
  },
  // Soda and hydrochloric acid in two steps (人教版 必修第一册 第二章第一节 碳酸钠和碳酸氢钠): the H⁺ first turns CO₃²⁻ into HCO₃⁻ with
  // nothing to see (CO₃²⁻ + H⁺ = HCO₃⁻, the solution near pH 8.3), and only once no CO₃²⁻ is left does HCO₃⁻ + H⁺ give CO₂ (`absent`).
  // Acid in excess goes through both at once: Na₂CO₃ + 2HCl = 2NaCl + H₂O + CO₂↑ (九年级下册 第十一单元). The CO₂ leaves as gas; the
  // little that stays dissolved (1.7 g/L at 20 °C) is left out.
  {
    id: 'soda-hcl', reactants: ['Na2CO3(aq)', 'HCl(aq)'], products: ['NaHCO3(aq)', 'NaCl(aq)'], textbook: 'Na2CO3 + HCl = NaHCO3 + NaCl',
    rate: { basis: 'instant' }, sees: [], source: `${S1} 第二章第一节 碳酸钠和碳酸氢钠; ${J9B} 第十一单元 课题1 生活中常见的盐`,
  },
  {
    id: 'bicarbonate-hcl', reactants: ['NaHCO3(aq)', 'HCl(aq)'], products: ['NaCl(aq)', 'H2O(l)', 'CO2(g)'], textbook: 'NaHCO3 + HCl = NaCl + H2O + CO2',
    rate: { basis: 'instant' }, conditions: { absent: ['Na2CO3(aq)'] }, sees: ['bubbles'], source: `${S1} 第二章第一节 碳酸钠和碳酸氢钠`,
  },
  {
    id: 'soda-limewater', reactants: ['Na2CO3(aq)', 'Ca(OH)2(aq)'], products: ['CaCO3(s)', 'NaOH(aq)'], textbook: 'Ca(OH)2 + Na2CO3 = CaCO3 + 2NaOH',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${J9B} 第十一单元 课题1 生活中常见的盐`,
  },
  // ---- Simple complexes (senior X2.1) ----------------------------------------------------------------------------
  // Ammonia into copper sulfate: first the pale blue hydroxide (Cu²⁺ + 2NH₃·H₂O = Cu(OH)₂↓ + 2NH₄⁺); once the Cu²⁺ is used
  // up, more ammonia dissolves it to the deep blue [Cu(NH₃)₄]²⁺ (Cu(OH)₂ + 4NH₃ = [Cu(NH₃)₄]²⁺ + 2OH⁻, its OH⁻ taking back
  // the ammonium as NH₃·H₂O: net Cu(OH)₂ + 2NH₃ + 2NH₄⁺ = [Cu(NH₃)₄]²⁺ + 2H₂O). So the precipitate is largest at 2 NH₃ per
  // Cu and gone at 4 (CuSO₄ + 4NH₃ = [Cu(NH₃)₄]SO₄ over all). Both taken to completion: the amounts by stoichiometry.
  {
    id: 'copper-ammonia-hydroxide', reactants: ['CuSO4(aq)', 'NH3(aq)', 'H2O(l)'], products: ['Cu(OH)2(s)', '(NH4)2SO4(aq)'], textbook: 'CuSO4 + 2NH3 + 2H2O = Cu(OH)2 + (NH4)2SO4',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${X2} 第三章第四节 实验3-3`,
  },
  {
    id: 'copper-ammine', reactants: ['Cu(OH)2(s)', 'NH3(aq)', '(NH4)2SO4(aq)'], products: ['Cu(NH3)4SO4(aq)', 'H2O(l)'], textbook: 'Cu(OH)2 + 2NH3 + (NH4)2SO4 = Cu(NH3)4SO4 + 2H2O',
    rate: { basis: 'instant' }, sees: ['dissolves', 'colour'], source: `${X2} 第三章第四节 实验3-3`,
  },
  {
    // Ethanol, less polar than water, brings out dark blue [Cu(NH₃)₄]SO₄·H₂O once it is about a third of the liquid (the
    // textbook adds twice the solution's volume of 95 % ethanol); the crystals grow over half a minute or so (k tuned).
    // Its heat is not tabulated and is left out.
    id: 'copper-ammine-crystals', reactants: ['Cu(NH3)4SO4(aq)', 'H2O(l)'], products: ['Cu(NH3)4SO4·H2O(s)'], textbook: 'Cu(NH3)4SO4 + H2O = Cu(NH3)4SO4·H2O',
    rate: { basis: 'amount', of: 'Cu(NH3)4SO4(aq)', k: 0.1 }, conditions: { needs: ['C2H5OH(l)'], minLiquidShare: { 'C2H5OH(l)': 0.3 } }, enthalpyKJ: 0,
    sees: ['precipitate'], productGrainM: { 'Cu(NH3)4SO4·H2O(s)': 5e-4 }, source: `${X2} 第三章第四节 实验3-3`,
  },
  {
    id: 'silver-chloride', reactants: ['NaCl(aq)', 'AgNO3(aq)'], products: ['AgCl(s)', 'NaNO3(aq)'], textbook: 'NaCl + AgNO3 = AgCl + NaNO3',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${X2} 第三章 实验活动 简单配合物的形成`,
  },
  {
    // AgCl + 2NH₃ = [Ag(NH₃)₂]⁺ + Cl⁻, taken to completion (the real equilibrium, K = Ksp·β₂ ≈ 2 × 10⁻³, wants ammonia in excess).
    id: 'silver-diammine', reactants: ['AgCl(s)', 'NH3(aq)'], products: ['Ag(NH3)2Cl(aq)'], textbook: 'AgCl + 2NH3 = Ag(NH3)2Cl',
    rate: { basis: 'instant' }, sees: ['dissolves'], source: `${X2} 第三章 实验活动 简单配合物的形成`,
  },
  // ---- Trends in a period and a group (senior B1.3, 人教版 必修第一册 第四章 实验活动3) ----------------------------------------------
  // NaOH dropped into MgCl₂ and AlCl₃ solutions: white Mg(OH)₂ and Al(OH)₃. Al(OH)₃ is amphoteric: once the Al³⁺ is used up, more
  // NaOH dissolves it as [Al(OH)₄]⁻ (Al(OH)₃ + OH⁻ = [Al(OH)₄]⁻), so the precipitate is largest at 3 OH⁻ per Al and gone at 4;
  // Mg(OH)₂ stays (no row): Mg(OH)₂ is the stronger base, metallic character Mg > Al. While Al³⁺ is left, [Al(OH)₄]⁻ cannot stay
  // beside it (Al³⁺ + 3[Al(OH)₄]⁻ = 4Al(OH)₃), hence `absent`. All to completion, as the textbook writes them.
  {
    id: 'magnesium-hydroxide', reactants: ['MgCl2(aq)', 'NaOH(aq)'], products: ['Mg(OH)2(s)', 'NaCl(aq)'], textbook: 'MgCl2 + 2NaOH = Mg(OH)2 + 2NaCl',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${S1} 第四章 实验活动3`,
  },
  {
    id: 'aluminium-hydroxide', reactants: ['AlCl3(aq)', 'NaOH(aq)'], products: ['Al(OH)3(s)', 'NaCl(aq)'], textbook: 'AlCl3 + 3NaOH = Al(OH)3 + 3NaCl',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${S1} 第四章 实验活动3`,
  },
  {
    id: 'aluminium-hydroxide-naoh', reactants: ['Al(OH)3(s)', 'NaOH(aq)'], products: ['Na[Al(OH)4](aq)'], textbook: 'Al(OH)3 + NaOH = Na[Al(OH)4]',
    rate: { basis: 'instant' }, conditions: { absent: ['AlCl3(aq)'] }, sees: ['dissolves'], source: `${S1} 第三章第二节 / 第四章 实验活动3`,
  },
  // Magnesium and water (Mg + 2H₂O = Mg(OH)₂ + H₂↑): in cold water hardly anything (its Mg(OH)₂ film and a small k), in boiling water
  // slowly, a few bubbles on the ribbon and phenolphthalein pale red. Estimates, not measured: k set so that 0.05 g of 0.2 mm ribbon
  // gives about half a millilitre of H₂ a minute at 100 °C, and Ea 110 kJ/mol so that at 20 °C it is 16 000 times slower (a minute
  // or two of it leaves the water below phenolphthalein's range, pH 8.2). Sodium (water-sodium below, k 1) is thousands of times faster per area
  // than magnesium in boiling water, magnesium in acid (magnesium-hcl) faster than aluminium (aluminium-hcl): Na > Mg > Al.
  {
    id: 'magnesium-water', reactants: ['Mg(s)', 'H2O(l)'], products: ['Mg(OH)2(s)', 'H2(g)'], textbook: 'Mg + 2H2O = Mg(OH)2 + H2',
    rate: { basis: 'surface', of: 'Mg(s)', k: 3e-8, refC: 20, eaKJPerMol: 110 }, sees: ['bubbles'], productGrainM: { 'Mg(OH)2(s)': 1e-5 }, source: `${S1} 第四章 实验活动3`,
  },
  // The halogens displace one another from their salts in the order of their oxidising power, Cl₂ > Br₂ > I₂ (Cl₂ + 2Br⁻ = 2Cl⁻ + Br₂,
  // Cl₂ + 2I⁻ = 2Cl⁻ + I₂, Br₂ + 2I⁻ = 2Br⁻ + I₂; E°: Cl₂/Cl⁻ 1.36, Br₂/Br⁻ 1.09, I₂/I⁻ 0.54 V): fast ionic reactions, to completion.
  // The reverse (Br₂ or I₂ into a chloride, I₂ into a bromide) has no row: nothing happens. Excess chlorine going on to oxidise
  // the iodine to iodate (5Cl₂ + I₂ + 6H₂O = 2HIO₃ + 10HCl) is not simulated.
  {
    id: 'chlorine-sodium-bromide', reactants: ['Cl2(aq)', 'NaBr(aq)'], products: ['NaCl(aq)', 'Br2(aq)'], textbook: 'Cl2 + 2NaBr = 2NaCl + Br2',
    rate: { basis: 'instant' }, sees: ['colour'], source: `${S1} 第四章第三节 / 实验活动3`,
  },
  {
    id: 'chlorine-potassium-bromide', reactants: ['Cl2(aq)', 'KBr(aq)'], products: ['KCl(aq)', 'Br2(aq)'], textbook: 'Cl2 + 2KBr = 2KCl + Br2',
    rate: { basis: 'instant' }, sees: ['colour'], source: `${S1} 第四章第三节 / 实验活动3`,
  },
  {
    id: 'chlorine-potassium-iodide', reactants: ['Cl2(aq)', 'KI(aq)'], products: ['KCl(aq)', 'I2(aq)'], textbook: 'Cl2 + 2KI = 2KCl + I2',
    rate: { basis: 'instant' }, sees: ['colour'], source: `${S1} 第四章第三节 / 实验活动3`,
  },
  {
    id: 'bromine-potassium-iodide', reactants: ['Br2(aq)', 'KI(aq)'], products: ['KBr(aq)', 'I2(aq)'], textbook: 'Br2 + 2KI = 2KBr + I2',
    rate: { basis: 'instant' }, sees: ['colour'], source: `${S1} 第四章第三节 / 实验活动3`,
  },
  // ---- Functional groups (senior X3.2, 人教版 选择性必修3 第三章 实验活动2 有机化合物中常见官能团的检验) ----------------------------
  // C=C: bromine adds across the double bond, one Br₂ per C=C (CH₂=CH(CH₂)₃CH₃ + Br₂ → CH₂BrCHBr(CH₂)₃CH₃): the orange fades. Fast on
  // shaking, taken as instant; ΔH of an alkene's bromination about −120 kJ/mol (ethene + Br₂(l), NBS). Hexane, saturated, has no row.
  {
    id: 'hexene-bromine', reactants: ['C6H12(l)', 'Br2(aq)'], products: ['C6H12Br2(l)'], textbook: 'C6H12 + Br2 = C6H12Br2',
    rate: { basis: 'instant' }, enthalpyKJ: -120, sees: ['colour'], source: `${X3} 第二章第二节 烯烃; 第三章 实验活动2`,
  },
  // Acidified permanganate oxidises it too, breaking the C=C: RCH=CH₂ → RCOOH + CO₂ (选择性必修3 第二章第二节): 10 electrons per 1-hexene,
  // 5 per Mn(VII) → Mn²⁺, so 2 KMnO₄ per C=C; the purple fades. The balancer cannot split the carbon between the acid and CO₂ by itself: coefficients given. Instant on shaking; ΔH from the species but for the acid's (not tabulated): given.
  {
    id: 'hexene-permanganate', reactants: ['C6H12(l)', 'KMnO4(aq)', 'H2SO4(aq)'], products: ['C4H9COOH(aq)', 'CO2(g)', 'K2SO4(aq)', 'MnSO4(aq)', 'H2O(l)'],
    textbook: 'C6H12 + 2KMnO4 + 3H2SO4 = C4H9COOH + CO2 + K2SO4 + 2MnSO4 + 4H2O', coefficients: [1, 2, 3, 1, 1, 1, 2, 4], rate: { basis: 'instant' }, enthalpyKJ: -900, sees: ['colour'],
    source: `${X3} 第二章第二节 烯烃; 第三章 实验活动2`,
  },
  // Phenol's -OH: with Fe³⁺ a violet complex (the textbook's 6C₆H₅OH + Fe³⁺ → [Fe(C₆H₅O)₆]³⁻ + 6H⁺, written with FeCl₃ and taken to
  // completion while phenol is in excess); ethanol has no row (no colour). With bromine water a white precipitate of 2,4,6-tribromophenol,
  // three Br₂ per phenol (substitution ortho and para to the -OH): C₆H₅OH + 3Br₂ → C₆H₂Br₃OH↓ + 3HBr. Both instant; heats not shown.
  {
    id: 'phenol-iron-chloride', reactants: ['C6H5OH(aq)', 'FeCl3(aq)'], products: ['H3[Fe(OC6H5)6](aq)', 'HCl(aq)'], textbook: '6C6H5OH + FeCl3 = H3[Fe(OC6H5)6] + 3HCl',
    rate: { basis: 'instant' }, enthalpyKJ: 0, sees: ['colour'], source: `${X3} 第三章第二节 酚; 第三章 实验活动2`,
  },
  {
    id: 'phenol-bromine', reactants: ['C6H5OH(aq)', 'Br2(aq)'], products: ['C6H2Br3OH(s)', 'HBr(aq)'], textbook: 'C6H5OH + 3Br2 = C6H2Br3OH + 3HBr',
    rate: { basis: 'instant' }, enthalpyKJ: 0, sees: ['precipitate', 'colour'], source: `${X3} 第三章第二节 酚; 第三章 实验活动2`,
  },
  // The haloalkane: 1-bromobutane boiled with NaOH solution gives up its bromine as Br⁻ (CH₃CH₂CH₂CH₂Br + NaOH →△ C₄H₉OH + NaBr,
  // 选择性必修3 第三章第一节): rate k · n(C₄H₉Br), k tuned so that a few drops are hydrolysed in a minute or two in a 80 °C bath and not in
  // hours cold (Ea 90 kJ/mol, of the order measured for the hydrolysis of primary bromoalkanes). ΔH about −70 kJ/mol.
  {
    id: 'bromobutane-hydrolysis', reactants: ['C4H9Br(l)', 'NaOH(aq)'], products: ['C4H9OH(aq)', 'NaBr(aq)'], textbook: 'C4H9Br + NaOH = C4H9OH + NaBr',
    rate: { basis: 'amount', of: 'C4H9Br(l)', k: 0.1, refC: 80, eaKJPerMol: 90 }, conditions: { heating: true }, enthalpyKJ: -70,
    sees: [], source: `${X3} 第三章第一节 卤代烃; 第三章 实验活动2`,
  },
  // Then dilute nitric acid first, to take the NaOH left over (H⁺ + OH⁻ = H₂O), and only then AgNO₃: pale-yellow AgBr (Ag⁺ + Br⁻ = AgBr↓).
  // AgNO₃ dropped in while the NaOH is still in excess gives brown-black Ag₂O (2Ag⁺ + 2OH⁻ = Ag₂O↓ + H₂O), which hides the pale yellow:
  // the textbook's reason to acidify first. Silver bromide is the less soluble (Ksp 5 × 10⁻¹³ against AgOH's 2 × 10⁻⁸), but with OH⁻ in
  // large excess where the drops fall the dark oxide forms; taken here as the silver going to the hydroxide first (this row before AgBr's),
  // a modelling choice that shows the interference the textbook warns of. Nitric acid then dissolves the oxide again.
  {
    id: 'nitric-naoh', reactants: ['HNO3(aq)', 'NaOH(aq)'], products: ['NaNO3(aq)', 'H2O(l)'], textbook: 'HNO3 + NaOH = NaNO3 + H2O',
    rate: { basis: 'instant' }, sees: ['warm'], source: `${X3} 第三章 实验活动2`,
  },
  {
    id: 'silver-oxide', reactants: ['AgNO3(aq)', 'NaOH(aq)'], products: ['Ag2O(s)', 'NaNO3(aq)', 'H2O(l)'], textbook: '2AgNO3 + 2NaOH = Ag2O + 2NaNO3 + H2O',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${X3} 第三章 实验活动2 (先加稀硝酸酸化)`,
  },
  {
    id: 'silver-oxide-nitric', reactants: ['Ag2O(s)', 'HNO3(aq)'], products: ['AgNO3(aq)', 'H2O(l)'], textbook: 'Ag2O + 2HNO3 = 2AgNO3 + H2O',
    rate: { basis: 'instant' }, sees: ['dissolves'], source: `${X3} 第三章 实验活动2`,
  },
  {
    id: 'silver-bromide', reactants: ['NaBr(aq)', 'AgNO3(aq)'], products: ['AgBr(s)', 'NaNO3(aq)'], textbook: 'NaBr + AgNO3 = AgBr + NaNO3',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${X3} 第三章第一节; 第三章 实验活动2`,
  },
  // -COOH: acetic acid is stronger than carbonic acid: NaHCO₃ gives CO₂ bubbles (CH₃COOH + NaHCO₃ = CH₃COONa + H₂O + CO₂↑). Instant.
  {
    id: 'acetic-bicarbonate', reactants: ['CH3COOH(aq)', 'NaHCO3(aq)'], products: ['CH3COONa(aq)', 'H2O(l)', 'CO2(g)'], textbook: 'CH3COOH + NaHCO3 = CH3COONa + H2O + CO2',
    rate: { basis: 'instant' }, sees: ['bubbles'], source: `${X3} 第三章第四节 羧酸; 第三章 实验活动2`,
  },
  // ---- Salt hydrolysis (senior X1.3) ------------------------------------------------------------------------------
  // The foam extinguisher (泡沫灭火器): Al³⁺ and HCO₃⁻ each hydrolyse, and together drive each other to completion (相互促进的
  // 水解): Al³⁺ + 3HCO₃⁻ = Al(OH)₃↓ + 3CO₂↑, a white precipitate and a burst of gas. Taken to completion, as the textbook writes it.
  {
    id: 'foam-extinguisher', reactants: ['Al2(SO4)3(aq)', 'NaHCO3(aq)'], products: ['Al(OH)3(s)', 'Na2SO4(aq)', 'CO2(g)'], textbook: 'Al2(SO4)3 + 6NaHCO3 = 2Al(OH)3 + 3Na2SO4 + 6CO2',
    rate: { basis: 'instant' }, sees: ['bubbles', 'precipitate'], source: `${X1} 第三章第三节 盐类的水解 (泡沫灭火器)`,
  },
  // Iron(III) chloride dropped into boiling water hydrolyses to a red-brown Fe(OH)₃ colloid (人教版 必修第一册 第一章第一节
  // 实验1-1; 选择性必修1 第三章第三节, 盐类水解的应用: 制备胶体); boiling drives it (hydrolysis takes in heat: from ΔfH°, +83 kJ
  // per FeCl₃, and the HCl is driven off), and in cold water the solution stays pale yellow. Taken as first order in FeCl₃ above
  // 90 °C, half of it in about 20 s at 100 °C (k tuned: the textbook's "continue boiling until the liquid is red-brown").
  {
    id: 'iron-iii-colloid', reactants: ['FeCl3(aq)', 'H2O(l)'], products: ['Fe(OH)3:colloid(aq)', 'HCl(aq)'], textbook: 'FeCl3 + 3H2O = Fe(OH)3 + 3HCl',
    rate: { basis: 'amount', of: 'FeCl3(aq)', k: 0.035, refC: 100, eaKJPerMol: 100 }, conditions: { minC: 90 }, sees: ['colour'],
    source: `${S1} 第一章第一节 实验1-1; ${X1} 第三章第三节 盐类水解的应用`,
  },
  // ---- Sulfur between its oxidation states (senior B2.2, 必修第二册 第五章 实验活动5) --------------------------------------------------
  // −2 and +4 → 0: sulfide and sulfite sit together in their (alkaline) solution; acidified, they give sulfur (归中反应):
  // 2S²⁻ + SO₃²⁻ + 6H⁺ = 3S↓ + 3H₂O. Six species and four elements leave the balancer two choices, so the textbook's coefficients are
  // given (checked to conserve every element). Listed before the acid's reactions with either salt alone, so that acid dropped into the
  // mixture makes sulfur first; only what is left over of one salt then gives H₂S (too much sulfide) or SO₂ (too much sulfite).
  {
    id: 'sulfide-sulfite-acid', reactants: ['Na2S(aq)', 'Na2SO3(aq)', 'H2SO4(aq)'], products: ['S(s)', 'Na2SO4(aq)', 'H2O(l)'], textbook: '2Na2S + Na2SO3 + 3H2SO4 = 3S + 3Na2SO4 + 3H2O',
    coefficients: [2, 1, 3, 3, 3, 3], rate: { basis: 'instant' }, sees: ['precipitate'], source: `${S2} 第五章 实验活动5 不同价态含硫物质的转化`,
  },
  // +4 → +6: sulfite decolourises acidified permanganate (5SO₃²⁻ + 2MnO₄⁻ + 6H⁺ = 5SO₄²⁻ + 2Mn²⁺ + 3H₂O), and hydrogen peroxide
  // oxidises it to sulfate (SO₃²⁻ + H₂O₂ = SO₄²⁻ + H₂O); both as fast as the solutions mix.
  {
    id: 'sulfite-permanganate', reactants: ['Na2SO3(aq)', 'KMnO4(aq)', 'H2SO4(aq)'], products: ['Na2SO4(aq)', 'K2SO4(aq)', 'MnSO4(aq)', 'H2O(l)'], textbook: '5Na2SO3 + 2KMnO4 + 3H2SO4 = 5Na2SO4 + K2SO4 + 2MnSO4 + 3H2O',
    rate: { basis: 'instant' }, sees: ['colour'], source: `${S2} 第五章 实验活动5 不同价态含硫物质的转化`,
  },
  {
    id: 'sulfite-peroxide', reactants: ['Na2SO3(aq)', 'H2O2(aq)'], products: ['Na2SO4(aq)', 'H2O(l)'], textbook: 'Na2SO3 + H2O2 = Na2SO4 + H2O',
    rate: { basis: 'instant' }, sees: [], source: `${S2} 第五章第一节 硫酸根离子的检验; 实验活动5`,
  },
  // +6 → +4: copper reduces hot concentrated sulfuric acid (Cu + 2H₂SO₄(浓) =△= CuSO₄ + SO₂↑ + 2H₂O; 必修第二册 第五章第一节 实验5-3);
  // dilute acid does not touch copper, and cold concentrated acid next to nothing. Taken on the copper's surface above 120 °C (k tuned:
  // a few millilitres of SO₂ a second from 0.2 g of copper wire at 200–250 °C, Ea 60 kJ/mol).
  {
    id: 'copper-concentrated-sulfuric', reactants: ['Cu(s)', 'H2SO4(l)'], products: ['CuSO4(s)', 'SO2(g)', 'H2O(l)'], textbook: 'Cu + 2H2SO4 = CuSO4 + SO2 + 2H2O',
    rate: { basis: 'surface', of: 'Cu(s)', k: 1, refC: 220, eaKJPerMol: 60 }, conditions: { minC: 120, heating: true }, sees: ['bubbles', 'smell'],
    source: `${S2} 第五章第一节 实验5-3`,
  },
  // SO₂ takes the colour out of magenta (品红) by adding to it as a colourless compound, as fast as the gas meets the solution (实验5-2);
  // the compound does not hold in a hot solution: heated, it gives the SO₂ back and the red returns (the textbook's 加热后恢复红色).
  // Not above 60 °C, and back again above it (first order in the compound, k tuned: most of it in a minute near the boil; an estimate).
  {
    id: 'magenta-sulfur-dioxide', reactants: ['C20H20ClN3(aq)', 'SO2(g)'], products: ['C20H20ClN3:so2(aq)'], textbook: 'C20H20ClN3 + SO2 = C20H20ClN3O2S',
    rate: { basis: 'instant' }, conditions: { maxC: 60 }, enthalpyKJ: -20, sees: ['colour'], source: `${S2} 第五章第一节 实验5-2`,
  },
  // The same with SO₂ already dissolved (the solution from the inverted tube, 实验5-1 then 5-2: a drop of magenta into it loses its colour).
  {
    id: 'magenta-sulfurous', reactants: ['C20H20ClN3(aq)', 'SO2(aq)'], products: ['C20H20ClN3:so2(aq)'], textbook: 'C20H20ClN3 + SO2 = C20H20ClN3O2S',
    rate: { basis: 'instant' }, conditions: { maxC: 60 }, enthalpyKJ: -20, sees: ['colour'], source: `${S2} 第五章第一节 实验5-1, 实验5-2`,
  },
  {
    id: 'magenta-sulfur-dioxide-heated', reactants: ['C20H20ClN3:so2(aq)'], products: ['C20H20ClN3(aq)', 'SO2(g)'], textbook: 'C20H20ClN3O2S = C20H20ClN3 + SO2',
    rate: { basis: 'amount', of: 'C20H20ClN3:so2(aq)', k: 0.05, refC: 100, eaKJPerMol: 60 }, conditions: { minC: 60, heating: true }, enthalpyKJ: 20, sees: ['colour'], source: `${S2} 第五章第一节 实验5-2`,
  },
  // Chlorine water bleaches it for good: it oxidises the dye (HClO), and heating brings nothing back. Written formally as 1 Cl₂ per dye
  // molecule (the oxidation's products are not one compound).
  {
    id: 'magenta-chlorine', reactants: ['C20H20ClN3(aq)', 'Cl2(aq)'], products: ['C20H20Cl3N3:bleached(aq)'], textbook: 'C20H20ClN3 + Cl2 = C20H20Cl3N3',
    rate: { basis: 'instant' }, enthalpyKJ: 0, sees: ['colour'], source: `${S2} 第五章第一节 实验5-2 (与氯水对比); ${S1} 第二章第二节 氯气`,
  },
  // The tail gas: sodium hydroxide takes up SO₂ (SO₂ + 2NaOH = Na₂SO₃ + H₂O).
  {
    id: 'naoh-sulfur-dioxide', reactants: ['NaOH(aq)', 'SO2(g)'], products: ['Na2SO3(aq)', 'H2O(l)'], textbook: '2NaOH + SO2 = Na2SO3 + H2O',
    rate: { basis: 'amount', of: 'SO2(g)', k: 0.5 }, sees: [], source: `${S2} 第五章第一节 二氧化硫`,
  },
  // Telling sulfate from sulfite (硫酸根离子的检验): barium chloride precipitates both white, but BaSO₄ stays in dilute hydrochloric acid while
  // BaSO₃ dissolves in it, giving off SO₂ (BaSO₃ + 2HCl = BaCl₂ + SO₂↑ + H₂O). Sulfite in acid gives SO₂, sulfide H₂S.
  {
    id: 'barium-sulfate', reactants: ['BaCl2(aq)', 'Na2SO4(aq)'], products: ['BaSO4(s)', 'NaCl(aq)'], textbook: 'BaCl2 + Na2SO4 = BaSO4 + 2NaCl',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${S2} 第五章第一节 实验5-4 硫酸根离子的检验`,
  },
  {
    id: 'barium-sulfate-acid', reactants: ['BaCl2(aq)', 'H2SO4(aq)'], products: ['BaSO4(s)', 'HCl(aq)'], textbook: 'BaCl2 + H2SO4 = BaSO4 + 2HCl',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${S2} 第五章第一节 实验5-4 硫酸根离子的检验`,
  },
  {
    id: 'barium-sulfite', reactants: ['BaCl2(aq)', 'Na2SO3(aq)'], products: ['BaSO3(s)', 'NaCl(aq)'], textbook: 'BaCl2 + Na2SO3 = BaSO3 + 2NaCl',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${S2} 第五章第一节 硫酸根离子的检验`,
  },
  {
    id: 'barium-sulfite-hcl', reactants: ['BaSO3(s)', 'HCl(aq)'], products: ['BaCl2(aq)', 'SO2(g)', 'H2O(l)'], textbook: 'BaSO3 + 2HCl = BaCl2 + SO2 + H2O',
    rate: { basis: 'instant' }, sees: ['dissolves', 'bubbles', 'smell'], source: `${S2} 第五章第一节 硫酸根离子的检验`,
  },
  {
    id: 'sulfite-hcl', reactants: ['Na2SO3(aq)', 'HCl(aq)'], products: ['NaCl(aq)', 'SO2(g)', 'H2O(l)'], textbook: 'Na2SO3 + 2HCl = 2NaCl + SO2 + H2O',
    rate: { basis: 'instant' }, sees: ['bubbles', 'smell'], source: `${S2} 第五章第一节 二氧化硫`,
  },
  {
    id: 'sulfite-sulfuric', reactants: ['Na2SO3(aq)', 'H2SO4(aq)'], products: ['Na2SO4(aq)', 'SO2(g)', 'H2O(l)'], textbook: 'Na2SO3 + H2SO4 = Na2SO4 + SO2 + H2O',
    rate: { basis: 'instant' }, sees: ['bubbles', 'smell'], source: `${S2} 第五章第一节 二氧化硫`,
  },
  {
    id: 'sulfide-sulfuric', reactants: ['Na2S(aq)', 'H2SO4(aq)'], products: ['Na2SO4(aq)', 'H2S(g)'], textbook: 'Na2S + H2SO4 = Na2SO4 + H2S',
    rate: { basis: 'instant' }, sees: ['bubbles', 'smell'], source: `${S2} 第五章 实验活动5 不同价态含硫物质的转化`,
  },
  {
    id: 'sulfide-hcl', reactants: ['Na2S(aq)', 'HCl(aq)'], products: ['NaCl(aq)', 'H2S(g)'], textbook: 'Na2S + 2HCl = 2NaCl + H2S',
    rate: { basis: 'instant' }, sees: ['bubbles', 'smell'], source: `${S2} 第五章 实验活动5 不同价态含硫物质的转化`,
  },
  // ---- The crude salt's soluble impurities (senior B2.1; 必修第二册 第五章 实验活动4 用化学沉淀法去除粗盐中的杂质离子) ---------------
  // Ion-exchange precipitations, as fast as the solutions mix (BaSO₄ and Mg(OH)₂: the rows above); the barium sulfate first (Ksp 1.1e-10,
  // BaCO₃ 2.6e-9: sulfate takes the barium before carbonate does when both are there). Ca(OH)₂ (1.7 g/L) and MgCO₃ (Ksp 6.8e-6) stay dissolved at these amounts (model.md).
  {
    id: 'calcium-carbonate', reactants: ['CaCl2(aq)', 'Na2CO3(aq)'], products: ['CaCO3(s)', 'NaCl(aq)'], textbook: 'CaCl2 + Na2CO3 = CaCO3 + 2NaCl',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${S2} 第五章 实验活动4`,
  },
  {
    id: 'barium-carbonate', reactants: ['BaCl2(aq)', 'Na2CO3(aq)'], products: ['BaCO3(s)', 'NaCl(aq)'], textbook: 'BaCl2 + Na2CO3 = BaCO3 + 2NaCl',
    rate: { basis: 'instant' }, sees: ['precipitate'], source: `${S2} 第五章 实验活动4`,
  },
  // Hydrochloric acid dissolves the hydroxide and the carbonates again (why the textbook filters before adding it); BaSO₄ stays.
  {
    id: 'magnesium-hydroxide-hcl', reactants: ['Mg(OH)2(s)', 'HCl(aq)'], products: ['MgCl2(aq)', 'H2O(l)'], textbook: 'Mg(OH)2 + 2HCl = MgCl2 + 2H2O',
    rate: { basis: 'instant' }, sees: ['dissolves'], source: `${S2} 第五章 实验活动4`,
  },
  {
    id: 'barium-carbonate-hcl', reactants: ['BaCO3(s)', 'HCl(aq)'], products: ['BaCl2(aq)', 'H2O(l)', 'CO2(g)'], textbook: 'BaCO3 + 2HCl = BaCl2 + H2O + CO2',
    rate: { basis: 'instant' }, sees: ['bubbles', 'dissolves'], source: `${S2} 第五章 实验活动4`,
  },
  // Calcium hydrogencarbonate (from the CO₂ of the dissolving carbonates meeting the chalk) does not outlast the acid either.
  {
    id: 'calcium-bicarbonate-hcl', reactants: ['Ca(HCO3)2(aq)', 'HCl(aq)'], products: ['CaCl2(aq)', 'H2O(l)', 'CO2(g)'], textbook: 'Ca(HCO3)2 + 2HCl = CaCl2 + 2H2O + 2CO2',
    rate: { basis: 'instant' }, sees: ['bubbles'], source: `${S2} 第五章 实验活动4`,
  },
  // ---- Water (junior item 8) ----------------------------------------------------------------------------------
  {
    id: 'water-electrolysis', reactants: ['H2O(l)'], products: ['H2(g)', 'O2(g)'], textbook: '2H2O = 2H2 + O2',
    rate: { basis: 'current', electrons: 4 }, conditions: { current: true }, sees: ['bubbles'], source: `${J9A} 第四单元 课题3 水的组成 实验4-6`,
  },
  // ---- A cell (senior B2.3): zinc gives up electrons through the wire, hydrogen comes off the copper ----------
  {
    id: 'zinc-copper-cell', reactants: ['Zn(s)', 'H2SO4(aq)'], products: ['ZnSO4(aq)', 'H2(g)'], textbook: 'Zn + H2SO4 = ZnSO4 + H2',
    rate: { basis: 'current', electrons: 2 }, conditions: { current: true }, sees: ['bubbles'], source: `${S2} 第六章 第一节 实验6-3 原电池`,
  },
  // ---- Ethanol and acetic acid (senior B2.6) ------------------------------------------------------------------
  // Sodium the size of a mung bean is gone in water in a few seconds, in ethanol only after minutes (k tuned 20 : 1).
  {
    id: 'ethanol-sodium', reactants: ['C2H5OH(l)', 'Na(s)'], products: ['C2H5ONa(aq)', 'H2(g)'], textbook: '2C2H5OH + 2Na = 2C2H5ONa + H2',
    rate: { basis: 'surface', of: 'Na(s)', k: 0.05, refC: 20, eaKJPerMol: 40 }, enthalpyKJ: -180, sees: ['bubbles'], source: `${S2} 第七章 第三节 实验7-4`,
  },
  {
    id: 'water-sodium', reactants: ['H2O(l)', 'Na(s)'], products: ['NaOH(aq)', 'H2(g)'], textbook: '2Na + 2H2O = 2NaOH + H2',
    rate: { basis: 'surface', of: 'Na(s)', k: 1, refC: 20, eaKJPerMol: 30 }, sees: ['bubbles', 'warm', 'dissolves'], source: `${S1} 第二章 第一节 钠与水的反应`,
  },
  {
    // The oxide on a wire plunged red-hot into ethanol is gone at once (趁热插入); cold, it stays black.
    id: 'ethanol-copper-oxide', reactants: ['C2H5OH(l)', 'CuO(s)'], products: ['CH3CHO(g)', 'Cu(s)', 'H2O(l)'], textbook: 'C2H5OH + CuO = CH3CHO + Cu + H2O',
    rate: { basis: 'surface', of: 'CuO(s)', k: 0.5, refC: 300, eaKJPerMol: 80 }, sees: ['colour', 'smell'], productGrainM: { 'Cu(s)': 1e-3 }, source: `${S2} 第七章 第三节 实验7-5 乙醇的催化氧化`,
  },
  {
    id: 'acetic-soda', reactants: ['CH3COOH(aq)', 'Na2CO3(aq)'], products: ['CH3COONa(aq)', 'H2O(l)', 'CO2(g)'], textbook: '2CH3COOH + Na2CO3 = 2CH3COONa + H2O + CO2',
    rate: { basis: 'instant' }, sees: ['bubbles'], source: `${S2} 第七章 第三节 乙酸的酸性`,
  },
  {
    id: 'acetic-naoh', reactants: ['CH3COOH(aq)', 'NaOH(aq)'], products: ['CH3COONa(aq)', 'H2O(l)'], textbook: 'CH3COOH + NaOH = CH3COONa + H2O',
    rate: { basis: 'instant' }, sees: ['warm'], source: `${S2} 第七章 第三节 乙酸的酸性`,
  },
  {
    id: 'acetic-marble', reactants: ['CaCO3(s)', 'CH3COOH(aq)'], products: ['(CH3COO)2Ca(aq)', 'H2O(l)', 'CO2(g)'], textbook: 'CaCO3 + 2CH3COOH = (CH3COO)2Ca + H2O + CO2',
    rate: { basis: 'surface', of: 'CaCO3(s)', k: 1.5e-3, refC: 20, eaKJPerMol: 40, orders: { 'CH3COOH(aq)': 1 } }, enthalpyKJ: -15, sees: ['bubbles'], source: `${S2} 第七章 第三节 (乙酸与碳酸钙: 除水垢)`,
  },
  {
    // Acetic acid mixes into water: the pure liquid becomes the dissolved acid (no heat worth showing).
    id: 'acetic-dilutes', reactants: ['CH3COOH(l)'], products: ['CH3COOH(aq)'], textbook: 'CH3COOH = CH3COOH',
    rate: { basis: 'amount', of: 'CH3COOH(l)', k: 1 }, conditions: { needs: ['H2O(l)'] }, enthalpyKJ: -1.5, sees: [], source: `${S2} 第七章 第三节`,
  },
  // ---- Sugars (senior X3.3; 选择性必修3 第四章第一节 and 实验活动3 糖类的性质) ------------------------------------------------
  // Freshly made Cu(OH)₂ in excess alkali (2 mL 10 % NaOH + 5 drops 5 % CuSO₄) oxidises glucose on boiling to brick-red Cu₂O, as the
  // textbook writes it: CH₂OH(CHOH)₄CHO + 2Cu(OH)₂ + NaOH →△ CH₂OH(CHOH)₄COONa + Cu₂O↓ + 3H₂O. Rate k · n(glucose) while there is
  // hydroxide: fast at 100 °C (k tuned: done in ~10 s once boiling), next to nothing cold (Ea 100 kJ/mol: hours at 20 °C). Heat left out (the flame sets the temperature).
  {
    id: 'glucose-copper-hydroxide', reactants: ['C6H12O6(aq)', 'Cu(OH)2(s)', 'NaOH(aq)'], products: ['C6H11O7Na(aq)', 'Cu2O(s)', 'H2O(l)'], textbook: 'C6H12O6 + 2Cu(OH)2 + NaOH = C6H11O7Na + Cu2O + 3H2O',
    rate: { basis: 'amount', of: 'C6H12O6(aq)', k: 0.3, refC: 100, eaKJPerMol: 100 }, conditions: { heating: true }, enthalpyKJ: 0,
    sees: ['precipitate', 'colour'], source: `${X3} 第四章第一节 实验4-1`,
  },
  {
    // Made with too little NaOH (CuSO₄ in excess) there is no alkali left: heated, the blue hydroxide only loses water to black CuO
    // (Cu(OH)₂ =△ CuO + H₂O, 人教版 九年级下册 第十单元), and no brick-red Cu₂O forms. Near the boil in seconds, not at all below 60 °C
    // (the complexes' pale blue precipitate keeps).
    id: 'copper-hydroxide-black', reactants: ['Cu(OH)2(s)'], products: ['CuO(s)', 'H2O(l)'], textbook: 'Cu(OH)2 = CuO + H2O',
    rate: { basis: 'amount', of: 'Cu(OH)2(s)', k: 0.1, refC: 100, eaKJPerMol: 80 }, conditions: { heating: true, minC: 60, absent: ['NaOH(aq)'] },
    sees: ['colour', 'precipitate'], source: `${X3} 第四章第一节 实验4-1 (NaOH 须过量)`,
  },
  // Tollens' reagent, made by adding 2 % ammonia to 2 % AgNO₃ until the precipitate first formed just dissolves (选择性必修3 第三章第三节
  // 实验3-7): AgNO₃ + NH₃·H₂O = AgOH↓ + NH₄NO₃, then AgOH + 2NH₃·H₂O = [Ag(NH₃)₂]OH + 2H₂O (written here with NH₃ for NH₃·H₂O). The
  // precipitate dissolves only once the Ag⁺ is used up (while Ag⁺ is left, the complex would give it back). AgOH's heat is not tabulated.
  {
    id: 'silver-hydroxide', reactants: ['AgNO3(aq)', 'NH3(aq)', 'H2O(l)'], products: ['AgOH(s)', 'NH4NO3(aq)'], textbook: 'AgNO3 + NH3 + H2O = AgOH + NH4NO3',
    rate: { basis: 'instant' }, enthalpyKJ: 0, sees: ['precipitate'], source: `${X3} 第三章第三节 实验3-7`,
  },
  {
    id: 'silver-ammine-hydroxide', reactants: ['AgOH(s)', 'NH3(aq)'], products: ['Ag(NH3)2OH(aq)'], textbook: 'AgOH + 2NH3 = Ag(NH3)2OH',
    rate: { basis: 'instant' }, conditions: { absent: ['AgNO3(aq)'] }, enthalpyKJ: 0, sees: ['dissolves'], source: `${X3} 第三章第三节 实验3-7`,
  },
  // Glucose reduces it in a warm water bath (the textbook: CH₂OH(CHOH)₄CHO + 2Ag(NH₃)₂OH →水浴 CH₂OH(CHOH)₄COONH₄ + 2Ag↓ + 3NH₃ + H₂O):
  // 1 mol glucose, 2 mol Ag. Rate k · n(glucose) · [Ag(NH₃)₂⁺]. Warmed evenly and still (a water bath) the silver plates the glass as a mirror
  // within a minute or so at 60–70 °C (k tuned), over many minutes at room temperature (Ea 80 kJ/mol); heated in a flame it comes out as black powder.
  {
    id: 'silver-mirror', reactants: ['C6H12O6(aq)', 'Ag(NH3)2OH(aq)'], products: ['C6H15NO7(aq)', 'Ag:mirror(s)', 'NH3(aq)', 'H2O(l)'], textbook: 'C6H12O6 + 2Ag(NH3)2OH = C6H15NO7 + 2Ag + 3NH3 + H2O',
    rate: { basis: 'amount', of: 'C6H12O6(aq)', k: 0.5, refC: 60, eaKJPerMol: 80, orders: { 'Ag(NH3)2OH(aq)': 1 } }, conditions: { overFlame: false }, enthalpyKJ: 0,
    sees: ['deposit'], source: `${X3} 第三章第三节 实验3-7; 第四章第一节 实验4-1`,
  },
  {
    id: 'silver-black', reactants: ['C6H12O6(aq)', 'Ag(NH3)2OH(aq)'], products: ['C6H15NO7(aq)', 'Ag:powder(s)', 'NH3(aq)', 'H2O(l)'], textbook: 'C6H12O6 + 2Ag(NH3)2OH = C6H15NO7 + 2Ag + 3NH3 + H2O',
    rate: { basis: 'amount', of: 'C6H12O6(aq)', k: 0.5, refC: 60, eaKJPerMol: 80, orders: { 'Ag(NH3)2OH(aq)': 1 } }, conditions: { overFlame: true }, enthalpyKJ: 0,
    sees: ['precipitate'], productGrainM: { 'Ag:powder(s)': 1e-5 }, source: `${X3} 第三章第三节 实验3-7 (水浴加热)`,
  },
  {
    // Tollens' reagent poured into a hydrolysate still acid (not neutralised) is destroyed: its ammonia and hydroxide are taken by the
    // acid, the silver left as Ag⁺, which glucose does not reduce: no mirror (why the textbook neutralises with NaOH first).
    id: 'silver-ammine-acid', reactants: ['Ag(NH3)2OH(aq)', 'H2SO4(aq)'], products: ['Ag2SO4(aq)', '(NH4)2SO4(aq)', 'H2O(l)'], textbook: '2Ag(NH3)2OH + 3H2SO4 = Ag2SO4 + 2(NH4)2SO4 + 2H2O',
    rate: { basis: 'instant' }, enthalpyKJ: -150, sees: [], source: `${X3} 第四章第一节 实验4-2 (水解液须先中和)`,
  },
  // Hydrolysis with dilute sulfuric acid as catalyst in a hot water bath (实验4-2, 实验活动3): rate k · n · [H₂SO₄], Ea 108 kJ/mol (the
  // acid hydrolysis of sucrose, the classic inversion; starch taken alike), k tuned so that a few drops of 20 % acid do it in a few minutes at
  // 80–90 °C and not in hours cold. ΔH of sucrose's hydrolysis about −15 kJ/mol, starch's a few kJ/mol per unit.
  {
    id: 'sucrose-hydrolysis', reactants: ['C12H22O11(aq)', 'H2O(l)'], products: ['C6H12O6(aq)', 'C6H12O6:fructose(aq)'], textbook: 'C12H22O11 + H2O = C6H12O6 + C6H12O6',
    coefficients: [1, 1, 1, 1],
    rate: { basis: 'amount', of: 'C12H22O11(aq)', k: 0.3, refC: 80, eaKJPerMol: 108, orders: { 'H2SO4(aq)': 1 } }, conditions: { needs: ['H2SO4(aq)'], heating: true }, enthalpyKJ: -15,
    sees: [], source: `${X3} 第四章第一节 实验4-2`,
  },
  {
    id: 'starch-hydrolysis', reactants: ['C6H10O5:starch(aq)', 'H2O(l)'], products: ['C6H12O6(aq)'], textbook: 'C6H10O5 + H2O = C6H12O6',
    rate: { basis: 'amount', of: 'C6H10O5:starch(aq)', k: 0.15, refC: 80, eaKJPerMol: 108, orders: { 'H2SO4(aq)': 1 } }, conditions: { needs: ['H2SO4(aq)'], heating: true }, enthalpyKJ: -4,
    sees: [], source: `${X3} 第四章第一节 实验活动3 淀粉的水解`,
  },
  // Fructose, a ketose, reduces the same reagents in alkali: there it turns to glucose (and mannose) by way of their common enediol
  // (选择性必修3 第四章第一节, 果糖; the Lobry de Bruyn–van Ekenstein rearrangement). Taken at once wherever there is alkali.
  {
    id: 'fructose-alkali', reactants: ['C6H12O6:fructose(aq)'], products: ['C6H12O6(aq)'], textbook: 'C6H12O6 = C6H12O6',
    rate: { basis: 'instant' }, conditions: { needs: ['NaOH(aq)'] }, enthalpyKJ: 0, sees: [], source: `${X3} 第四章第一节 果糖`,
  },
  {
    id: 'fructose-tollens', reactants: ['C6H12O6:fructose(aq)'], products: ['C6H12O6(aq)'], textbook: 'C6H12O6 = C6H12O6',
    rate: { basis: 'instant' }, conditions: { needs: ['Ag(NH3)2OH(aq)'] }, enthalpyKJ: 0, sees: [], source: `${X3} 第四章第一节 果糖`,
  },
  // ---- The aldehyde group (senior X3.2; 选择性必修3 第三章第三节 实验3-7, 3-8 and 第三章 实验活动2) ------------------------------------
  // Acetaldehyde reduces the same reagents as glucose, with the same conditions (the textbook's equations): with fresh Cu(OH)₂ in excess
  // NaOH, boiled, brick-red Cu₂O (CH₃CHO + 2Cu(OH)₂ + NaOH →△ CH₃COONa + Cu₂O↓ + 3H₂O); with Tollens' reagent warmed in a water bath, a
  // silver mirror (CH₃CHO + 2Ag(NH₃)₂OH →水浴 CH₃COONH₄ + 2Ag↓ + 3NH₃ + H₂O), black silver powder when the tube sits in the flame. Rate laws
  // and constants as glucose's (tuned: seconds at the boil, a minute in the bath); heats left out (the flame or the bath sets the temperature).
  {
    id: 'acetaldehyde-copper-hydroxide', reactants: ['CH3CHO(aq)', 'Cu(OH)2(s)', 'NaOH(aq)'], products: ['CH3COONa(aq)', 'Cu2O(s)', 'H2O(l)'], textbook: 'CH3CHO + 2Cu(OH)2 + NaOH = CH3COONa + Cu2O + 3H2O',
    rate: { basis: 'amount', of: 'CH3CHO(aq)', k: 0.3, refC: 100, eaKJPerMol: 100 }, conditions: { heating: true }, enthalpyKJ: 0,
    sees: ['precipitate', 'colour'], source: `${X3} 第三章第三节 实验3-8; 第三章 实验活动2`,
  },
  {
    id: 'acetaldehyde-silver-mirror', reactants: ['CH3CHO(aq)', 'Ag(NH3)2OH(aq)'], products: ['CH3COONH4(aq)', 'Ag:mirror(s)', 'NH3(aq)', 'H2O(l)'], textbook: 'CH3CHO + 2Ag(NH3)2OH = CH3COONH4 + 2Ag + 3NH3 + H2O',
    rate: { basis: 'amount', of: 'CH3CHO(aq)', k: 0.5, refC: 60, eaKJPerMol: 80, orders: { 'Ag(NH3)2OH(aq)': 1 } }, conditions: { overFlame: false }, enthalpyKJ: 0,
    sees: ['deposit'], source: `${X3} 第三章第三节 实验3-7; 第三章 实验活动2`,
  },
  {
    id: 'acetaldehyde-silver-black', reactants: ['CH3CHO(aq)', 'Ag(NH3)2OH(aq)'], products: ['CH3COONH4(aq)', 'Ag:powder(s)', 'NH3(aq)', 'H2O(l)'], textbook: 'CH3CHO + 2Ag(NH3)2OH = CH3COONH4 + 2Ag + 3NH3 + H2O',
    rate: { basis: 'amount', of: 'CH3CHO(aq)', k: 0.5, refC: 60, eaKJPerMol: 80, orders: { 'Ag(NH3)2OH(aq)': 1 } }, conditions: { overFlame: true }, enthalpyKJ: 0,
    sees: ['precipitate'], productGrainM: { 'Ag:powder(s)': 1e-5 }, source: `${X3} 第三章第三节 实验3-7 (水浴加热)`,
  },
];
