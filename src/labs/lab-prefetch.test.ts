import { describe, expect, it } from 'vitest';
import { prefetchLab, takePrefetchedModel } from './lab-prefetch';

describe('lab prefetch', () => {
  it('hands the prefetched model to the first frame of that lab only, once', async () => {
    prefetchLab('pendulum');
    expect(takePrefetchedModel('projectile')).toBeNull();
    const model = takePrefetchedModel('pendulum');
    expect(model).not.toBeNull();
    expect((await model!).meta.id).toBe('pendulum');
    expect(takePrefetchedModel('pendulum')).toBeNull();
  });

  it('an unknown lab yields a rejected model naming the id, not an unhandled rejection', async () => {
    prefetchLab('no-such-lab');
    await expect(takePrefetchedModel('no-such-lab')).rejects.toThrow("no simulation 'no-such-lab'");
  });
});
