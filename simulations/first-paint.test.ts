import { describe, expect, it } from 'vitest';
import { loadOnce } from './first-paint.svelte';

describe('loadOnce', () => {
  it('requests a module once, shares it, and tries again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const load = loadOnce(async () => {
      calls++;
      if (fail) throw new Error('offline');
      return { default: 'Panels' };
    });
    await expect(load()).rejects.toThrow('offline');
    fail = false;
    const a = load();
    expect(load()).toBe(a);
    expect(await a).toEqual({ default: 'Panels' });
    expect(calls).toBe(2);
  });
});
