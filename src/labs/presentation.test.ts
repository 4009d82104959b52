/** Big-screen mode's rules (issue #19): how the URL asks for it, which keys enter and leave, what it marks. */
import { describe, expect, it } from 'vitest';
import { Presentation, presentationKey, presentRequested, withPresent } from './presentation.svelte';
import { labLink } from './lab-link';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; defaultPrevented: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, ...mods });

describe('big-screen mode', () => {
  it('is asked for by ?present=1 (or true, or the bare name), not by 0 or false', () => {
    expect(['?present=1', '?present=true', '?present', '?a=2&present=yes'].map(presentRequested)).toEqual([true, true, true, true]);
    expect(['', '?present=0', '?present=false', '?presentation=1'].map(presentRequested)).toEqual([false, false, false, false]);
  });

  it('writes itself into the URL and out again, keeping other parameters and a shared setup in the fragment', () => {
    expect(withPresent('https://lab.example/labs/pendulum?lengthM=2#setup=abc', true)).toBe('/labs/pendulum?lengthM=2&present=1#setup=abc');
    expect(withPresent('https://lab.example/labs/pendulum?lengthM=2&present=1#setup=abc', false)).toBe('/labs/pendulum?lengthM=2#setup=abc');
    expect(withPresent('https://lab.example/labs/gas?present=1', false)).toBe('/labs/gas');
  });

  it('P toggles it, Esc leaves it; typing in a field, a key with a modifier or one a view used is left alone', () => {
    expect(presentationKey(key('p'), false, false)).toBe('toggle');
    expect(presentationKey(key('P'), true, false)).toBe('toggle');
    expect(presentationKey(key('Escape'), true, false)).toBe('leave');
    expect(presentationKey(key('Escape'), true, true)).toBe('leave'); // Esc from a number field leaves too
    expect(presentationKey(key('Escape'), false, false)).toBeNull();
    expect(presentationKey(key('p'), false, true)).toBeNull(); // a "p" typed into a field
    expect(presentationKey(key('p', { ctrlKey: true }), false, false)).toBeNull(); // Ctrl+P prints
    expect(presentationKey(key('Escape', { defaultPrevented: true }), true, false)).toBeNull(); // the bench cancelled a wire
    expect(presentationKey(key('r'), true, false)).toBeNull();
  });

  it('marks the root element and the URL while on, and clears the mark when the frame goes away', () => {
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    const urls: string[] = [];
    let href = 'https://lab.example/labs/circuit-ohms-law?x=1#setup=q';
    const history = { state: null, replaceState: (_s: unknown, _t: string, url?: string | URL | null) => { urls.push(String(url)); href = 'https://lab.example' + String(url); } };
    const p = new Presentation(root, history, { get href() { return href; } });
    p.set(true);
    expect([p.on, root.dataset.present]).toEqual([true, 'true']);
    p.set(true); // already on: the URL is not written again
    p.toggle();
    expect([p.on, root.dataset.present]).toEqual([false, undefined]);
    expect(urls).toEqual(['/labs/circuit-ohms-law?x=1&present=1#setup=q', '/labs/circuit-ohms-law?x=1#setup=q']);
    p.set(true);
    p.dispose();
    expect(root.dataset.present).toBeUndefined();
  });

  it('links a lab at its parameters for the QR code (LabPage reads them back from the query)', () => {
    expect(labLink('https://lab.example/labs/projectile', { angleDeg: 30, speedMps: 20, drag: true, body: 'ball' })).toBe('https://lab.example/labs/projectile?angleDeg=30&speedMps=20&drag=true&body=ball');
    expect(labLink('https://lab.example/labs/gas', {})).toBe('https://lab.example/labs/gas');
  });
});
