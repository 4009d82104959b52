/**
 * The light drawn on the table for a dense beam: a ray box of 2 000 rays shows the Fresnel reflections of at most
 * DISPLAY_PARTIAL_RAYS of them, and a drag frame thins the beam to a share of its rays spread across the same width
 * (the full picture is traced when the part is put down).
 */
import { describe, expect, it } from 'vitest';
import { opticsSetup, part } from './presets/layout';
import { DISPLAY_PARTIAL_RAYS, displaySources, sceneOfSetup } from './scene-of-setup';
import { traceForDisplay } from './bench-engine';

function beamSetup(rayCount: number) {
  return opticsSetup('beam', [
    part('RB1', 'ray-box', 0.05, 0.2, { rayCount, beamWidthM: 0.04, colour: 'red' }),
    part('G1', 'rect-block', 0.2, 0.2, { thicknessM: 0.03, lengthM: 0.12 }, 12),
  ]);
}

describe('display rays of a dense beam', () => {
  it('2 000 rays: every one traced through the block, the reflections of at most 100 of them', () => {
    const setup = beamSetup(2000);
    const scene = sceneOfSetup(setup);
    const rays = displaySources(setup, scene);
    expect(rays).toHaveLength(2000);
    const partial = rays.filter((r) => r.partial !== false).length;
    expect(partial).toBeLessThanOrEqual(DISPLAY_PARTIAL_RAYS);
    expect(partial).toBeGreaterThanOrEqual(DISPLAY_PARTIAL_RAYS * 0.9);
    // a few rays: all of them show their reflections
    expect(displaySources(beamSetup(5), sceneOfSetup(beamSetup(5))).every((r) => r.partial !== false)).toBe(true);
  });

  it('a drag frame thins the beam to its share of rays across the same width, and the picture keeps its shape', () => {
    const setup = beamSetup(2000);
    const scene = sceneOfSetup(setup);
    const all = displaySources(setup, scene);
    const thin = displaySources(setup, scene, 0.05);
    expect(thin).toHaveLength(100);
    const ys = (rs: typeof all) => rs.map((r) => r.y);
    // the same beam: its outermost rays where the full beam's are (0.04 m wide)
    expect(Math.min(...ys(thin))).toBeCloseTo(Math.min(...ys(all)), 12);
    expect(Math.max(...ys(thin))).toBeCloseTo(Math.max(...ys(all)), 12);
    expect(Math.max(...ys(all)) - Math.min(...ys(all))).toBeCloseTo(0.04, 12);
    const full = traceForDisplay(setup, scene);
    const drag = traceForDisplay(setup, scene, 0.05);
    expect(full.traced).toBe(2000);
    expect(drag.traced).toBe(100);
    expect(drag.count).toBeLessThan(full.count / 10);
    // the thin beam keeps the full beam's share of rays showing reflections (5 of 100, as 100 of 2 000)
    expect(thin.filter((r) => r.partial !== false)).toHaveLength(5);
    // 24 rays of 2 000: one shows them, not all 24
    expect(displaySources(setup, scene, 24 / 2000).filter((r) => r.partial !== false)).toHaveLength(1);
  });
});
