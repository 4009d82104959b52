/** Every part of the wet bench; adding a part is adding a file here and its line below. */
import { PartCatalog } from '../../bench/part';
import { alcoholLamp } from './alcohol-lamp';
import { balance } from './balance';
import { beaker } from './beaker';
import { burette } from './burette';
import { conicalFlask } from './conical-flask';
import { copperPlate } from './copper-plate';
import { copperWire } from './copper-wire';
import { cylinder } from './cylinder';
import { dcSupply } from './dc-supply';
import { dropper } from './dropper';
import { electronicBalance } from './electronic-balance';
import { evaporatingDish } from './evaporating-dish';
import { funnel } from './funnel';
import { galvanometer } from './galvanometer';
import { gasJar } from './gas-jar';
import { gasSyringe } from './gas-syringe';
import { gasTube } from './gas-tube';
import { hofmann } from './hofmann';
import { jet } from './jet';
import { metalStrip } from './metal-strip';
import { oilTray } from './oil-tray';
import { phosphorus } from './phosphorus';
import { spatula } from './spatula';
import { smallCylinder } from './small-cylinder';
import { splint } from './splint';
import { testTube } from './test-tube';
import { thermometer } from './thermometer';
import { tripod } from './tripod';
import { volumetricFlask } from './volumetric-flask';

export const wetParts = new PartCatalog(
  'wet',
  [testTube, conicalFlask, gasJar, beaker, alcoholLamp, tripod, splint, thermometer, hofmann, balance, cylinder, burette, volumetricFlask, gasSyringe, phosphorus, copperPlate, gasTube, funnel, evaporatingDish, dropper, spatula, metalStrip, galvanometer, copperWire, dcSupply, electronicBalance, jet, oilTray, smallCylinder],
  [{ kind: 'number', name: 'pressureKPa', labelKey: 'wet.setting.pressureKPa', unit: 'kPa', min: 60, max: 110, step: 0.1, default: 101.3 }],
);
