/** Every part of the mechanics bench; adding a part is adding a file here and its line below. */
import { PartCatalog } from '../../bench/part';
import { gravityParamSpecs } from '../../core/gravity';
import { beaker } from './beaker';
import { board } from './board';
import { cartTrack } from './cart-track';
import { forceGauge } from './force-gauge';
import { hookedWeight } from './hooked-weight';
import { lever } from './lever';
import { manometer } from './manometer';
import { measuringCylinder } from './measuring-cylinder';
import { probe } from './probe';
import { ruler } from './ruler';
import { sample } from './sample';
import { slope } from './slope';
import { spring } from './spring';
import { stopwatch } from './stopwatch';
import { tank } from './tank';
import { trayBalance } from './tray-balance';
import { weight } from './weight';
import { woodenBlock } from './wooden-block';
import { vernierCaliper } from './vernier-caliper';
import { micrometer } from './micrometer';
import { specimen } from './specimen';
import { dropTimer } from './drop-timer';
import { forceBoard } from './force-board';
import { pullGauge } from './pull-gauge';
import { centripetalApparatus } from './centripetal-apparatus';
import { pulley } from './pulley';
import { lightGate } from './light-gate';
import { digitalTimer } from './digital-timer';
import { bucket, overflowCan } from './overflow-can';
import { twoForceCard } from './two-force-card';

export const mechanicsParts = new PartCatalog(
  'mechanics',
  [trayBalance, weight, sample, measuringCylinder, beaker, forceGauge, hookedWeight, lever, tank, probe, manometer, board, woodenBlock, slope, stopwatch, ruler, cartTrack, spring, vernierCaliper, micrometer, specimen, dropTimer, forceBoard, pullGauge, centripetalApparatus, pulley, lightGate, digitalTimer, overflowCan, bucket, twoForceCard],
  gravityParamSpecs(),
);
