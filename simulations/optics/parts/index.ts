/** Every part of the optics bench; adding a part is adding a file here and its line below. */
import { PartCatalog } from '../../bench/part';
import { candle } from './candle';
import { concaveLens } from './concave-lens';
import { concaveMirror } from './concave-mirror';
import { convexLens } from './convex-lens';
import { convexMirror } from './convex-mirror';
import { doubleSlit } from './double-slit';
import { eye } from './eye';
import { eyepiece } from './eyepiece';
import { glassPlate } from './glass-plate';
import { grating } from './grating';
import { lamp } from './lamp';
import { laser } from './laser';
import { ledF } from './led-f';
import { opticalRail } from './optical-rail';
import { pin } from './pin';
import { planeMirror } from './plane-mirror';
import { prism } from './prism';
import { rayBox } from './ray-box';
import { rectBlock } from './rect-block';
import { reflectionDisc } from './reflection-disc';
import { screen } from './screen';
import { semicircleBlock } from './semicircle-block';
import { singleSlit } from './single-slit';
import { waterTank } from './water-tank';

export const opticsParts = new PartCatalog('optics', [
  opticalRail, candle, ledF, laser, rayBox, lamp, planeMirror, reflectionDisc, glassPlate, concaveMirror, convexMirror, convexLens, concaveLens, screen, rectBlock, semicircleBlock, prism, waterTank, pin, singleSlit, doubleSlit, grating, eyepiece, eye,
]);
