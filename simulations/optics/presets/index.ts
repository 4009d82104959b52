/** The optics bench's curriculum presets, each registered as an experiment id. */
import type { BenchPreset } from '../../bench/preset';
import { convexLensPreset } from './convex-lens';
import { doubleSlitPreset } from './double-slit';
import { planeMirrorPreset } from './plane-mirror';
import { reflectionPreset } from './reflection';
import { refractionGlassPreset } from './refraction-glass';

export const opticsPresets: BenchPreset[] = [reflectionPreset, planeMirrorPreset, convexLensPreset, refractionGlassPreset, doubleSlitPreset];
