import { describe, expect, it } from 'vitest';
import { deferredSetup } from './deferred-setup';
import { arrange } from './placement';
import type { Setup } from './setup';
import { SETUP_VERSION } from './setup-limits';
import { mechanicsParts } from '../mechanics/parts';
import { part } from '../mechanics/presets/layout';

const shape = (): Setup => ({ version: SETUP_VERSION, bench: 'mechanics', title: 't', parts: [part('B1', 'beaker', 0.3, 0.1)], links: [], hiddenTools: ['x'] });

describe('deferredSetup', () => {
  it('builds on the first read, once, and then is a plain data object', () => {
    let builds = 0;
    const s = deferredSetup(shape(), (sh) => {
      builds++;
      return { ...sh, title: 'built', parts: sh.parts.map((p) => ({ ...p, yM: 0.2 })) };
    });
    expect(builds).toBe(0);
    expect(Object.keys(s)).toEqual(['version', 'bench', 'title', 'parts', 'links', 'hiddenTools']);
    expect(typeof Object.getOwnPropertyDescriptor(s, 'parts')!.get).toBe('function');
    expect(s.parts[0]!.yM).toBe(0.2);
    expect(s.title).toBe('built');
    expect(builds).toBe(1);
    const d = Object.getOwnPropertyDescriptor(s, 'parts')!;
    expect(d.get).toBeUndefined();
    expect(d.value).toBe(s.parts);
    void s.links;
    expect(builds).toBe(1);
  });

  it('reads the same through spread, JSON and structuredClone before the first read as the built setup', () => {
    const build = (sh: Setup): Setup => ({ ...sh, title: 'built' });
    const expected = build(shape());
    expect({ ...deferredSetup(shape(), build) }).toEqual(expected);
    expect(JSON.parse(JSON.stringify(deferredSetup(shape(), build)))).toEqual(expected);
    expect(structuredClone(deferredSetup(shape(), build))).toEqual(expected);
  });

  it('refuses a build that changes the keys (a key added would read as missing before the build); a write before any read lands on the built setup', () => {
    const s = deferredSetup(shape(), ({ hiddenTools: _h, ...rest }) => ({ ...rest, settings: { gravity: 'textbook' } }));
    expect(() => s.parts).toThrow(/must keep the setup's keys \(bench,hiddenTools,links,parts,title,version\), got bench,links,parts,settings,title,version/);
    const w = deferredSetup(shape(), (sh) => ({ ...sh, title: 'built' }));
    w.title = 'mine';
    expect(w.title).toBe('mine');
    expect(w.parts).toHaveLength(1);
  });

  it('a mechanics preset setup equals arranging it eagerly (what it was before it was deferred)', async () => {
    const { mechanicsSetup } = await import('../mechanics/presets/layout');
    const { tableOf } = await import('../mechanics/presets/tables');
    const parts = [part('TB1', 'tray-balance', 0.3, 0.35), part('M1', 'sample', 0.05, 0.05, { material: 'granite', volumeCm3: 20, shape: 'stone' })];
    const eager = arrange({ version: SETUP_VERSION, bench: 'mechanics', title: 'x', parts, links: [], settings: { gravity: 'textbook', customGravityMps2: 9.8 } }, mechanicsParts, tableOf('mechanics-density').heightM);
    expect(JSON.parse(JSON.stringify(mechanicsSetup('mechanics-density', 'x', parts)))).toEqual(JSON.parse(JSON.stringify(eager)));
    expect(eager.parts.find((p) => p.id === 'M1')!.yM).not.toBe(0.05); // arranging did move the stone: the comparison means something
  });
});
