/**
 * What the wet bench's parts read: a value by part and name (the names are listed in ../bench-engine.ts), as a
 * student would read it (a cylinder from where the eye is, a balance to 0.1 g, pH paper to a whole number) or true.
 */
import { bubblePointK, ESTER, esterLayerMl, esterOf, layerThicknessMm } from '../chem/esterification';
import { pHOf, pHPaperReading } from '../chem/acidity';
import { appearanceOf } from '../chem/appearance';
import { amountOf, concentrationMolL, condensedVolumeMl, gasAmount, liquidVolumeMl, massOfG, type Contents } from '../chem/contents';
import { layerMolL, organicLayer } from '../chem/extraction';
import { gasVolumeMl, purity } from '../chem/gases';
import { hydroxideOxidisedShare, thiocyanateComplexMolL } from '../chem/iron-colours';
import { waterBoilingPointK } from '../chem/heat';
import { molarMassOf } from '../chem/species';
import { STARCH, starchIodineMolL } from '../chem/starch-iodine';
import { fuelOf, pieceValue } from '../combustion';
import { blackness, copperG } from '../copper-wire';
import { armMl } from '../electrolysis';
import { buretteReadingMl } from '../burette-reading';
import { ARM_ML } from '../parts/hofmann';
import { GAS_JAR_ML } from '../parts/gas-jar';
import { capacityMl } from '../reagents';
import { crystallisedShare, dryProductG, saltG } from '../salt-purification';
import { crudeSaltValue } from '../crude-salt-ions';
import { balancePointer, balanceReadingG, cylinderReading, massFractionPct } from '../solution-prep';
import { thermometerReading } from '../thermometer-reading';
import { readEstimated, readToDivision } from '../../bench/instruments/scale-reading';
import { SUPPLY_AMMETER_DIVISION_A } from '../parts/dc-supply';
import { BALANCE_DIVISION_G } from '../parts/electronic-balance';
import { freshStrip, looseSharePct, STRIP_SPECIES, stripMassG } from './cell-step';
import { filmValue } from './film-step';
import { generatorOfJet } from './outlet-flame';
import { onPan } from './places';
import { celsius, type WetBench } from './state';

/** An organic layer apart from the water (../chem/extraction.ts): its volume, and the bromine or iodine it took up, mmol/L (0 without one). */
function layerValue(c: Contents, name: string): number | undefined {
  // Sulfur heated with iron or copper (必修第二册 第五章第一节): the black sulfides, mg.
  if (name === 'ironSulfideMg') return 1000 * massOfG(c, 'FeS(s)');
  if (name === 'copperSulfideMg') return 1000 * massOfG(c, 'Cu2S(s)');
  if (name !== 'organicLayerMl' && name !== 'organicBromineMmolL' && name !== 'organicIodineMmolL') return undefined;
  const layer = organicLayer(c);
  if (!layer) return 0;
  if (name === 'organicLayerMl') return layer.ml;
  return 1000 * layerMolL(c, layer, name === 'organicBromineMmolL' ? 'Br2(aq)' : 'I2(aq)', true);
}

export function readingOf(b: WetBench, partId: string, name: string): number {
  const part = b.setup.parts.find((p) => p.id === partId);
  if (!part) return NaN;
  if (typeof part.props[name] === 'number') return part.props[name] as number;
  const room = b.room;
  const v = b.s.vessels[partId];
  const ml = (mol: number) => gasVolumeMl(mol, room.temperatureK, room.pressurePa);
  switch (part.kind) {
    case 'test-tube':
    case 'conical-flask': {
      if (!v) return NaN;
      const c = v.contents;
      // Traces a balance or a jar could never show (1e-10 mL of oxygen from a tube at 25 °C) are none.
      const made = (x: number) => (x < 1e-6 ? 0 : x);
      const byName: Record<string, () => number> = {
        temperatureC: () => celsius(c.temperatureK),
        o2MadeMl: () => made(ml(v.madeMol['O2(g)'] ?? 0)),
        o2MadeG: () => made((v.madeMol['O2(g)'] ?? 0) * molarMassOf('O2(g)')),
        co2MadeMl: () => made(ml(v.madeMol['CO2(g)'] ?? 0)),
        h2MadeMl: () => made(ml(v.madeMol['H2(g)'] ?? 0)),
        pH: () => pHPaperReading(c),
        pHMeter: () => readToDivision(pHOf(c), 0.01),
        copperG: () => massOfG(c, 'Cu(s)'),
        silverG: () => massOfG(c, 'Ag(s)'),
        gasOutMl: () => v.outMl,
        kmno4LeftG: () => massOfG(c, 'KMnO4(s)'),
        marbleLeftG: () => massOfG(c, 'CaCO3(s)'),
        h2o2LeftG: () => massOfG(c, 'H2O2(aq)'),
        cloudiness: () => appearanceOf(c).cloudiness,
        cracked: () => (v.cracked ? 1 : 0),
        outletFlame: () => (v.outletFlame ? 1 : 0),
        ironIIIMmolL: () => 1000 * concentrationMolL(c, 'FeCl3(aq)'),
        ironIIMmolL: () => 1000 * (concentrationMolL(c, 'FeCl2(aq)') + concentrationMolL(c, 'FeSO4(aq)')),
        redComplexMmolL: () => 1000 * thiocyanateComplexMolL(c),
        // The complexes: the pale blue hydroxide, the deep blue [Cu(NH₃)₄]²⁺, its crystals; silver chloride and [Ag(NH₃)₂]⁺.
        copperHydroxideMg: () => 1000 * massOfG(c, 'Cu(OH)2(s)'),
        tetraammineMmolL: () => 1000 * concentrationMolL(c, 'Cu(NH3)4SO4(aq)'),
        ammineCrystalsMg: () => 1000 * massOfG(c, 'Cu(NH3)4SO4·H2O(s)'),
        silverChlorideMg: () => 1000 * massOfG(c, 'AgCl(s)'),
        diammineSilverMmolL: () => 1000 * concentrationMolL(c, 'Ag(NH3)2Cl(aq)'),
        // The foam extinguisher's white precipitate.
        aluminiumHydroxideMg: () => 1000 * massOfG(c, 'Al(OH)3(s)'),
        // The periodic trends: Mg(OH)₂ (which excess NaOH leaves), [Al(OH)₄]⁻ (what it dissolves Al(OH)₃ to), the halogens set free.
        magnesiumHydroxideMg: () => 1000 * massOfG(c, 'Mg(OH)2(s)'),
        magnesiumLeftMg: () => 1000 * massOfG(c, 'Mg(s)'),
        aluminiumLeftMg: () => 1000 * massOfG(c, 'Al(s)'),
        aluminateMmolL: () => 1000 * concentrationMolL(c, 'Na[Al(OH)4](aq)'),
        bromineMmolL: () => 1000 * concentrationMolL(c, 'Br2(aq)'),
        iodineMmolL: () => 1000 * concentrationMolL(c, 'I2(aq)'),
        chlorineMmolL: () => 1000 * concentrationMolL(c, 'Cl2(aq)'),
        // Sulfur's oxidation states: pale-yellow sulfur, the permanganate left, white BaSO₄ and BaSO₃, the SO₂ and H₂S given off.
        sulfurMg: () => 1000 * massOfG(c, 'S(s)'),
        permanganateMmolL: () => 1000 * concentrationMolL(c, 'KMnO4(aq)'),
        bariumSulfateMg: () => 1000 * massOfG(c, 'BaSO4(s)'),
        bariumSulfiteMg: () => 1000 * massOfG(c, 'BaSO3(s)'),
        so2MadeMl: () => made(ml(v.madeMol['SO2(g)'] ?? 0)),
        h2sMadeMl: () => made(ml(v.madeMol['H2S(g)'] ?? 0)),
        // The functional groups: 1,2-dibromohexane (bromine added to the C=C), the violet iron–phenol complex, white tribromophenol.
        dibromohexaneMg: () => 1000 * massOfG(c, 'C6H12Br2(l)'),
        ironPhenolateMmolL: () => 1000 * concentrationMolL(c, 'H3[Fe(OC6H5)6](aq)'),
        tribromophenolMg: () => 1000 * massOfG(c, 'C6H2Br3OH(s)'),
        // Copper and concentrated sulfuric acid: the SO₂ that got out into the room past the magenta, and the magenta left (µmol/L).
        so2EscapedMl: () => made(ml(v.so2EscapedMol ?? 0)),
        so2AbsorbedMl: () => made(ml(v.so2AbsorbedMol ?? 0)),
        magentaUmolL: () => 1e6 * concentrationMolL(c, 'C20H20ClN3(aq)'),
        // The tube of SO₂ turned over into water (./inverted-tube.ts): the water in it, how high it stands as a student sees it (to 5 % of
        // the tube), the SO₂ dissolved (with what magenta holds of it), what fell out when it was lifted out unstoppered.
        waterInTubeMl: () => liquidVolumeMl(c),
        waterLevelPct: () => readToDivision((100 * liquidVolumeMl(c)) / capacityMl(part.kind), 5),
        so2DissolvedMmol: () => 1000 * (amountOf(c, 'SO2(aq)') + amountOf(c, 'C20H20ClN3:so2(aq)')),
        fellOutMl: () => v.fellOutMl ?? 0,
        // Poured out of the tube when it was tipped (./pouring.ts), and the part of that which missed every vessel.
        pouredMl: () => v.pouredMl ?? 0,
        spiltMl: () => v.spiltMl ?? 0,
        // The haloalkane's test: bromobutane left, bromide set free, pale-yellow AgBr, brown-black Ag₂O (AgNO₃ before the nitric acid).
        bromobutaneMg: () => 1000 * massOfG(c, 'C4H9Br(l)'),
        bromideMmol: () => 1000 * amountOf(c, 'NaBr(aq)'),
        silverBromideMg: () => 1000 * massOfG(c, 'AgBr(s)'),
        silverOxideMg: () => 1000 * massOfG(c, 'Ag2O(s)'),
        // The sugars: brick-red Cu₂O, the silver mirror and black silver powder, the sugars left, iodine held blue by starch.
        cuprousOxideMg: () => 1000 * massOfG(c, 'Cu2O(s)'),
        copperOxideMg: () => 1000 * massOfG(c, 'CuO(s)'),
        silverMirrorMg: () => 1000 * massOfG(c, 'Ag:mirror(s)'),
        silverPowderMg: () => 1000 * massOfG(c, 'Ag:powder(s)'),
        glucoseMmolL: () => 1000 * concentrationMolL(c, 'C6H12O6(aq)'),
        sucroseMmolL: () => 1000 * concentrationMolL(c, 'C12H22O11(aq)'),
        starchGPerL: () => concentrationMolL(c, STARCH) * molarMassOf(STARCH),
        starchBlueMmolL: () => 1000 * starchIodineMolL(c),
        // A sealed tube's nitrogen dioxide over its gas space (../chem/nitrogen-dioxide.ts).
        no2MmolL: () => (1000 * amountOf(c, 'NO2(g)')) / (Math.max(0.5, capacityMl(part.kind) - condensedVolumeMl(c)) / 1000),
        hydroxideOxidisedPct: () => 100 * hydroxideOxidisedShare(c),
        // Ethyl acetate (./ester-step.ts): in all, as the oily layer on it (mL, and mm thick in the tube's bore), what distilled.
        esterG: () => esterOf(c) * molarMassOf(ESTER),
        esterLayerMl: () => esterLayerMl(c),
        esterLayerMm: () => layerThicknessMm(esterLayerMl(c)),
        aceticAcidG: () => massOfG(c, 'CH3COOH(l)') + massOfG(c, 'CH3COOH(aq)'),
        distilledMl: () => v.distil?.distilledMl ?? 0,
        distilRateMlPerMin: () => v.distil?.rateMlPerMin ?? 0,
        escapedMl: () => v.distil?.escapedMl ?? 0,
        bumps: () => v.distil?.bumps ?? 0,
        suckedBackMl: () => v.distil?.suckedBackMl ?? 0,
        boilingPointC: () => celsius(bubblePointK(c, room.pressurePa)),
        meltedPct: () => {
          const solid = massOfG(c, 'Na2S2O3·5H2O(s)'), melt = massOfG(c, 'Na2S2O3·5H2O(l)');
          return solid + melt > 0 ? (100 * melt) / (solid + melt) : NaN;
        },
      };
      return byName[name]?.() ?? layerValue(c, name) ?? NaN;
    }
    case 'gas-jar': {
      if (!v) return NaN;
      if (name === 'gasMl') return GAS_JAR_ML - v.waterLeftMl;
      if (name === 'waterLeftMl') return v.waterLeftMl;
      if (name === 'o2Percent') return GAS_JAR_ML - v.waterLeftMl > 0 ? purity(v.contents, 'O2(g)') * 100 : NaN;
      if (name === 'co2Percent') return GAS_JAR_ML - v.waterLeftMl > 0 ? purity(v.contents, 'CO2(g)') * 100 : NaN;
      return NaN;
    }
    case 'beaker': {
      if (!v) return NaN;
      if (name === 'temperatureC') return celsius(v.contents.temperatureK);
      if (name === 'liquidMl') return liquidVolumeMl(v.contents);
      if (name === 'boilingPointC') return celsius(waterBoilingPointK(room.pressurePa));
      if (name === 'cracked') return v.cracked ? 1 : 0;
      if (name === 'massFractionPct') return massFractionPct(v.contents);
      if (name === 'undissolvedG') return massOfG(v.contents, 'NaCl(s)');
      if (name === 'sandG') return massOfG(v.contents, 'SiO2(s)');
      if (name === 'saltG') return saltG(v.contents);
      if (name === 'copperIIMolL') return concentrationMolL(v.contents, 'CuSO4(aq)');
      if (name === 'ironIIMolL') return concentrationMolL(v.contents, 'FeSO4(aq)');
      // Iron(III) chloride dropped in, and the Fe(OH)₃ colloid boiling makes of it (盐类水解的应用).
      if (name === 'ironIIIMmolL') return 1000 * concentrationMolL(v.contents, 'FeCl3(aq)');
      if (name === 'colloidMmolL') return 1000 * concentrationMolL(v.contents, 'Fe(OH)3:colloid(aq)');
      // Sodium in water with phenolphthalein (同周期元素性质的递变): the hydrogen that bubbled off, the sodium left.
      if (name === 'h2MadeMl') return ml(v.madeMol['H2(g)'] ?? 0);
      // The crude salt's filtrate: CO₂ from the excess carbonate as hydrochloric acid goes in (none until the CO₃²⁻ is all HCO₃⁻).
      if (name === 'co2MadeMl') return ml(v.madeMol['CO2(g)'] ?? 0);
      if (name === 'sodiumLeftMg') return 1000 * massOfG(v.contents, 'Na(s)');
      // The crude salt's work (../crude-salt-ions.ts): pH paper dipped in the filtrate as it is neutralised, ions left, precipitates.
      if (name === 'pH') return pHPaperReading(v.contents);
      if (name === 'pHMeter') return readToDivision(pHOf(v.contents), 0.01);
      return crudeSaltValue(v.contents, name) ?? NaN;
    }
    case 'funnel': {
      const t = b.s.tallies[partId];
      if (!v || !t) return NaN;
      const byName: Record<string, number> = { liquidMl: liquidVolumeMl(v.contents), sandOnPaperG: massOfG(v.contents, 'SiO2(s)'), saltOnPaperG: saltG(v.contents), sandThroughG: t.sandThroughG, spiltG: t.spiltG };
      return byName[name] ?? crudeSaltValue(v.contents, name) ?? NaN;
    }
    case 'evaporating-dish': {
      const t = b.s.tallies[partId];
      if (!v || !t) return NaN;
      const productG = Math.round(dryProductG(v.contents) * 10) / 10;
      const crudeG = b.setup.parts.filter((q) => q.kind === 'balance').reduce((sum, q) => sum + balanceReadingG(q), 0);
      const byName: Record<string, number> = {
        productG,
        productTrueG: dryProductG(v.contents),
        yieldPct: crudeG > 0 ? (100 * productG) / crudeG : NaN,
        crystallisedPct: 100 * crystallisedShare(v.contents),
        waterLeftG: massOfG(v.contents, 'H2O(l)'),
        spatteredG: t.spatteredG,
        sandG: massOfG(v.contents, 'SiO2(s)'),
        temperatureC: celsius(v.contents.temperatureK),
        naclG: saltG(v.contents),
        purityPct: dryProductG(v.contents) > 0 ? (100 * saltG(v.contents)) / dryProductG(v.contents) : NaN,
      };
      return byName[name] ?? crudeSaltValue(v.contents, name) ?? NaN;
    }
    case 'balance': {
      if (name === 'readingG') return balanceReadingG(part);
      if (name === 'pointerDivisions') return balancePointer(part).divisions;
      if (name === 'balanced') return balancePointer(part).balanced ? 1 : 0;
      return NaN;
    }
    case 'cylinder': {
      const r = cylinderReading(part);
      if (name === 'readingMl') return r.readMl;
      if (name === 'heldMl') return r.heldMl;
      return NaN;
    }
    case 'hofmann': {
      const g = b.s.electrolysers[partId];
      if (!g) return NaN;
      const h2 = Math.min(ARM_ML, armMl(g.h2Mol, room)), o2 = Math.min(ARM_ML, armMl(g.o2Mol, room));
      if (name === 'h2Ml') return readEstimated(h2, 1);
      if (name === 'o2Ml') return readEstimated(o2, 1);
      if (name === 'h2TrueMl') return h2;
      if (name === 'o2TrueMl') return o2;
      if (name === 'ratio') return o2 > 0 ? h2 / o2 : NaN;
      return NaN;
    }
    case 'splint': {
      const s = b.s.splints[partId];
      return !s ? NaN : s.state === 'burning' ? 1 : s.state === 'glowing' ? 0 : -1;
    }
    case 'burette': {
      const bu = b.s.burettes[partId];
      if (!bu) return NaN;
      if (name === 'readingMl') return buretteReadingMl(bu.levelMl, String(part.props.eye));
      if (name === 'levelMl') return bu.levelMl;
      if (name === 'deliveredMl') return bu.levelMl - Number(part.props.startMl);
      if (name === 'spilledMl') return bu.spilledMl;
      return NaN;
    }
    case 'gas-syringe': {
      if (!v) return NaN;
      const gasMl = ml(gasAmount(v.contents));
      if (name === 'gasMl') return gasMl;
      if (name === 'readingMl') return readToDivision(gasMl, 1);
      return NaN;
    }
    case 'volumetric-flask': {
      const g = b.s.volumetric[partId];
      if (!g) return NaN;
      if (name === 'liquidMl') return liquidVolumeMl(g.contents);
      if (name === 'concentrationMolL') return g.madeUp ? concentrationMolL(g.contents, 'NaCl(aq)') : NaN;
      if (name === 'saltG') return massOfG(g.contents, 'NaCl(aq)') + massOfG(g.contents, 'NaCl(s)');
      return NaN;
    }
    case 'phosphorus': {
      const s = b.s.pieces[partId];
      return s ? pieceValue(s, fuelOf(part), name) : NaN;
    }
    case 'jet':
      return name === 'burning' ? (generatorOfJet(b, partId)?.outletFlame ? 1 : 0) : NaN;
    case 'copper-wire': {
      const w = b.s.wires?.[partId];
      if (!w) return NaN;
      if (name === 'temperatureC') return celsius(w.contents.temperatureK);
      if (name === 'cuoMg') return massOfG(w.contents, 'CuO(s)') * 1000;
      if (name === 'blackPct') return 100 * blackness(w);
      if (name === 'copperG') return copperG(w);
      if (name === 'dips') return w.dips;
      if (name === 'aldehydeMg') return (w.madeMol['CH3CHO(g)'] ?? 0) * molarMassOf('CH3CHO(g)') * 1000;
      return NaN;
    }
    case 'copper-plate':
      return name === 'temperatureC' ? (b.s.plates[partId]?.temperatureC ?? NaN) : NaN;
    case 'metal-strip': {
      const st = b.s.strips[partId];
      if (!st) return NaN;
      if (name === 'h2Ml') return ml(st.h2Mol);
      if (name === 'dissolvedMg') return Math.max(0, freshStrip(part).metalMol - st.metalMol) * molarMassOf(STRIP_SPECIES[String(part.props.metal)]) * 1000;
      if (name === 'massG') return stripMassG(part, st);
      if (name === 'platedMg') return (st.platedMol ?? 0) * molarMassOf('Cu(s)') * 1000;
      if (name === 'loosePct') return looseSharePct(st);
      if (name === 'oilyPct') return 100 * (st.greaseLeft ?? 0);
      if (name === 'dipped') return st.dippedIn ? 1 : 0;
      if (name === 'bubblingMlPerMin') return ml((st.h2MolPerS ?? 0) + (st.o2MolPerS ?? 0)) * 60;
      if (name === 'o2Ml') return ml(st.o2Mol ?? 0);
      if (name === 'h2HeldMl') return ml(st.h2HeldMol ?? 0);
      if (name === 'o2HeldMl') return ml(st.o2HeldMol ?? 0);
      return NaN;
    }
    case 'dc-supply': {
      const m = b.s.meters[partId];
      if (!m) return NaN;
      if (name === 'ammeterA') return readToDivision(m.currentA, SUPPLY_AMMETER_DIVISION_A);
      if (name === 'trueA') return m.currentA;
      if (name === 'chargeC') return m.chargeC ?? 0;
      return NaN;
    }
    case 'electronic-balance': {
      const g = onPan(b, part).reduce((sum, q) => sum + (b.s.strips[q.id] ? stripMassG(q, b.s.strips[q.id]) : 0), 0);
      if (name === 'readingG') return readToDivision(g, BALANCE_DIVISION_G);
      if (name === 'trueG') return g;
      return NaN;
    }
    case 'galvanometer': {
      const m = b.s.meters[partId];
      if (!m) return NaN;
      if (name === 'trueMa') return m.currentA * 1000;
      if (name === 'currentMa') return readToDivision(m.currentA * 1000, 1);
      if (name === 'chargeC') return m.chargeC ?? 0;
      return NaN;
    }
    case 'oil-tray':
    case 'small-cylinder':
      return filmValue(b, part, name);
    case 'dropper':
    case 'spatula': {
      const a = b.s.adders[partId];
      if (!a) return NaN;
      if (name === 'left') return a.left;
      if (name === 'spilled') return a.spilled;
      return NaN;
    }
    case 'thermometer': {
      const t = b.s.thermometers[partId];
      if (!t) return NaN;
      if (name === 'bulbC') return t.bulbC;
      if (name === 'readingC') return thermometerReading(t.bulbC, String(part.props.eye));
      return NaN;
    }
    default:
      return NaN;
  }
}
