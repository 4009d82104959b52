/** The mechanics bench's curriculum presets, each registered as an experiment id. */
import type { BenchPreset } from '../../bench/preset';
import { archimedesPreset } from './archimedes';
import { balancePreset } from './balance';
import { buoyancyPreset } from './buoyancy';
import { cartForcePreset } from './cart-force';
import { centripetalPreset } from './centripetal';
import { cartVelocityPreset } from './cart-velocity';
import { densityPreset } from './density';
import { energyPreset } from './energy';
import { forceCompositionPreset } from './force-composition';
import { forceGaugePreset } from './force-gauge';
import { frictionPreset } from './friction';
import { lengthPreset } from './length';
import { leverPreset } from './lever';
import { pressurePreset } from './pressure';
import { rulerWatchPreset } from './ruler-watch';
import { speedPreset } from './speed';
import { springPreset } from './spring';
import { twoForcePreset } from './two-force';

export const mechanicsPresets: BenchPreset[] = [balancePreset, densityPreset, forceGaugePreset, leverPreset, buoyancyPreset, archimedesPreset, pressurePreset, frictionPreset, twoForcePreset, rulerWatchPreset, speedPreset, cartVelocityPreset, cartForcePreset, springPreset, lengthPreset, energyPreset, forceCompositionPreset, centripetalPreset];
